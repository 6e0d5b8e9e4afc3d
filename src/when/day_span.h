// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "calendar/dates.h"
#include "when/schedule.h"
#include "when/when_expr.h"

namespace plancheck {

/// The year a phrase names, in a given plan year.
int resolve_year(YearRef year, int plan_year);
/// A day in a month; day 0 is the month's last day. Nothing when the day does not exist.
std::optional<Date> day_in(int year, unsigned month, unsigned day);
/// The same for a span's calendar: a lunar span's month and day in plan year `year` (see
/// DaySpan::lunar). Nothing when the day does not exist or the lunar tables lack the year.
std::optional<Date> span_day(const DaySpan& span, int year, unsigned month, unsigned day);
/// The lunar year a lunar month of plan year `year` is in: 腊月 is the one before that
/// year's 春节, every other month is of the lunar year that begins in it (DaySpan::lunar).
int lunar_year_of(int year, unsigned month);
/// A day of lunar year `lunar_year` (day 0: the month's last). Nothing when it does not exist.
std::optional<Date> lunar_day_of_year(int lunar_year, unsigned month, unsigned day);
/// The first and last day of a span in a given plan year (day 0 = month's end). The span's
/// days must exist in that year.
Date span_first_day(const DaySpan& span, int plan_year);
Date span_last_day(const DaySpan& span, int plan_year);
/// A window of `from`'s first day to `to`'s last day in `year`; one whose end comes before
/// its start runs into the next year.
Occurrence window_in_year(const DaySpan& from, const DaySpan& to, int year);

}  // namespace plancheck
