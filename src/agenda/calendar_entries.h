// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "load/checked_plan.h"

namespace plancheck {

/// One dated milestone with its instances in a range: what a calendar shows. A
/// repeating milestone is one entry (one calendar component with a recurrence rule).
struct CalendarEntry {
  const Task* task = nullptr;
  const Milestone* milestone = nullptr;
  std::vector<Occurrence> instances;  ///< in the range, in order
};

/// Every milestone with an instance in [from, to]; continuous and pending ones have
/// no date and are left out. In the order of their first instance.
std::vector<CalendarEntry> calendar_entries(const CheckedPlan& plan, Date from, Date to);

}  // namespace plancheck
