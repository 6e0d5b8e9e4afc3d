// SPDX-License-Identifier: MIT
#include "when/recurrence.h"

#include <algorithm>

namespace plancheck {
namespace {

using std::chrono::days;
using std::chrono::Monday;
using std::chrono::weekday;

// The period containing `date`: a run of `count` periods, counted from January for those of
// months (每两个月: January–February, March–April …) and from a Monday for weeks.
Occurrence period_at(Date date, Period every, int count) {
  if (every == Period::day) return {date, date, date};
  if (every == Period::week) {
    Date monday = date - (weekday{date} - Monday);
    Date end = monday + days{7 * count - 1};
    return {monday, end, end};
  }
  int months = period_months(every) * count;
  if (months == 0) months = 12;
  int year = year_of(date);
  int first = (static_cast<int>(month_of(date)) - 1) / months * months;  // months since January
  Date start = make_date(year, static_cast<unsigned>(first + 1), 1);
  Date end = add_months_clamped(start, months) - days{1};
  return {start, end, end};
}

// The day `rule` names in `period`: nothing when the period has no such day (a week of days
// off has no last working day); an UnknownYear when it counts working days in a year the
// calendar lacks.
std::variant<std::optional<Date>, UnknownYear> due_in(const Occurrence& period, const DueRule& rule,
                                                      const OfficialCalendar& calendar) {
  // A working day of the period, or of its month `rule.month` (首月5个工作日内).
  Date base = rule.month != 0 ? add_months_clamped(period.start, static_cast<int>(rule.month) - 1)
                              : period.start;
  Date base_month_end = last_day_of_month(year_of(base), month_of(base));
  auto counted = [&](Date from, int count) -> std::variant<std::optional<Date>, UnknownYear> {
    auto day = calendar.add_working_days(from, count);
    if (auto* unknown = std::get_if<UnknownYear>(&day)) return *unknown;
    return std::get<Date>(day);
  };
  if (rule.working_day > 0) return counted(base - days{1}, rule.working_day);
  if (rule.working_day < 0) {
    Date last = rule.month != 0 ? base_month_end : period.end;
    for (Date day = last; day >= base; day -= days{1}) {
      std::optional<bool> working = calendar.is_working_day(day);
      if (!working) return UnknownYear{year_of(day)};
      if (*working) return day;
    }
    return std::nullopt;
  }
  if (rule.weekday >= 0 && rule.nth > 0) {  // 每月第一个星期一
    Date first = base + (weekday{static_cast<unsigned>(rule.weekday)} - weekday{base});
    Date nth = first + days{7 * (rule.nth - 1)};
    if (month_of(nth) != month_of(base)) return std::nullopt;  // no fifth Monday this month
    return nth;
  }
  if (rule.weekday >= 0 && rule.nth < 0) {  // 每月最后一个星期五
    return base_month_end -
           (weekday{base_month_end} - weekday{static_cast<unsigned>(rule.weekday)});
  }
  if (rule.month != 0) {
    unsigned last = day_of(base_month_end);
    return make_date(year_of(base), month_of(base),
                     rule.day == 0 ? last : std::min(rule.day, last));
  }
  if (rule.weekday >= 0) {
    return period.start + (weekday{static_cast<unsigned>(rule.weekday)} - Monday);
  }
  if (rule.after_end != 0) {
    if (rule.after_unit == Period::month) {  // 结束后一个月内: to that month's end
      Date month = add_months_clamped(period.end + days{1}, rule.after_end - 1);
      return last_day_of_month(year_of(month), month_of(month));
    }
    if (rule.after_unit != Period::working_day) return period.end + days{rule.after_end};
    return counted(period.end, rule.after_end);
  }
  return period.end;
}

}  // namespace

std::variant<std::vector<Occurrence>, UnknownYear> recurrence_instances(
    const Recurrence& recurrence, Date issued, int plan_year, const OfficialCalendar& calendar) {
  int count = std::max(recurrence.count, 1);
  Occurrence period = period_at(issued, recurrence.every, count);
  auto next = [&](const Occurrence& p) {
    return period_at(p.end + days{1}, recurrence.every, count);
  };
  if (recurrence.every == Period::week && period.start < issued) {
    // The first whole week after the issue starts the first run of weeks (每两周).
    Date monday = period.start + days{7};
    period = {monday, monday + days{7 * count - 1}, monday + days{7 * count - 1}};
  }
  Date plan_end = make_date(plan_year, 12, 31);
  std::vector<Occurrence> out;
  // A daily item in a plan issued on 1 January has 365; nothing recurs more often.
  while (period.start <= plan_end && out.size() < 400) {
    auto due = due_in(period, recurrence.due, calendar);
    if (auto* unknown = std::get_if<UnknownYear>(&due)) return *unknown;
    std::optional<Date> day = std::get<std::optional<Date>>(due);
    // 每月10日前（遇节假日顺延）: a due day off moves to the next working day.
    while (day && recurrence.due.rolls_past_days_off) {
      std::optional<bool> working = calendar.is_working_day(*day);
      if (!working) return UnknownYear{year_of(*day)};
      if (*working) break;
      *day += days{1};
    }
    Occurrence instance = period;
    if (day) instance.due = *day;
    if (day && instance.due >= issued) out.push_back(instance);
    period = next(period);
  }
  return out;
}

}  // namespace plancheck
