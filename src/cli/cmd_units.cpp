// SPDX-License-Identifier: MIT
#include <memory>

#include "cli/commands.h"
#include "cli/today.h"
#include "core/report.h"
#include "render/units_render.h"

namespace plancheck {
namespace {

struct UnitsOptions {
  std::string name;
  std::string today;
  std::string format = "text";
};

int run_units(const UnitsOptions& options, const GlobalOptions& global) {
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) return exit_code;
  bool json = options.format == "json";
  if (options.name.empty()) {
    write_stdout(json ? render_registry_json(*checked) : render_registry_text(*checked));
    return 0;
  }
  ReportQuery query{resolve_today(options.today), resolve_unit_option(*checked, options.name),
                    false};
  Report report = build_report(*checked, query);
  const UnitSection& unit = report.units.front();
  write_stdout(json ? render_unit_json(*checked, unit) : render_unit_text(*checked, unit));
  return 0;
}

}  // namespace

void setup_units(CLI::App& app, const GlobalOptions& global, Runner& chosen) {
  auto options = std::make_shared<UnitsOptions>();
  CLI::App* sub = app.add_subcommand(
      "units", "The unit registry; for one unit, every task it leads or shares and through what");
  sub->add_option("name", options->name, "A unit or group, as the plan writes it");
  sub->add_option("--today", options->today,
                  "Task states as of this day (default: the system date)");
  sub->add_option("--format", options->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->callback([options, &global, &chosen] {
    chosen = [options, &global] { return run_units(*options, global); };
  });
}

}  // namespace plancheck
