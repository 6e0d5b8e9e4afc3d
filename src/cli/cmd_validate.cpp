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

std::size_t milestone_count(const Plan& plan) {
  std::size_t count = 0;
  for (const Task& task : plan.tasks) count += task.milestones.size();
  return count;
}

int run_validate(const ValidateOptions& options, const GlobalOptions& global) {
  auto dir = find_plan_dir(global);
  if (!dir) throw IoError("no plan found: no plan/ directory here or above; use --plan DIR");
  Diagnostics diags;
  CheckedPlan checked = load_checked_plan(*dir, diags, parse_cache(global, *dir));
  const Plan& plan = *checked.plan;
  std::string summary =
      fmt::format("{}: ok: {} tasks, {} milestones, {} units, {} groups, {} events\n", *dir,
                  plan.tasks.size(), milestone_count(plan), plan.registry.units.size(),
                  plan.registry.groups.size(), plan.events.size());
  // Findings point into the source files, not the model. Quoting their lines may read
  // files back that were released after loading, so the model goes first: a plan of
  // 100,000 tasks would otherwise hold both at once.
  std::vector<std::unique_ptr<SourceFile>> sources = std::move(checked.plan->sources);
  checked = {};
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
