// SPDX-License-Identifier: MIT
#include <memory>

#include "cli/commands.h"
#include "cli/today.h"
#include "core/atomic_file.h"
#include "core/report.h"
#include "render/compile_render.h"

namespace plancheck {
namespace {

struct CompileOptions {
  std::string output;
  std::string today;
};

int run_compile(const CompileOptions& options, const GlobalOptions& global) {
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) return exit_code;
  Report report =
      build_report(*checked, ReportQuery{resolve_today(options.today), std::nullopt, false});
  std::string json = render_compiled_json(report);
  if (options.output.empty()) {
    write_stdout(json);
  } else {
    write_file_atomically(options.output, json);
  }
  return 0;
}

}  // namespace

void setup_compile(CLI::App& app, const GlobalOptions& global, Runner& chosen) {
  auto options = std::make_shared<CompileOptions>();
  CLI::App* sub = app.add_subcommand(
      "compile", "The whole resolved plan as one JSON document (schemas/compiled.schema.json)");
  sub->add_option("-o,--output", options->output, "Write to FILE (atomically) instead of stdout");
  sub->add_option("--today", options->today, "States as of this day (default: the system date)");
  sub->callback([options, &global, &chosen] {
    chosen = [options, &global] { return run_compile(*options, global); };
  });
}

}  // namespace plancheck
