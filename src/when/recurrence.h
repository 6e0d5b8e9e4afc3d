// SPDX-License-Identifier: MIT
#pragma once

#include <variant>
#include <vector>

#include "calendar/dates.h"
#include "calendar/official_calendar.h"
#include "when/schedule.h"
#include "when/when_expr.h"

namespace plancheck {

/// How an item recurs: every `count` `every`s (每两个月: 2 months, from January), due as
/// `due` says in each.
struct Recurrence {
  Period every = Period::none;
  int count = 1;
  DueRule due;
  bool operator==(const Recurrence&) const = default;
};

/// The instances of a recurring item: each period from the one the plan was issued in to the
/// end of the plan year, falling due on the day `due` gives. A period whose due day comes
/// before the issue is not one of them; a weekly item starts with the first whole week after
/// the issue. A due rule in working days needs the official calendar of each year it reaches.
std::variant<std::vector<Occurrence>, UnknownYear> recurrence_instances(
    const Recurrence& recurrence, Date issued, int plan_year, const OfficialCalendar& calendar);

}  // namespace plancheck
