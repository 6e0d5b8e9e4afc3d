// SPDX-License-Identifier: MIT
#include <memory>

#include "agenda/agenda.h"
#include "cli/commands.h"
#include "render/listing_render.h"

namespace plancheck {
namespace {

struct DueOptions {
  unsigned month = 0;
  int year = 0;
  std::string unit;
  bool ongoing = false;
  Format format = Format::text;
};

int run_due(const DueOptions& options, const CheckedPlan& checked, Date) {
  ListingQuery query;
  query.command = "due";
  query.year = options.year != 0 ? options.year : checked.plan->meta.year;
  query.month = options.month;
  query.include_ongoing = options.ongoing;
  query.from = make_date(query.year, query.month, 1);
  query.to = last_day_of_month(query.year, query.month);
  AgendaQuery agenda_query{query.from, query.to, options.ongoing, std::nullopt};
  if (!options.unit.empty()) {
    agenda_query.unit = resolve_unit_option(checked, options.unit);
    query.unit = checked.units->name_of(*agenda_query.unit);
  }
  auto items = agenda(checked, agenda_query);
  write_stdout(render_listing(options.format, checked, query, items));
  return 0;
}

}  // namespace

void setup_due(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<DueOptions>();
  add_number(sub, "--month", options->month, 1, 12, "MONTH", gettext_noop("Month, 1 to 12"))
      ->required();
  add_number(sub, "--year", options->year, 1000, 9999, "YEAR",
             gettext_noop("Year (default: the plan year)"));
  add_text(sub, "--unit", options->unit, "UNIT",
           gettext_noop("Only tasks this unit leads or shares (groups and hosted offices count)"));
  add_flag(sub, "--ongoing", options->ongoing,
           gettext_noop("Also list starts already running and continuous duties"));
  add_format(cli, sub, options->format, {Format::text, Format::md, Format::json, Format::csv});
  on_listing(cli, sub, options, run_due);
}

}  // namespace plancheck
