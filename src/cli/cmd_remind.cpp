// SPDX-License-Identifier: MIT
#include <memory>

#include "agenda/reminders.h"
#include "cli/commands.h"
#include "cli/today.h"
#include "render/remind_render.h"

namespace plancheck {
namespace {

struct RemindOptions {
  std::string today;
  int ahead = 14;
  std::string unit;
  Format format = Format::text;
};

int run_remind(const RemindOptions& options, const CheckedPlan& checked, Date today) {
  RemindQuery query{today, options.ahead, std::nullopt};
  std::optional<UnitTarget> only;
  if (!options.unit.empty()) {
    only = resolve_unit_option(checked, options.unit);
    query.unit = checked.units->name_of(*only);
  }
  auto lists = build_reminders(checked, today, options.ahead, only);
  if (options.format == Format::json) {
    write_stdout(render_remind_json(checked, query, lists));
  } else if (options.format == Format::md) {
    write_stdout(render_remind_markdown(checked, query, lists));
  } else {
    write_stdout(render_remind_text(checked, query, lists));
  }
  return 0;
}

}  // namespace

void setup_remind(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<RemindOptions>();
  add_today(sub, options->today, gettext_noop("Today's date (default: the system date)"));
  add_number(sub, "--ahead", options->ahead, 0, 3660, "DAYS",
             gettext_noop("Days ahead to include (default: 14)"));
  add_text(sub, "--unit", options->unit, "UNIT",
           gettext_noop("Only this unit's list (a group: its members' lists)"));
  add_format(cli, sub, options->format, {Format::text, Format::md, Format::json});
  on_listing(cli, sub, options, run_remind);
}

}  // namespace plancheck
