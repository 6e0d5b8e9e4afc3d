// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "calendar/dates.h"

namespace plancheck {

/// A day of the Chinese lunar calendar (农历): 正月初一 of the year that begins in 2017 is
/// {2017, 1, 1}; 腊月二十三 of that year is {2017, 12, 23}, in January 2018.
struct LunarDay {
  int year = 0;
  unsigned month = 1;       ///< 1..12: 正月 .. 腊月
  unsigned day = 1;         ///< 1..30: 初一 .. 三十
  bool leap_month = false;  ///< the month is a 闰月, the repeat of `month`
};

/// The lunar years liblunar-date's tables cover.
inline constexpr int kFirstLunarYear = 1901;
inline constexpr int kLastLunarYear = 2099;

/// The Gregorian day of a lunar day, from liblunar-date's tables (checked against
/// python3-lunardate for every year they cover, and against the notices). Nothing for a
/// day its month does not have (三十 of a 29-day month, a leap month the year lacks) or a
/// year outside the tables.
std::optional<Date> solar_day(const LunarDay& day);

/// 春节 (正月初一) of the lunar year that begins in Gregorian `year`.
std::optional<Date> spring_festival(int year);
/// 除夕: the last day of the twelfth month, the 29th or the 30th, the eve of 春节 of `year`.
std::optional<Date> new_years_eve(int year);

}  // namespace plancheck
