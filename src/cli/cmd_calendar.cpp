// SPDX-License-Identifier: MIT
#include <algorithm>
#include <memory>

#include "agenda/agenda.h"
#include "agenda/calendar_entries.h"
#include "cli/commands.h"
#include "cli/today.h"
#include "render/ical_render.h"
#include "render/listing_render.h"

namespace plancheck {
namespace {

struct CalendarOptions {
  std::string from;
  std::string to;
  std::string unit;
  int alarm = 0;
  std::string today;
  Format format = Format::text;
};

// Without --from/--to: the plan year and the three after it, so yearly windows that
// run into the next year and repeat show with their leap-year ends.
constexpr int kDefaultYearsAfter = 3;

int run_calendar(const CalendarOptions& options, const CheckedPlan& checked, Date today) {
  int year = checked.plan->meta.year;
  ListingQuery query;
  query.command = "calendar";
  query.from =
      options.from.empty() ? make_date(year, 1, 1) : parse_date_option(options.from, "--from");
  query.to = options.to.empty() ? make_date(year + kDefaultYearsAfter, 12, 31)
                                : parse_date_option(options.to, "--to");
  if (query.to < query.from) {
    throw CLI::ValidationError("--to", tr(message("{} is before --from {}", format_iso(query.to),
                                                  format_iso(query.from))));
  }
  std::optional<UnitTarget> unit;
  if (!options.unit.empty()) {
    unit = resolve_unit_option(checked, options.unit);
    query.unit = checked.units->name_of(*unit);
  }
  if (options.format == Format::ics) {
    if (query.to > kLastIcalDay) {
      if (!options.to.empty()) {
        throw CLI::ValidationError(
            "--to", tr(message("iCalendar output ends at {}, the last day libical writes",
                               format_iso(kLastIcalDay))));
      }
      query.to = kLastIcalDay;
    }
    if (query.to < query.from) {
      throw CLI::ValidationError(
          "--from", tr(message("iCalendar output ends at {}, the last day libical writes",
                               format_iso(kLastIcalDay))));
    }
    auto entries = calendar_entries(checked, query.from, query.to);
    if (unit) {
      std::erase_if(entries, [&](const CalendarEntry& e) {
        return !task_concerns(*e.task, *checked.units, *unit);
      });
    }
    write_stdout(render_ical(checked, entries, IcalOptions{options.alarm, today}));
    return 0;
  }
  auto items = agenda(checked, AgendaQuery{query.from, query.to, false, unit});
  write_stdout(render_listing(options.format, checked, query, items));
  return 0;
}

}  // namespace

void setup_calendar(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<CalendarOptions>();
  add_text(sub, "--from", options->from, "DATE",
           gettext_noop("First day (default: January 1 of the plan year)"));
  add_text(sub, "--to", options->to, "DATE",
           gettext_noop("Last day (default: December 31, three years after the plan year)"));
  add_text(sub, "--unit", options->unit, "UNIT",
           gettext_noop("Only tasks this unit leads or shares"));
  add_number(sub, "--alarm", options->alarm, 0, 366, "DAYS",
             gettext_noop("iCalendar: a reminder this many days before"));
  add_today(sub, options->today, gettext_noop("Today's date, stamped on iCalendar items"));
  add_format(cli, sub, options->format,
             {Format::text, Format::md, Format::csv, Format::json, Format::ics});
  on_listing(cli, sub, options, run_calendar);
}

}  // namespace plancheck
