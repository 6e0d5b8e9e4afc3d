// SPDX-License-Identifier: MIT
// The report as one self-contained HTML page made for printing on A4: the same rows as the
// Markdown report, with a year timeline drawn in SVG. Nothing is fetched: fonts are the
// machine's, styles are inline.
#include <fmt/format.h>

#include <iterator>

#include "render/html_escape.h"
#include "render/item_fields.h"
#include "render/report_render.h"
#include "render/timeline_svg.h"

namespace plancheck {
namespace {

constexpr std::string_view kStyle = R"css(
@page { size: A4; margin: 14mm 12mm 16mm 12mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #666; } }
html { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", sans-serif;
  font-size: 9pt; line-height: 1.45; color: #1a1a1a;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
header.title-block { border-bottom: 1.2pt solid #1f3a68; padding-bottom: 2.5mm; margin-bottom: 4mm; }
h1 { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", serif;
  font-size: 16pt; text-align: center; margin: 0 0 2.5mm; line-height: 1.3; }
dl.meta { display: flex; flex-wrap: wrap; justify-content: center; gap: 1mm 6mm; margin: 0;
  font-size: 9pt; }
dl.meta div { display: flex; gap: 1.5mm; }
dl.meta dt { color: #555; }
dl.meta dt::after { content: "："; }
html[lang="en"] dl.meta dt::after { content: ":"; }
dl.meta dd { margin: 0; font-weight: 600; }
h2 { font-size: 13pt; margin: 5mm 0 2mm; color: #1f3a68; break-after: avoid; }
h2 .full-name { font-size: 10pt; font-weight: normal; color: #444; margin-left: 3mm; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p.host { margin: -1mm 0 2mm; color: #444; }
p.none { color: #666; margin: 1mm 0 3mm; }
table.tasks { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.tasks thead { display: table-header-group; }
table.tasks tr { break-inside: avoid; page-break-inside: avoid; }
table.tasks th, table.tasks td { border: 0.5pt solid #9aa3b2; padding: 1mm 1.4mm;
  vertical-align: top; overflow-wrap: anywhere; }
table.tasks thead th { background: #1f3a68; color: #fff; font-weight: 600; text-align: left; }
table.tasks tr.section th { background: #e4e9f2; text-align: left; font-weight: 700;
  break-after: avoid; page-break-after: avoid; }
td.id { white-space: nowrap; font-weight: 600; }
td.task .title { font-weight: 600; }
td.task .text { font-size: 7.5pt; color: #4a4a4a; line-height: 1.4; margin-top: 0.6mm; }
td.deadline { font-size: 8pt; }
td.deadline .date { white-space: nowrap; }
td.state { white-space: nowrap; }
td.state.overdue { color: #c62828; font-weight: 700; }
tr.overdue td.id { box-shadow: inset 1.2mm 0 0 #c62828; }
td.state.done { color: #2e7d32; }
td.state.continuous, td.state.pending { color: #555; }
td.via { font-size: 8pt; color: #333; }
section.timeline { break-before: page; }
section.unit section.timeline { break-before: auto; break-inside: avoid; }
svg.timeline, svg.legend { display: block; width: 100%; height: auto; }
svg.legend { margin-bottom: 1mm; font-size: 10px; }
svg.timeline { font-size: 10px; margin-bottom: 3mm; break-inside: avoid; }
svg text.month { font-size: 10.5px; fill: #333; }
svg text.id { font-weight: 600; fill: #1a1a1a; }
svg text.band { font-weight: 700; fill: #1f3a68; }
svg text.today { fill: #b35a00; font-size: 9px; }
/* All units: each unit on a new page; the first one follows the title block. */
section.unit + section.unit { break-before: page; }
)css";

using Out = std::back_insert_iterator<std::string>;

void escaped(std::string& out, std::string_view text) { append_html_escaped(out, text); }

void title_block(std::string& out, const Report& report, const ReportLabels& l) {
  const PlanMeta& meta = report.plan->plan->meta;
  out += "<header class=\"title-block\">\n<h1>";
  escaped(out, meta.title);
  out += "</h1>\n<dl class=\"meta\">";
  const std::string issued = format_iso(meta.issued), today = format_iso(report.today);
  for (auto [label, value] :
       {std::pair{&l.doc_number, &meta.doc_number}, std::pair{&l.issuer, &meta.issuer},
        std::pair{&l.issued, &issued}, std::pair{&l.as_of, &today}}) {
    out += "<div><dt>";
    escaped(out, *label);
    out += "</dt><dd>";
    escaped(out, *value);
    out += "</dd></div>";
  }
  out += "</dl>\n</header>\n";
}

bool is_iso_date_at(std::string_view text, std::size_t pos) {
  if (pos + 10 > text.size()) return false;
  for (std::size_t i = 0; i < 10; ++i) {
    char c = text[pos + i];
    if (i == 4 || i == 7 ? c != '-' : (c < '0' || c > '9')) return false;
  }
  return true;
}

// A narrow column would otherwise break 2017-10-31 at a hyphen, and a date split over
// two lines is easy to misread.
void escaped_keeping_dates(std::string& out, std::string_view text) {
  std::size_t done = 0;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!is_iso_date_at(text, pos)) continue;
    escaped(out, text.substr(done, pos - done));
    fmt::format_to(Out(out), "<span class=\"date\">{}</span>", text.substr(pos, 10));
    done = pos + 10;
    pos = done - 1;
  }
  escaped(out, text.substr(done));
}

// Each milestone's phrase on a line of its own.
void deadlines_cell(std::string& out, const Task& task, const ReportLabels& l) {
  for (std::size_t i = 0; i < task.milestones.size(); ++i) {
    if (i > 0) {
      out += l.deadline_separator();
      out += "<br>";
    }
    escaped_keeping_dates(out, l.deadline_of(task.milestones[i]));
  }
}

void table_head(std::string& out, const ReportLabels& l, bool with_via) {
  // Widths in percent of the A4 text column; the task text gets what the rest leaves.
  out += with_via ? "<colgroup><col style=\"width:7%\"><col style=\"width:33%\">"
                    "<col style=\"width:12%\"><col style=\"width:13%\"><col style=\"width:16%\">"
                    "<col style=\"width:9%\"><col style=\"width:10%\"></colgroup>\n"
                  : "<colgroup><col style=\"width:7%\"><col style=\"width:40%\">"
                    "<col style=\"width:13%\"><col style=\"width:15%\"><col style=\"width:17%\">"
                    "<col style=\"width:8%\"></colgroup>\n";
  out += "<thead><tr>";
  std::vector<const std::string*> heads = {&l.number,      &l.task,     &l.lead,
                                           &l.responsible, &l.deadline, &l.state};
  if (with_via) heads.push_back(&l.via);
  for (const std::string* head : heads) {
    out += "<th>";
    escaped(out, *head);
    out += "</th>";
  }
  out += "</tr></thead>\n";
}

void task_row(std::string& out, const ReportRow& row, const ReportLabels& l, bool with_via) {
  const Task& t = *row.task;
  std::string_view state = task_state_name(row.state);
  fmt::format_to(Out(out), "<tr class=\"{}\"><td class=\"id\">", state);
  escaped(out, t.id.value);
  out += "</td><td class=\"task\"><div class=\"title\">";
  escaped(out, t.title.value);
  out += "</div><div class=\"text\">";
  escaped(out, t.text.value);
  out += "</div></td><td>";
  escaped(out, written_units(t.lead));
  out += "</td><td>";
  escaped(out, written_units(t.responsible));
  out += "</td><td class=\"deadline\">";
  deadlines_cell(out, t, l);
  fmt::format_to(Out(out), "</td><td class=\"state {}\">", state);
  escaped(out, l.state_name(row.state));
  out += "</td>";
  if (with_via) {
    out += "<td class=\"via\">";
    escaped(out, row.via);
    out += "</td>";
  }
  out += "</tr>\n";
}

// The whole plan in document order, with a heading row wherever the section changes.
void plan_table(std::string& out, const std::vector<ReportRow>& rows, const ReportLabels& l) {
  out += "<table class=\"tasks\">\n";
  table_head(out, l, false);
  out += "<tbody>\n";
  const std::string* section = nullptr;
  for (const ReportRow& row : rows) {
    if (!section || *section != row.section) {
      section = &row.section;
      out += "<tr class=\"section\"><th colspan=\"6\">";
      escaped(out, row.section);
      out += "</th></tr>\n";
    }
    task_row(out, row, l, false);
  }
  out += "</tbody>\n</table>\n";
}

void list_table(std::string& out, const std::string& caption, const std::vector<ReportRow>& rows,
                const ReportLabels& l) {
  out += "<h3>";
  escaped(out, caption);
  out += l.aside(std::to_string(rows.size()));
  out += "</h3>\n";
  if (rows.empty()) {
    out += l.english ? "<p class=\"none\">None.</p>\n" : "<p class=\"none\">无。</p>\n";
    return;
  }
  out += "<table class=\"tasks\">\n";
  table_head(out, l, true);
  out += "<tbody>\n";
  for (const ReportRow& row : rows) task_row(out, row, l, true);
  out += "</tbody>\n</table>\n";
}

std::string timeline_heading(const ReportLabels& l, int year) {
  return l.english ? fmt::format("{} ({})", l.timeline, year)
                   : fmt::format("{}（{}年）", l.timeline, year);
}

void plan_timeline(std::string& out, const Report& report, const ReportLabels& l) {
  std::vector<TimelineBand> bands;
  for (const ReportRow& row : report.rows) {
    if (bands.empty() || bands.back().caption != row.section) bands.push_back({row.section, {}});
    bands.back().rows.push_back(&row);
  }
  out += "<section class=\"timeline\">\n<h2>";
  escaped(out, timeline_heading(l, report.year));
  out += "</h2>\n";
  out += render_timeline_html(bands, report.year, report.today, l);
  out += "</section>\n";
}

void unit_section(std::string& out, const Report& report, const UnitSection& unit,
                  const ReportLabels& l) {
  out += "<section class=\"unit\">\n<h2>";
  escaped(out, unit.name);
  if (!unit.full_name.empty()) {
    out += "<span class=\"full-name\">";
    escaped(out, unit.full_name);
    out += "</span>";
  }
  out += "</h2>\n";
  if (!unit.host.empty()) {
    out += "<p class=\"host\">";
    escaped(out, fmt::format("{} {}", l.hosted_by, unit.host));
    out += "</p>\n";
  }
  list_table(out, l.lead_list, unit.lead, l);
  list_table(out, l.responsible_list, unit.responsible, l);

  std::vector<TimelineBand> bands(2);
  bands[0].caption = l.lead_list;
  for (const ReportRow& row : unit.lead) bands[0].rows.push_back(&row);
  bands[1].caption = l.responsible_list;
  for (const ReportRow& row : unit.responsible) bands[1].rows.push_back(&row);
  out += "<section class=\"timeline\">\n<h3>";
  escaped(out, timeline_heading(l, report.year));
  out += "</h3>\n";
  out += render_timeline_html(bands, report.year, report.today, l);
  out += "</section>\n</section>\n";
}

}  // namespace

// Everything is escaped already; the policy is the second wall: were some text ever to slip
// through as markup, the browser would still run no script and fetch nothing.
constexpr std::string_view kContentPolicy =
    R"(<meta http-equiv="Content-Security-Policy" content="default-src 'none'; )"
    R"(style-src 'unsafe-inline'; img-src data:">)";

std::string render_report_html(const Report& report, const ReportOptions& options) {
  const ReportLabels& l = report_labels(options.english);
  const PlanMeta& meta = report.plan->plan->meta;
  std::string out =
      fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n{}\n",
                  options.english ? "en" : "zh-CN", kContentPolicy);
  std::string page_title = meta.title;
  if (report.units.size() == 1) page_title += fmt::format(" — {}", report.units.front().name);
  out += "<title>";
  escaped(out, page_title);
  out += "</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n";
  title_block(out, report, l);
  if (report.units.empty()) {
    out += "<h2>";
    escaped(out, l.whole_plan);
    out += "</h2>\n";
    plan_table(out, report.rows, l);
    plan_timeline(out, report, l);
  }
  for (const UnitSection& unit : report.units) unit_section(out, report, unit, l);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace plancheck
