// SPDX-License-Identifier: MIT
#include "calendar/lunar.h"

#include "calendar/lunar_table.h"

namespace plancheck {

std::optional<Date> solar_day(const LunarDay& day) {
  if (day.year < kFirstLunarYear || day.year > kLastLunarYear || day.month < 1 || day.month > 12 ||
      day.day < 1 || day.day > 30) {
    return std::nullopt;
  }
  const LunarYear& year = kLunarYears[day.year - kFirstLunarYear];
  if (day.leap_month && year.leap_month != day.month) return std::nullopt;
  // The month's place in the year: a leap month comes after the month it repeats.
  unsigned index = day.month - 1 + (year.leap_month != 0 && year.leap_month < day.month) +
                   (day.leap_month ? 1 : 0);
  long days = year.first_day;
  for (unsigned i = 0; i < index; ++i) days += (year.long_months >> i & 1u) ? 30 : 29;
  unsigned length = (year.long_months >> index & 1u) ? 30 : 29;
  if (day.day > length) return std::nullopt;
  return Date{std::chrono::days{days + static_cast<long>(day.day) - 1}};
}

std::optional<Date> spring_festival(int year) { return solar_day({year, 1, 1, false}); }

std::optional<Date> new_years_eve(int year) {
  std::optional<Date> first = spring_festival(year);
  if (!first) return std::nullopt;
  return *first - std::chrono::days{1};
}

}  // namespace plancheck
