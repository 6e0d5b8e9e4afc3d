// SPDX-License-Identifier: MIT
#include <memory>

#include "cli/commands.h"
#include "cli/today.h"
#include "core/reminders.h"
#include "render/remind_render.h"

namespace plancheck {
namespace {

struct RemindOptions {
  std::string today;
  int ahead = 14;
  std::string unit;
  std::string format = "text";
};

int run_remind(const RemindOptions& options, const GlobalOptions& global) {
  Date today = resolve_today(options.today);
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) return exit_code;
  RemindQuery query{today, options.ahead, std::nullopt};
  std::optional<UnitTarget> only;
  if (!options.unit.empty()) {
    only = resolve_unit_option(*checked, options.unit);
    query.unit = checked->units->name_of(*only);
  }
  auto lists = build_reminders(*checked, today, options.ahead, only);
  if (options.format == "json") {
    write_stdout(render_remind_json(*checked, query, lists));
  } else if (options.format == "md") {
    write_stdout(render_remind_markdown(*checked, query, lists));
  } else {
    write_stdout(render_remind_text(*checked, query, lists));
  }
  return 0;
}

}  // namespace

void setup_remind(CLI::App& app, const GlobalOptions& global, Runner& chosen) {
  auto options = std::make_shared<RemindOptions>();
  CLI::App* sub = app.add_subcommand(
      "remind", "Overdue and upcoming items grouped by the unit that owes them, as notices");
  sub->add_option("--today", options->today, "Today's date (default: the system date)");
  sub->add_option("--ahead", options->ahead, "Days ahead to include")
      ->check(CLI::Range(0, 3660))
      ->capture_default_str();
  sub->add_option("--unit", options->unit, "Only this unit's list (a group: its members' lists)");
  sub->add_option("--format", options->format, "text, md or json")
      ->check(CLI::IsMember({"text", "md", "json"}))
      ->capture_default_str();
  sub->callback([options, &global, &chosen] {
    chosen = [options, &global] { return run_remind(*options, global); };
  });
}

}  // namespace plancheck
