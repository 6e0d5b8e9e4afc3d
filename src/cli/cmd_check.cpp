// SPDX-License-Identifier: MIT
#include <memory>

#include "cli/commands.h"
#include "cli/today.h"
#include "core/overdue.h"
#include "render/check_render.h"

namespace plancheck {
namespace {

struct CheckOptions {
  std::string today;
  std::string format = "text";
};

int run_check(const CheckOptions& options, const GlobalOptions& global) {
  Date today = resolve_today(options.today);
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) return exit_code;
  OverdueReport report = find_overdue(*checked, today);
  write_stdout(options.format == "json" ? render_check_json(*checked, report)
                                        : render_check_text(*checked, report));
  return report.overdue.empty() ? 0 : 1;
}

}  // namespace

void setup_check(CLI::App& app, const GlobalOptions& global, Runner& chosen) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* sub = app.add_subcommand(
      "check", "List what is overdue and not recorded as done; exit 1 if anything is");
  sub->add_option("--today", options->today, "Today's date (default: the system date)");
  sub->add_option("--format", options->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->callback([options, &global, &chosen] {
    chosen = [options, &global] { return run_check(*options, global); };
  });
}

}  // namespace plancheck
