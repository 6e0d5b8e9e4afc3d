// SPDX-License-Identifier: MIT
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "core/io_error.h"
#include "render/diagnostics_render.h"

namespace plancheck {
namespace {

struct ValidateOptions {
  std::string format = "text";
};

int run_validate(const ValidateOptions& options, const GlobalOptions& global) {
  auto dir = find_plan_dir(global);
  if (!dir) throw IoError("no plan found: no plan/ directory here or above; use --plan DIR");
  Diagnostics diags;
  // Findings point into the source files, which is all that is kept of the plan: no
  // model, so an unchanged file is neither parsed nor checked again.
  const CheckedFiles checked = check_plan_files(*dir, diags, parse_cache(global, *dir));
  const PlanCounts& counts = checked.counts;
  std::string summary =
      fmt::format("{}: ok: {} tasks, {} milestones, {} units, {} groups, {} events\n", *dir,
                  counts.tasks, counts.milestones, counts.units, counts.groups, counts.events);
  if (options.format == "json") {
    write_stdout(render_diagnostics_json(diags));
  } else if (options.format == "github") {
    write_stdout(render_diagnostics_github(diags));
  } else {
    diags.limit_per_line(kMaxFindingsPerLine);
    write_stderr(render_diagnostics_text(diags, use_color(global, stderr)));
    if (!diags.has_errors()) write_stderr(summary);
  }
  return diags.has_errors() ? 1 : 0;
}

}  // namespace

void setup_validate(CLI::App& app, const GlobalOptions& global, Runner& chosen) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* sub = app.add_subcommand(
      "validate", "Check the plan files: format, ids, units, deadlines; all findings at once");
  sub->add_option("--format", options->format, "text, json or github")
      ->check(CLI::IsMember({"text", "json", "github"}))
      ->capture_default_str();
  sub->callback([options, &global, &chosen] {
    chosen = [options, &global] { return run_validate(*options, global); };
  });
}

}  // namespace plancheck
