// SPDX-License-Identifier: MIT
#include "core/timing.h"

#include <fmt/format.h>

#include <algorithm>

namespace plancheck {
namespace {

using std::chrono::days;
using std::chrono::Monday;
using std::chrono::weekday;

int resolve_year(YearRef year, int plan_year) {
  return year.absolute ? year.value : plan_year + year.value;
}

// A day in a month; day 0 is the month's last day.
std::optional<Date> day_in(int year, unsigned month, unsigned day) {
  if (day == 0) return last_day_of_month(year, month);
  std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                  std::chrono::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

std::optional<TimingProblem> check_span(const DaySpan& span, int plan_year) {
  int year = resolve_year(span.year, plan_year);
  if (year < 1000 || year > 9999) return TimingProblem{message("year {} is out of range", year)};
  int last_year = span.has_last_year ? resolve_year(span.last_year, plan_year) : year;
  if (last_year < 1000 || last_year > 9999) {
    return TimingProblem{message("year {} is out of range", last_year)};
  }
  if (!day_in(year, span.first_month, span.first_day) ||
      !day_in(last_year, span.last_month, span.last_day)) {
    unsigned month =
        day_in(year, span.first_month, span.first_day) ? span.last_month : span.first_month;
    unsigned day = month == span.first_month ? span.first_day : span.last_day;
    return TimingProblem{message("{} does not exist ({} has {} days in February)",
                                 fmt::format("{}-{:02}-{:02}", year, month, day), year,
                                 day_of(last_day_of_month(year, 2)))};
  }
  return std::nullopt;
}

Date add_period(Date date, Period unit, int count) {
  // Past any supported day whatever the period (a hundred thousand days is 273 years),
  // and no overflow in the arithmetic below.
  if (count > 100000 || count < -100000) return kLastSupportedDay + days{1};
  switch (unit) {
    case Period::day:
      return date + days{count};
    case Period::week:
      return date + days{7 * count};
    case Period::month:
      return add_months_clamped(date, count);
    case Period::quarter:
      return add_months_clamped(date, 3 * count);
    case Period::half_year:
      return add_months_clamped(date, 6 * count);
    case Period::year:
      return add_months_clamped(date, 12 * count);
    case Period::none:
      break;
  }
  return date;
}

// The recurring period containing `date`.
Occurrence period_at(Date date, Period every) {
  int year = year_of(date);
  unsigned month = month_of(date);
  switch (every) {
    case Period::day:
      return {date, date, date};
    case Period::week: {
      Date monday = date - (weekday{date} - Monday);
      return {monday, monday + days{6}, monday + days{6}};
    }
    case Period::month: {
      Date end = last_day_of_month(year, month);
      return {make_date(year, month, 1), end, end};
    }
    case Period::quarter: {
      unsigned first = (month - 1) / 3 * 3 + 1;
      Date end = last_day_of_month(year, first + 2);
      return {make_date(year, first, 1), end, end};
    }
    case Period::half_year: {
      unsigned first = month <= 6 ? 1 : 7;
      Date end = last_day_of_month(year, first + 5);
      return {make_date(year, first, 1), end, end};
    }
    case Period::year:
    case Period::none:
      break;
  }
  Date end = make_date(year, 12, 31);
  return {make_date(year, 1, 1), end, end};
}

Occurrence next_period(const Occurrence& period, Period every) {
  return period_at(period.end + days{1}, every);
}

// Recurring items run from the period of the plan's issue to the end of its year; a
// weekly one starts with the first whole week after issue.
std::vector<Occurrence> recurring_between(const Timing& timing, Date from, Date to,
                                          std::size_t limit) {
  std::vector<Occurrence> out;
  Period every = timing.expr.every;
  Occurrence period = period_at(timing.issued, every);
  if (every == Period::week && period.start < timing.issued) period = next_period(period, every);
  Date plan_end = make_date(timing.plan_year, 12, 31);
  while (period.start <= plan_end && period.due <= to && out.size() < limit) {
    if (period.due >= from) out.push_back(period);
    period = next_period(period, every);
  }
  return out;
}

Occurrence window_in_year(const WhenExpr& expr, int year_shift, int plan_year) {
  int year = plan_year + year_shift;
  Date start = span_first_day(expr.from, year);
  Date end = span_last_day(expr.to, year);
  // A window whose end comes before its start runs into the next year.
  if (end < start && !expr.to.year.absolute) end = span_last_day(expr.to, year + 1);
  return {start, end, end};
}

std::vector<Occurrence> yearly_between(const Timing& timing, Date from, Date to,
                                       std::size_t limit) {
  std::vector<Occurrence> out;
  for (int shift = 0; out.size() < limit; ++shift) {
    Occurrence window = window_in_year(timing.expr, shift, timing.plan_year);
    if (window.start > to) break;
    if (window.end >= from) out.push_back(window);
  }
  return out;
}

std::vector<Occurrence> occurrences(const Timing& timing, Date from, Date to, std::size_t limit) {
  if (timing.kind() == TimingKind::recurring) return recurring_between(timing, from, to, limit);
  if (timing.kind() == TimingKind::window && timing.expr.yearly) {
    return yearly_between(timing, from, to, limit);
  }
  std::vector<Occurrence> out;
  if (timing.date && *timing.date >= from && *timing.date <= to) {
    out.push_back({*timing.date, *timing.date, *timing.date});
  } else if (timing.kind() == TimingKind::start && timing.start && *timing.start >= from &&
             *timing.start <= to) {
    out.push_back({*timing.start, *timing.start, *timing.start});
  } else if (timing.kind() == TimingKind::window && timing.start && timing.end &&
             *timing.start <= to && *timing.end >= from) {
    out.push_back({*timing.start, *timing.end, *timing.end});
  }
  return out;
}

}  // namespace

Date span_first_day(const DaySpan& span, int plan_year) {
  return *day_in(resolve_year(span.year, plan_year), span.first_month,
                 span.first_day == 0 ? 0 : span.first_day);
}

// A computed day past what a date can say (9999-12-01 plus a month).
std::optional<TimingProblem> outside_supported_days(const Timing& timing) {
  for (const std::optional<Date>& day : {timing.date, timing.start, timing.end}) {
    if (day && !is_supported(*day)) {
      return TimingProblem{message("it falls past the dates plancheck can handle ({} to {})",
                                   format_iso(kFirstSupportedDay), format_iso(kLastSupportedDay))};
    }
  }
  return std::nullopt;
}

Date span_last_day(const DaySpan& span, int plan_year) {
  int year = resolve_year(span.has_last_year ? span.last_year : span.year, plan_year);
  return *day_in(year, span.last_month, span.last_day);
}

std::variant<Timing, TimingProblem> compile_when(const WhenExpr& expr, const TimingContext& context,
                                                 std::string_view event_id) {
  Timing timing;
  timing.expr = expr;
  timing.plan_year = context.plan_year;
  timing.issued = context.issued;
  bool dated = expr.kind == TimingKind::deadline || expr.kind == TimingKind::window ||
               (expr.kind == TimingKind::start && !expr.at_issue);
  // A window that repeats every year cannot also be pinned to one year: it would have a
  // single occurrence that "repeats" in place.
  if (expr.yearly && (expr.from.year.absolute || expr.to.year.absolute)) {
    return TimingProblem{
        message("a window that repeats every year (每年…) cannot name a year; "
                "write its months and days only")};
  }
  if (dated && !expr.event_span) {
    if (auto problem = check_span(expr.from, context.plan_year)) return *problem;
    if (expr.kind == TimingKind::window) {
      if (auto problem = check_span(expr.to, context.plan_year)) return *problem;
    }
  }
  bool needs_event = expr.kind == TimingKind::relative || expr.event_span;
  if (needs_event) {
    timing.event = !expr.event.empty() ? expr.event : std::string(event_id);
    if (timing.event.empty()) {
      return TimingProblem{expr.kind == TimingKind::relative
                               ? message("a relative deadline needs the event it counts from")
                               : message("an event window needs the event it belongs to"),
                           true};
    }
    if (!expr.event.empty() && !event_id.empty() && expr.event != event_id) {
      return TimingProblem{
          message("the phrase names event '{}' but `event:` says '{}'", expr.event, event_id)};
    }
    std::optional<EventSpan> span;
    if (context.event_dates) span = context.event_dates(timing.event);
    timing.pending = !span;
    if (span && expr.kind == TimingKind::relative) {
      timing.date = add_period(span->start, expr.unit, expr.count);
    } else if (span) {
      timing.start = span->start;
      timing.end = span->end;
    }
    if (auto problem = outside_supported_days(timing)) return *problem;
    return timing;
  }
  switch (expr.kind) {
    case TimingKind::deadline:
      timing.date = span_last_day(expr.from, context.plan_year);
      break;
    case TimingKind::start:
      timing.start = expr.at_issue ? context.issued : span_first_day(expr.from, context.plan_year);
      break;
    case TimingKind::window: {
      Occurrence first = window_in_year(expr, 0, context.plan_year);
      timing.start = first.start;
      timing.end = first.end;
      if (timing.end < timing.start) {
        return TimingProblem{message("the window ends before it starts")};
      }
      break;
    }
    default:
      break;
  }
  if (auto problem = outside_supported_days(timing)) return *problem;
  return timing;
}

namespace {

// An occurrence that would start, end or fall due past the supported days (a yearly window
// of 9999 that ends in 10000) cannot be written as a date anywhere: it is left out, as an
// occurrence past the asked range would be.
std::vector<Occurrence> within_supported_days(std::vector<Occurrence> found) {
  std::erase_if(found, [](const Occurrence& o) {
    return !is_supported(o.start) || !is_supported(o.end) || !is_supported(o.due);
  });
  return found;
}

}  // namespace

std::vector<Occurrence> occurrences_between(const Timing& timing, Date from, Date to) {
  from = std::max(from, kFirstSupportedDay);
  to = std::min(to, kLastSupportedDay);
  if (from > to) return {};
  return within_supported_days(occurrences(timing, from, to, static_cast<std::size_t>(-1)));
}

std::vector<Occurrence> first_occurrences(const Timing& timing, std::size_t count) {
  return within_supported_days(occurrences(timing, kFirstSupportedDay, kLastSupportedDay, count));
}

bool same_schedule(const Timing& a, const Timing& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case TimingKind::relative:
      return a.expr.count == b.expr.count && a.expr.unit == b.expr.unit;
    case TimingKind::recurring:
      return a.expr.every == b.expr.every;
    case TimingKind::window:
      if (a.expr.event_span || b.expr.event_span) return a.expr.event_span == b.expr.event_span;
      return a.start == b.start && a.end == b.end && a.expr.yearly == b.expr.yearly;
    default:
      return a.date == b.date && a.start == b.start;
  }
}

}  // namespace plancheck
