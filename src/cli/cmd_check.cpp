// SPDX-License-Identifier: MIT
#include <memory>

#include "agenda/overdue.h"
#include "cli/commands.h"
#include "cli/today.h"
#include "render/check_render.h"

namespace plancheck {
namespace {

struct CheckOptions {
  std::string today;
  Format format = Format::text;
};

int run_check(const CheckOptions& options, const GlobalOptions& global) {
  Date today = resolve_today(options.today, global);
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) {
    // A cron job mails what check prints; a plan that cannot be read must not mail silence.
    write_stdout(tr(message("the plan has errors, so nothing was checked; run 'plancheck "
                            "validate' to see them")) +
                 '\n');
    return exit_code;
  }
  OverdueReport report = find_overdue(*checked, today);
  write_stdout(options.format == Format::json ? render_check_json(*checked, report)
                                              : render_check_text(*checked, report));
  return report.overdue.empty() ? 0 : 1;
}

}  // namespace

void setup_check(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<CheckOptions>();
  add_today(sub, options->today, gettext_noop("Today's date (default: the system date)"));
  add_format(cli, sub, options->format, {Format::text, Format::json});
  on_run(cli, sub, options, run_check);
}

}  // namespace plancheck
