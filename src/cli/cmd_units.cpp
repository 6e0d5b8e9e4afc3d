// SPDX-License-Identifier: MIT
#include <memory>

#include "cli/commands.h"
#include "cli/today.h"
#include "render/units_render.h"
#include "report/report.h"

namespace plancheck {
namespace {

struct UnitsOptions {
  std::string name;
  std::string today;
  Format format = Format::text;
};

int run_units(const UnitsOptions& options, const CheckedPlan& checked, Date today) {
  bool json = options.format == Format::json;
  if (options.name.empty()) {
    write_stdout(json ? render_registry_json(checked) : render_registry_text(checked));
    return 0;
  }
  ReportQuery query{today, resolve_unit_option(checked, options.name), false};
  Report report = build_report(checked, query);
  const UnitSection& unit = report.units.front();
  write_stdout(json ? render_unit_json(checked, unit) : render_unit_text(checked, unit));
  return 0;
}

}  // namespace

void setup_units(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<UnitsOptions>();
  add_text(sub, "name", options->name, "UNIT",
           gettext_noop("A unit or group, as the plan writes it"));
  add_today(sub, options->today,
            gettext_noop("Task states as of this day (default: the system date)"));
  add_format(cli, sub, options->format, {Format::text, Format::json});
  on_listing(cli, sub, options, run_units);
}

}  // namespace plancheck
