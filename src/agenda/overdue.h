// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "agenda/instances.h"

namespace plancheck {

/// What `check` reports on a given day.
struct OverdueReport {
  Date today{};
  /// Instances due before today with no done record; a deadline is on time through
  /// its whole due day.
  std::vector<Instance> overdue;
  /// Milestones that cannot be late yet: the event they count from has no date.
  std::vector<std::pair<const Task*, const Milestone*>> pending;
};

OverdueReport find_overdue(const CheckedPlan& plan, Date today);

}  // namespace plancheck
