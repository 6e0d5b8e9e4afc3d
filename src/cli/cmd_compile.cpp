// SPDX-License-Identifier: MIT
#include <memory>

#include "cli/commands.h"
#include "cli/today.h"
#include "render/compile_render.h"
#include "report/report.h"

namespace plancheck {
namespace {

struct CompileOptions {
  std::string output;
  std::string today;
};

int run_compile(const CompileOptions& options, const GlobalOptions& global) {
  if (!options.output.empty())
    refuse_plan_file_as_output(options.output, plan_dir_or_throw(global));
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) return exit_code;
  Report report = build_report(
      *checked, ReportQuery{resolve_today(options.today, global), std::nullopt, false});
  std::string json = render_compiled_json(report);
  write_output(options.output, json);
  return 0;
}

}  // namespace

void setup_compile(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<CompileOptions>();
  add_output(sub, options->output);
  add_today(sub, options->today, gettext_noop("States as of this day (default: the system date)"));
  on_run(cli, sub, options, run_compile);
}

}  // namespace plancheck
