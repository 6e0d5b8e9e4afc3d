// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "agenda/calendar_entries.h"

namespace plancheck {

/// The last day libical writes: it turns a later date into 00000000T000000.
inline constexpr Date kLastIcalDay{std::chrono::year{3000} / 12 / 31};

struct IcalOptions {
  int alarm_days = 0;  ///< a reminder this many days before; 0 for none
  Date stamp{};        ///< DTSTAMP: the day the calendar was made
};

/// RFC 5545 iCalendar written with libical: a deadline is an all-day VTODO with DUE; a
/// start, a window or a recurring item is an all-day VEVENT; recurring items carry an
/// RRULE (month ends as BYMONTHDAY=-1), and a yearly window whose length changes (a
/// February end in leap years) gets an override for that year. UIDs are stable, so a
/// re-import updates instead of duplicating.
std::string render_ical(const CheckedPlan& plan, const std::vector<CalendarEntry>& entries,
                        const IcalOptions& options);

}  // namespace plancheck
