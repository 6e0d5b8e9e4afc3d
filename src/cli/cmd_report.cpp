// SPDX-License-Identifier: MIT
#include <unistd.h>

#include <memory>

#include "cli/commands.h"
#include "cli/today.h"
#include "core/atomic_file.h"
#include "core/report.h"
#include "render/report_render.h"

namespace plancheck {
namespace {

struct ReportOptionsCli {
  std::string unit;
  bool all_units = false;
  std::string format = "md";
  std::string lang = "zh";
  std::string today;
  std::string output;
};

int run_report(const ReportOptionsCli& options, const GlobalOptions& global) {
  Date today = resolve_today(options.today);
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) return exit_code;
  ReportQuery query{today, std::nullopt, options.all_units};
  if (!options.unit.empty()) query.unit = resolve_unit_option(*checked, options.unit);
  Report report = build_report(*checked, query);
  ReportOptions render{options.lang == "en"};
  std::string out;
  if (options.format == "html")
    out = render_report_html(report, render);
  else if (options.format == "csv")
    out = render_report_csv(report, render);
  else if (options.format == "xlsx")
    out = render_report_xlsx(report, render);
  else
    out = render_report_markdown(report, render);
  if (!options.output.empty()) {
    write_file_atomically(options.output, out);
    return 0;
  }
  if (options.format == "xlsx" && isatty(fileno(stdout))) {
    throw CLI::ValidationError("--format xlsx", "a workbook is binary; write it with -o FILE");
  }
  write_stdout(out);
  return 0;
}

}  // namespace

void setup_report(CLI::App& app, const GlobalOptions& global, Runner& chosen) {
  auto options = std::make_shared<ReportOptionsCli>();
  CLI::App* sub = app.add_subcommand(
      "report",
      "Printable task lists: the whole plan (任务分解表), or a unit's 牵头 and 责任 lists");
  sub->add_option("--unit", options->unit, "One unit's lists (groups and hosted offices count)");
  sub->add_flag("--all-units", options->all_units, "A section per unit (a sheet per unit in xlsx)");
  sub->add_option("--format", options->format, "md, html, csv or xlsx")
      ->check(CLI::IsMember({"md", "html", "csv", "xlsx"}))
      ->capture_default_str();
  sub->add_option("--lang", options->lang, "Labels: zh or en (task text stays as written)")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  sub->add_option("--today", options->today, "Status as of this day (default: the system date)");
  sub->add_option("-o,--output", options->output, "Write to FILE (atomically) instead of stdout");
  sub->callback([options, &global, &chosen] {
    chosen = [options, &global] { return run_report(*options, global); };
  });
}

}  // namespace plancheck
