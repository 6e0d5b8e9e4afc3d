// SPDX-License-Identifier: MIT
// The report as Markdown and CSV: the same rows, for reading and for spreadsheets.
#include <fmt/format.h>

#include <iterator>

#include "render/csv_writer.h"
#include "render/item_fields.h"
#include "render/markdown_escape.h"
#include "render/report_render.h"

namespace plancheck {
namespace {

std::string title_block(const Report& report, const ReportLabels& l) {
  const PlanMeta& meta = report.plan->plan->meta;
  std::string fields;
  for (auto [label, value] : {std::pair{&l.doc_number, markdown_inline(meta.doc_number)},
                              std::pair{&l.issuer, markdown_inline(meta.issuer)},
                              std::pair{&l.issued, format_iso(meta.issued)},
                              std::pair{&l.as_of, format_iso(report.today)}}) {
    if (!fields.empty()) fields += l.field_gap();
    fmt::format_to(std::back_inserter(fields), "{}{}{}", *label, l.colon(), value);
  }
  return fmt::format("# {}\n\n{}\n", markdown_inline(meta.title), fields);
}

void table(std::string& out, const std::vector<ReportRow>& rows, const ReportLabels& l,
           bool with_via) {
  fmt::format_to(std::back_inserter(out), "\n| {} | {} | {} | {} | {} | {} |{}\n", l.number, l.task,
                 l.lead, l.responsible, l.deadline, l.state,
                 with_via ? fmt::format(" {} |", l.via) : "");
  out += with_via ? "| --- | --- | --- | --- | --- | --- | --- |\n"
                  : "| --- | --- | --- | --- | --- | --- |\n";
  for (const ReportRow& row : rows) {
    const Task& t = *row.task;
    fmt::format_to(
        std::back_inserter(out), "| {} | {} | {} | {} | {} | {} |{}\n", markdown_inline(t.id.value),
        markdown_inline(t.title.value), markdown_inline(written_units(t.lead)),
        markdown_inline(written_units(t.responsible)), markdown_inline(l.deadlines_of(t)),
        l.state_name(row.state), with_via ? fmt::format(" {} |", markdown_inline(row.via)) : "");
  }
}

std::string unit_title(const UnitSection& unit, const ReportLabels& l) {
  std::string title = unit.name;
  if (!unit.full_name.empty()) title += l.aside(unit.full_name);
  if (!unit.host.empty()) title += fmt::format("{}{} {}", l.comma(), l.hosted_by, unit.host);
  return title;
}

}  // namespace

std::string render_report_markdown(const Report& report, const ReportOptions& options) {
  const ReportLabels& l = report_labels(options.english);
  std::string out = title_block(report, l);
  if (report.units.empty()) {
    fmt::format_to(std::back_inserter(out), "\n## {}\n", l.whole_plan);
    table(out, report.rows, l, false);
  }
  for (const UnitSection& unit : report.units) {
    fmt::format_to(std::back_inserter(out), "\n## {}\n\n### {}{}\n",
                   markdown_inline(unit_title(unit, l)), l.lead_list,
                   l.aside(std::to_string(unit.lead.size())));
    table(out, unit.lead, l, true);
    fmt::format_to(std::back_inserter(out), "\n### {}{}\n", l.responsible_list,
                   l.aside(std::to_string(unit.responsible.size())));
    table(out, unit.responsible, l, true);
  }
  return out;
}

std::string render_report_csv(const Report& report, const ReportOptions& options) {
  const ReportLabels& l = report_labels(options.english);
  std::string out(kUtf8Bom);
  bool per_unit = !report.units.empty();
  std::vector<std::string> header = {l.number, l.task, l.lead, l.responsible, l.deadline, l.state};
  if (per_unit) {
    header.insert(header.begin(), {"unit", "role"});
    header.push_back(l.via);
  }
  out += csv_row(header);
  auto row_cells = [&](const ReportRow& row) {
    const Task& t = *row.task;
    return std::vector<std::string>{t.id.value,
                                    t.title.value,
                                    written_units(t.lead),
                                    written_units(t.responsible),
                                    l.deadlines_of(t),
                                    std::string(l.state_name(row.state))};
  };
  if (!per_unit) {
    for (const ReportRow& row : report.rows) out += csv_row(row_cells(row));
  }
  for (const UnitSection& unit : report.units) {
    for (auto [rows, role] :
         {std::pair{&unit.lead, &l.lead}, std::pair{&unit.responsible, &l.responsible}}) {
      for (const ReportRow& row : *rows) {
        auto cells = row_cells(row);
        cells.insert(cells.begin(), {unit.name, *role});
        cells.push_back(row.via);
        out += csv_row(cells);
      }
    }
  }
  return out;
}

}  // namespace plancheck
