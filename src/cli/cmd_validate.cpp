// SPDX-License-Identifier: MIT
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "i18n/catalogue.h"
#include "io/io_error.h"
#include "render/diagnostics_render.h"

namespace plancheck {
namespace {

struct ValidateOptions {
  Format format = Format::text;
  bool warnings_as_errors = false;
};

int run_validate(const ValidateOptions& options, const GlobalOptions& global) {
  std::string dir = plan_dir_or_throw(global);
  Diagnostics diags;
  // Findings point into the source files, which is all that is kept of the plan: no
  // model, so an unchanged file is neither parsed nor checked again.
  const CheckedFiles checked = check_plan_files(dir, diags, parse_cache(global, dir));
  const PlanCounts& counts = checked.counts;
  bool failed = diags.has_errors() || (options.warnings_as_errors && diags.warning_count() > 0);
  if (options.format == Format::json) {
    write_stdout(render_diagnostics_json(diags));
  } else if (options.format == Format::github) {
    write_stdout(render_diagnostics_github(diags));
  } else {
    diags.limit_per_line(kMaxFindingsPerLine);
    std::string text = render_diagnostics_text(diags, use_color(global, stderr));
    if (!failed) {
      text +=
          tr(message("{}: ok: {} tasks, {} milestones, {} units, {} groups, {} events", dir,
                     counts.tasks, counts.milestones, counts.units, counts.groups, counts.events));
      text += '\n';
    } else if (!diags.has_errors()) {
      text += tr(message("{}: warnings are errors here (--warnings-as-errors)", dir));
      text += '\n';
    }
    write_stderr(text);
  }
  return failed ? 1 : 0;
}

}  // namespace

void setup_validate(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<ValidateOptions>();
  add_format(cli, sub, options->format, {Format::text, Format::json, Format::github},
             gettext_noop("How to print the findings"));
  add_flag(sub, "--warnings-as-errors", options->warnings_as_errors,
           gettext_noop(
               "Exit 1 on warnings too, such as a date in a task's text that no milestone has"));
  on_run(cli, sub, options, run_validate);
}

}  // namespace plancheck
