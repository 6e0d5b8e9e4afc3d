// SPDX-License-Identifier: MIT
#include <memory>

#include "cli/commands.h"
#include "core/agenda.h"
#include "render/listing_render.h"

namespace plancheck {
namespace {

struct DueOptions {
  unsigned month = 0;
  int year = 0;
  std::string unit;
  bool ongoing = false;
  std::string format = "text";
};

int run_due(const DueOptions& options, const GlobalOptions& global) {
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) return exit_code;
  ListingQuery query;
  query.command = "due";
  query.year = options.year != 0 ? options.year : checked->plan->meta.year;
  query.month = options.month;
  query.include_ongoing = options.ongoing;
  query.from = make_date(query.year, query.month, 1);
  query.to = last_day_of_month(query.year, query.month);
  AgendaQuery agenda_query{query.from, query.to, options.ongoing, std::nullopt};
  if (!options.unit.empty()) {
    agenda_query.unit = resolve_unit_option(*checked, options.unit);
    query.unit = checked->units->name_of(*agenda_query.unit);
  }
  auto items = agenda(*checked, agenda_query);
  write_stdout(render_listing(options.format, *checked, query, items));
  return 0;
}

}  // namespace

void setup_due(CLI::App& app, const GlobalOptions& global, Runner& chosen) {
  auto options = std::make_shared<DueOptions>();
  CLI::App* sub = app.add_subcommand(
      "due", "What falls in one month: deadlines, starts, windows, recurring occurrences");
  sub->add_option("--month", options->month, "Month, 1 to 12")
      ->required()
      ->check(CLI::Range(1, 12));
  sub->add_option("--year", options->year, "Year (default: the plan year)")
      ->check(CLI::Range(1000, 9999));
  sub->add_option("--unit", options->unit,
                  "Only tasks this unit leads or shares (groups and hosted offices count)");
  sub->add_flag("--ongoing", options->ongoing,
                "Also list starts already running and continuous duties");
  sub->add_option("--format", options->format, "text, md, json or csv")
      ->check(CLI::IsMember({"text", "md", "json", "csv"}))
      ->capture_default_str();
  sub->callback([options, &global, &chosen] {
    chosen = [options, &global] { return run_due(*options, global); };
  });
}

}  // namespace plancheck
