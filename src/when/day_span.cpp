// SPDX-License-Identifier: MIT
#include "when/day_span.h"

#include "calendar/lunar.h"

namespace plancheck {

int resolve_year(YearRef year, int plan_year) {
  return year.absolute ? year.value : plan_year + year.value;
}

std::optional<Date> day_in(int year, unsigned month, unsigned day) {
  if (day == 0) return last_day_of_month(year, month);
  std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                  std::chrono::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

std::optional<Date> lunar_day_of_year(int lunar_year, unsigned month, unsigned day) {
  if (day != 0) return solar_day({lunar_year, month, day});
  if (auto thirtieth = solar_day({lunar_year, month, 30})) return thirtieth;
  return solar_day({lunar_year, month, 29});
}

int lunar_year_of(int year, unsigned month) { return month == 12 ? year - 1 : year; }

std::optional<Date> span_day(const DaySpan& span, int year, unsigned month, unsigned day) {
  if (!span.lunar) return day_in(year, month, day);
  return lunar_day_of_year(lunar_year_of(year, month), month, day);
}

Date span_first_day(const DaySpan& span, int plan_year) {
  return *span_day(span, resolve_year(span.year, plan_year), span.first_month, span.first_day);
}

Date span_last_day(const DaySpan& span, int plan_year) {
  int year = resolve_year(span.has_last_year ? span.last_year : span.year, plan_year);
  return *span_day(span, year, span.last_month, span.last_day);
}

Occurrence window_in_year(const DaySpan& from, const DaySpan& to, int year) {
  Date start = span_first_day(from, year);
  Date end = span_last_day(to, year);
  if (end < start && !to.year.absolute) end = span_last_day(to, year + 1);
  return {start, end, end};
}

}  // namespace plancheck
