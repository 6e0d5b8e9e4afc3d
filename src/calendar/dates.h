// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "text/message.h"

namespace plancheck {

using Date = std::chrono::sys_days;

/// Strict YYYY-MM-DD with a real calendar day (2017-02-30 is not one), years 1000..9999.
std::optional<Date> parse_iso_date(std::string_view text);
/// Why parse_iso_date rejects a text: not YYYY-MM-DD at all, a year before 1000, or a
/// day the calendar does not have (2017-02-30).
enum class DateProblem { shape, range, day };
DateProblem iso_date_problem(std::string_view text);
/// The problem as the end of a message: "is not a date: no such day".
Message describe(DateProblem problem);
std::string format_iso(Date date);

/// The one range of days plancheck reads, computes and writes: what YYYY-MM-DD can say.
/// A date computed past it (an event on 9999-12-01 plus a month) is an error where it is
/// written, never a year 10000 in the output (#14).
inline constexpr Date kFirstSupportedDay{std::chrono::year{1000} / 1 / 1};
inline constexpr Date kLastSupportedDay{std::chrono::year{9999} / 12 / 31};
inline bool is_supported(Date date) {
  return date >= kFirstSupportedDay && date <= kLastSupportedDay;
}

Date make_date(int year, unsigned month, unsigned day);
Date last_day_of_month(int year, unsigned month);
/// Adds calendar months; a day past the target month's end clamps to it (01-31 + 1 = 02-28).
Date add_months_clamped(Date date, int months);
int year_of(Date date);
unsigned month_of(Date date);
unsigned day_of(Date date);
/// 1..4
unsigned quarter_of(Date date);

}  // namespace plancheck
