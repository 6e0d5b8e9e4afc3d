// SPDX-License-Identifier: MIT
#include <unistd.h>

#include <memory>

#include "cli/commands.h"
#include "cli/today.h"
#include "render/report_render.h"
#include "report/report.h"

namespace plancheck {
namespace {

struct ReportOptionsCli {
  std::string unit;
  bool all_units = false;
  Format format = Format::md;
  std::string today;
  std::string output;
};

int run_report(const ReportOptionsCli& options, const GlobalOptions& global) {
  Date today = resolve_today(options.today, global);
  if (!options.output.empty())
    refuse_plan_file_as_output(options.output, plan_dir_or_throw(global));
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) return exit_code;
  ReportQuery query{today, std::nullopt, options.all_units};
  if (!options.unit.empty()) query.unit = resolve_unit_option(*checked, options.unit);
  Report report = build_report(*checked, query);
  // Offices print their lists in Chinese; labels change only when --lang says so.
  ReportOptions render{global.lang == "en"};
  std::string out;
  if (options.format == Format::html)
    out = render_report_html(report, render);
  else if (options.format == Format::csv)
    out = render_report_csv(report, render);
  else if (options.format == Format::xlsx)
    out = render_report_xlsx(report, render);
  else
    out = render_report_markdown(report, render);
  bool binary = is_binary(options.format);
  if (binary && options.output.empty() && isatty(fileno(stdout))) {
    throw CLI::ValidationError("--format xlsx",
                               tr(message("a workbook is binary; write it with -o FILE")));
  }
  write_output(options.output, out, binary);
  return 0;
}

}  // namespace

void setup_report(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<ReportOptionsCli>();
  CLI::Option* unit = add_text(sub, "--unit", options->unit, "UNIT",
                               gettext_noop("One unit's lists (groups and hosted offices count)"));
  CLI::Option* all_units = add_flag(sub, "--all-units", options->all_units,
                                    gettext_noop("A section per unit (a sheet per unit in xlsx)"));
  unit->excludes(all_units);
  add_format(cli, sub, options->format, {Format::md, Format::html, Format::csv, Format::xlsx});
  add_today(sub, options->today, gettext_noop("Status as of this day (default: the system date)"));
  add_output(sub, options->output);
  on_run(cli, sub, options, run_report);
}

}  // namespace plancheck
