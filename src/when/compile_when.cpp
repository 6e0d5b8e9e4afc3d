// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <array>

#include "calendar/lunar.h"
#include "calendar/regional_seasons.h"
#include "when/day_span.h"
#include "when/recurrence.h"
#include "when/schedule.h"

namespace plancheck {
namespace {

using std::chrono::days;
using namespace schedule_form;

// In the order of std::chrono::weekday's c_encoding.
constexpr std::array<Term, 7> kWeekdays = {term("Sunday"),    term("Monday"),   term("Tuesday"),
                                           term("Wednesday"), term("Thursday"), term("Friday"),
                                           term("Saturday")};

// The weekday and the lunar day a phrase writes beside a day (6月18日（星期二）,
// 2月2日（农历正月初九）) must be that day's: a note that disagrees is a mistake in one of
// the two, and plancheck cannot tell which.
std::optional<ScheduleProblem> check_notes(const DaySpan& span, int year) {
  if (span.noted_weekday < 0 && span.noted_lunar_month == 0 && span.noted_month == 0) {
    return std::nullopt;
  }
  std::optional<Date> day = span_day(span, year, span.last_month, span.last_day);
  if (!day) return std::nullopt;  // reported as a day that does not exist
  if (span.noted_weekday >= 0) {
    std::chrono::weekday actual{*day};
    if (actual.c_encoding() != static_cast<unsigned>(span.noted_weekday)) {
      return ScheduleProblem{message("{} is a {}, not the {} written beside it", format_iso(*day),
                                     kWeekdays.at(actual.c_encoding()),
                                     kWeekdays.at(static_cast<std::size_t>(span.noted_weekday)))};
    }
  }
  if (span.noted_month != 0 &&
      (month_of(*day) != span.noted_month || day_of(*day) != span.noted_day)) {
    return ScheduleProblem{message("{} is not {}月{}日, which is written beside it",
                                   format_iso(*day), span.noted_month, span.noted_day)};
  }
  if (span.noted_lunar_month != 0) {
    // A day in December or January may be in either lunar year's months.
    bool matches = false;
    for (int lunar_year : {year - 1, year}) {
      matches |= lunar_day_of_year(lunar_year, span.noted_lunar_month, span.noted_lunar_day) == day;
    }
    if (!matches) {
      return ScheduleProblem{message("{} is not lunar month {} day {}, which is written beside it",
                                     format_iso(*day), span.noted_lunar_month,
                                     span.noted_lunar_day)};
    }
  }
  return std::nullopt;
}

std::optional<ScheduleProblem> check_span(const DaySpan& span, int plan_year) {
  int year = resolve_year(span.year, plan_year);
  if (year < 1000 || year > 9999) return ScheduleProblem{message("year {} is out of range", year)};
  int last_year = span.has_last_year ? resolve_year(span.last_year, plan_year) : year;
  if (last_year < 1000 || last_year > 9999) {
    return ScheduleProblem{message("year {} is out of range", last_year)};
  }
  std::optional<Date> first = span_day(span, year, span.first_month, span.first_day);
  bool last_exists = span_day(span, last_year, span.last_month, span.last_day).has_value();
  if (first && last_exists) return check_notes(span, last_year);
  unsigned month = first ? span.last_month : span.first_month;
  if (span.lunar) {
    unsigned day = first ? span.last_day : span.first_day;
    int in_year = first ? last_year : year;
    int lunar_year = lunar_year_of(in_year, month);
    if (lunar_year < kFirstLunarYear || lunar_year > kLastLunarYear) {
      return ScheduleProblem{message("lunar dates are known for {} to {}, not {}", kFirstLunarYear,
                                     kLastLunarYear, lunar_year)};
    }
    return ScheduleProblem{message("lunar month {} has no day {} in {}", month, day, in_year)};
  }
  unsigned day = month == span.first_month ? span.first_day : span.last_day;
  return ScheduleProblem{message("{} does not exist ({} has {} days in February)",
                                 fmt::format("{}-{:02}-{:02}", year, month, day), year,
                                 day_of(last_day_of_month(year, 2)))};
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
    case Period::working_day:  // counted on the official calendar (count_from)
    case Period::none:
      break;
  }
  return date;
}

// A computed day past what a date can say (9999-12-01 plus a month).
std::variant<Schedule, ScheduleProblem> unless_past_supported_days(Schedule schedule) {
  CompiledDays d = schedule.days();
  for (const std::optional<Date>& day : {d.date, d.start, d.end}) {
    if (day && !is_supported(*day)) {
      return ScheduleProblem{message("it falls past the dates plancheck can handle ({} to {})",
                                     format_iso(kFirstSupportedDay),
                                     format_iso(kLastSupportedDay))};
    }
  }
  return schedule;
}

const OfficialCalendar& calendar_of(const ScheduleContext& context) {
  return context.calendar ? *context.calendar : shipped_calendar();
}

// What to say when the official schedule of `year` is needed and not loaded: next year's
// notice appears each November, and the user adds it.
ScheduleProblem unknown_year(int year, Message what) {
  return ScheduleProblem{
      std::move(what), false,
      message("add the days of the State Council's notice on {}'s holidays "
              "(国务院办公厅关于{}年部分节假日安排的通知) to calendar.tsv in the plan, or pass "
              "--calendar FILE; the format is that of data/calendar/cn-official-days.tsv",
              year, year)};
}

struct Counted {
  Date due;
  std::vector<HolidayPeriod> facts;
};

// 遇节假日顺延: `day`, or the first working day after it, on the official calendar, with the
// holidays it moved across as the facts used.
std::variant<Counted, ScheduleProblem> roll_past_days_off(Date day,
                                                          const ScheduleContext& context) {
  const OfficialCalendar& calendar = calendar_of(context);
  Date rolled = day;
  for (;;) {
    std::optional<bool> working = calendar.is_working_day(rolled);
    if (!working) {
      return unknown_year(year_of(rolled),
                          message("moving {} past days off needs the official working days of "
                                  "{}, which plancheck does not have",
                                  format_iso(day), year_of(rolled)));
    }
    if (*working) break;
    rolled += days{1};
  }
  return Counted{rolled, rolled == day ? std::vector<HolidayPeriod>{}
                                       : calendar.holidays_between(day, rolled)};
}

// `count` units after `from`. Working days are the official calendar's, with the holidays
// counted across as the facts used.
std::variant<Counted, ScheduleProblem> count_from(Date from, Period unit, int count,
                                                  const ScheduleContext& context) {
  if (unit != Period::working_day) return Counted{add_period(from, unit, count), {}};
  const OfficialCalendar& calendar = calendar_of(context);
  auto counted = calendar.add_working_days(from, count);
  if (auto* unknown = std::get_if<UnknownYear>(&counted)) {
    return unknown_year(
        unknown->year,
        message("counting {} working days from {} needs the official working days of {}, "
                "which plancheck does not have",
                count, format_iso(from), unknown->year));
  }
  Date due = std::get<Date>(counted);
  return Counted{due, calendar.holidays_between(from, due)};
}

std::variant<Schedule, ScheduleProblem> compile_from_event(const WhenExpr& expr,
                                                           const ScheduleContext& context,
                                                           std::string_view event_id) {
  std::string event = !expr.event.empty() ? expr.event : std::string(event_id);
  bool relative = expr.kind == TimingKind::relative;
  if (event.empty() && !(relative && context.anchor) && !context.events_may_wait) {
    return ScheduleProblem{relative ? message("a relative deadline needs the event it counts from")
                                    : message("an event window needs the event it belongs to"),
                           true};
  }
  if (!expr.event.empty() && !event_id.empty() && expr.event != event_id) {
    return ScheduleProblem{
        message("the phrase names event '{}' but `event:` says '{}'", expr.event, event_id)};
  }
  std::optional<EventSpan> span;
  if (!event.empty() && context.event_dates) span = context.event_dates(event);
  if (!relative) return unless_past_supported_days({EventWindow{event, span}, context.plan_year});
  std::optional<Date> from = event.empty() ? context.anchor : std::nullopt;
  if (span) from = span->start;
  std::optional<Date> due;
  std::vector<HolidayPeriod> facts;
  if (from) {
    auto counted = count_from(*from, expr.unit, expr.count, context);
    if (auto* problem = std::get_if<ScheduleProblem>(&counted)) return *problem;
    due = std::get<Counted>(counted).due;
    facts = std::move(std::get<Counted>(counted).facts);
    if (expr.rolls_past_days_off) {
      auto rolled = roll_past_days_off(*due, context);
      if (auto* problem = std::get_if<ScheduleProblem>(&rolled)) return *problem;
      due = std::get<Counted>(rolled).due;
      for (HolidayPeriod& fact : std::get<Counted>(rolled).facts) facts.push_back(std::move(fact));
    }
  }
  return unless_past_supported_days(
      {Relative{event, expr.count, expr.unit, from, due}, context.plan_year, std::move(facts)});
}

// The official days off of each holiday the phrase names: the next time each comes after
// the plan's issue (春节期间 in a plan issued in April 2017 is 2018's), from the plan
// year's schedule or the next one's. A deadline before a holiday wants one whose days off
// begin after the issue; a window, one not over by then.
std::variant<std::vector<HolidayPeriod>, ScheduleProblem> holiday_periods(
    const WhenExpr& expr, const ScheduleContext& context) {
  const OfficialCalendar& calendar = calendar_of(context);
  Date issued = context.issued == Date{} ? make_date(context.plan_year, 1, 1) : context.issued;
  std::vector<HolidayPeriod> periods;
  for (const std::string& name : expr.holidays) {
    std::optional<HolidayPeriod> found;
    for (int year : {year_of(issued), year_of(issued) + 1}) {
      if (!calendar.knows(year)) {
        return unknown_year(year,
                            message("the official days off of {} in {} are not known", name, year));
      }
      auto period = calendar.holiday(year, name);
      if (period && (expr.before_holiday ? period->first > issued : period->last >= issued)) {
        found = std::move(period);
        break;
      }
    }
    if (!found) {
      return ScheduleProblem{message("the official schedules of {} and {} give no days off for {}",
                                     year_of(issued), year_of(issued) + 1, name)};
    }
    periods.push_back(std::move(*found));
  }
  std::sort(periods.begin(), periods.end(),
            [](const HolidayPeriod& a, const HolidayPeriod& b) { return a.first < b.first; });
  return periods;
}

std::variant<Schedule, ScheduleProblem> compile_holidays(const WhenExpr& expr,
                                                         const ScheduleContext& context) {
  auto found = holiday_periods(expr, context);
  if (auto* problem = std::get_if<ScheduleProblem>(&found)) return *problem;
  auto& periods = std::get<std::vector<HolidayPeriod>>(found);
  Date first = periods.front().first;
  Date last = periods.back().last;
  if (expr.before_holiday) {
    return unless_past_supported_days(
        {Deadline{first - days{1}}, context.plan_year, std::move(periods)});
  }
  if (expr.after_holiday && expr.count == 0) {
    return unless_past_supported_days(
        {Start{last + days{1}}, context.plan_year, std::move(periods)});
  }
  if (expr.after_holiday) {
    // 国庆节后3个工作日内: counted from the last day off, as from an event's day.
    auto counted = count_from(last, expr.unit, expr.count, context);
    if (auto* problem = std::get_if<ScheduleProblem>(&counted)) return *problem;
    return unless_past_supported_days(
        {Deadline{std::get<Counted>(counted).due}, context.plan_year, std::move(periods)});
  }
  return unless_past_supported_days({Window{first, last}, context.plan_year, std::move(periods)});
}

std::variant<Schedule, ScheduleProblem> compile_dated(const WhenExpr& expr,
                                                      const ScheduleContext& context) {
  int year = context.plan_year;
  switch (expr.kind) {
    case TimingKind::deadline: {
      // “十·一”国庆节前: before a festival written as its date is the day before it.
      Date due = span_last_day(expr.from, year) - days{expr.before_holiday ? 1 : 0};
      if (expr.count > 0) {  // 2019年起三年内: the count from the first day, that day counted
        due = add_period(span_first_day(expr.from, year), expr.unit, expr.count) - days{1};
      }
      if (expr.rolls_past_days_off) {
        auto rolled = roll_past_days_off(due, context);
        if (auto* problem = std::get_if<ScheduleProblem>(&rolled)) return *problem;
        return unless_past_supported_days({Deadline{std::get<Counted>(rolled).due}, year,
                                           std::move(std::get<Counted>(rolled).facts)});
      }
      return unless_past_supported_days({Deadline{due}, year});
    }
    case TimingKind::start: {
      Date first = expr.at_issue       ? context.issued
                   : expr.starts_after ? span_last_day(expr.from, year) + days{1}
                                       : span_first_day(expr.from, year);
      return unless_past_supported_days({Start{first}, year});
    }
    case TimingKind::window: {
      Occurrence first = window_in_year(expr.from, expr.to, year);
      if (first.end < first.start) {
        return ScheduleProblem{message("the window ends before it starts")};
      }
      if (expr.listed_days && first.end != first.start + days{1}) {
        return ScheduleProblem{message("{} and {} are not two days running",
                                       format_iso(first.start), format_iso(first.end)),
                               false, message("give each day its own milestone")};
      }
      if (expr.yearly)
        return unless_past_supported_days({YearlyWindow{expr.from, expr.to, first}, year});
      return unless_past_supported_days({Window{first.start, first.end}, year});
    }
    case TimingKind::recurring: {
      Recurrence recurrence{expr.every, expr.every_count, expr.due};
      auto instances = recurrence_instances(recurrence, context.issued, year, calendar_of(context));
      if (auto* unknown = std::get_if<UnknownYear>(&instances)) {
        return unknown_year(unknown->year,
                            message("its due days are counted in working days of {}, which "
                                    "plancheck does not have",
                                    unknown->year));
      }
      return Schedule{Recurring{expr.every, expr.every_count, expr.due,
                                std::move(std::get<std::vector<Occurrence>>(instances))},
                      year};
    }
    case TimingKind::relative:
    case TimingKind::continuous:
      break;
  }
  return Schedule{Continuous{}, year};
}

// 采暖季, 汛前, 2023—2024年采暖季: the season's days in the plan's region, by the table of
// calendar/regional_seasons, with the regulation as the calendar fact used. Without a year,
// the season under way at the issue, or else the next to begin in the plan year.
std::variant<Schedule, ScheduleProblem> compile_season(const WhenExpr& expr,
                                                       const ScheduleContext& context) {
  std::optional<RegionalSeason> row = find_regional_season(context.region, expr.season);
  Message write_dates = message(
      "write its dates in brackets: {}（11月15日至次年3月15日）, or name the plan's "
      "region in plan.yaml (region: 北京市)",
      expr.season);
  if (!row) {
    return ScheduleProblem{
        context.region.empty()
            ? message("'{}' has the dates of a city's or province's own regulation, and the "
                      "plan names no region",
                      expr.season)
            : message("'{}' has the dates of a city's or province's own regulation, and "
                      "plancheck knows none for {}",
                      expr.season, context.region),
        false, write_dates};
  }
  if (!row->exists()) {
    return ScheduleProblem{message("{} has no {}: {}", row->region, expr.season, row->source),
                           false, message("write the dates the plan means in brackets")};
  }
  WhenExpr dated = expr;
  dated.season.clear();
  dated.from.first_month = row->first_month;
  dated.from.first_day = row->first_day;
  dated.from.last_month = row->first_month;
  dated.from.last_day = row->first_day;
  dated.to = DaySpan{
      dated.from.year, row->last_month, row->last_day, row->last_month, row->last_day, {}, false};
  bool runs_on = row->last_month < row->first_month;
  // 2023—2024年采暖季: written years are pinned, so the end's is the next.
  if (runs_on && dated.to.year.absolute) ++dated.to.year.value;
  if (!expr.yearly && !expr.from.year.absolute && runs_on && context.issued != Date{}) {
    // Issued in February, 采暖季 is the season under way, begun the year before.
    Occurrence before = window_in_year(dated.from, dated.to, context.plan_year - 1);
    if (before.start <= context.issued && context.issued <= before.end) {
      dated.from.year.value = dated.to.year.value = -1;
    }
  }
  Occurrence season = window_in_year(dated.from, dated.to, context.plan_year);
  HolidayPeriod fact{fmt::format("{}（{}）", expr.season, row->region),
                     season.start,
                     season.end,
                     {},
                     {std::string(row->source)},
                     false};
  if (expr.kind == TimingKind::deadline) {
    Date due = expr.before_holiday ? season.start - days{1} : season.end;
    return unless_past_supported_days({Deadline{due}, context.plan_year, {fact}});
  }
  if (expr.kind == TimingKind::start) {
    return unless_past_supported_days({Start{season.end + days{1}}, context.plan_year, {fact}});
  }
  if (expr.yearly) {
    return unless_past_supported_days(
        {YearlyWindow{dated.from, dated.to, season}, context.plan_year, {fact}});
  }
  return unless_past_supported_days({Window{season.start, season.end}, context.plan_year, {fact}});
}

}  // namespace

std::variant<Schedule, ScheduleProblem> compile_when(const WhenExpr& expr,
                                                     const ScheduleContext& context,
                                                     std::string_view event_id) {
  bool dated = expr.kind == TimingKind::deadline || expr.kind == TimingKind::window ||
               (expr.kind == TimingKind::start && !expr.at_issue);
  // A window that repeats every year cannot also be pinned to one year: it would have a
  // single occurrence that "repeats" in place.
  if (expr.yearly && (expr.from.year.absolute || expr.to.year.absolute)) {
    return ScheduleProblem{
        message("a window that repeats every year (每年…) cannot name a year; "
                "write its months and days only")};
  }
  // 遇节假日顺延 moves a due day: a day's deadline, a count's, each period's.
  bool has_due_day =
      (expr.kind == TimingKind::deadline && expr.holidays.empty() && expr.season.empty()) ||
      expr.kind == TimingKind::relative || expr.kind == TimingKind::recurring;
  if (expr.rolls_past_days_off && !has_due_day) {
    return ScheduleProblem{
        message("'顺延' moves a day that falls due, and this phrase has none plancheck moves"),
        false, message("write the day it falls due on")};
  }
  if (!expr.season.empty()) return compile_season(expr, context);
  // A holiday's 期间 is the milestone's event when it names one (the plan's own reading of
  // 春节期间); a deadline before a holiday never counts from an event.
  if (!expr.holidays.empty() && (expr.before_holiday || expr.after_holiday || event_id.empty())) {
    return compile_holidays(expr, context);
  }
  if (dated && !expr.event_span) {
    if (auto problem = check_span(expr.from, context.plan_year)) return *problem;
    if (expr.kind == TimingKind::window) {
      if (auto problem = check_span(expr.to, context.plan_year)) return *problem;
    }
  }
  if (counts_from_event(expr)) return compile_from_event(expr, context, event_id);
  return compile_dated(expr, context);
}

}  // namespace plancheck
