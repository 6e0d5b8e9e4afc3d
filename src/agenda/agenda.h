// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "agenda/dated_item.h"
#include "load/checked_plan.h"

namespace plancheck {

/// One milestone instance in a date range: what the listing commands print.
struct AgendaItem : DatedItem {
  /// Already running when the range begins (a start before it, or a continuous duty);
  /// listed only when asked for.
  bool ongoing = false;
  Date sort_date{};
};

struct AgendaQuery {
  Date from{};
  Date to{};
  bool include_ongoing = false;
  std::optional<UnitTarget> unit;  ///< only tasks this unit leads or shares
};

/// Deadlines and starts dated in [from, to], windows overlapping it, recurring
/// occurrences due in it; sorted by date, then by the plan's order.
std::vector<AgendaItem> agenda(const CheckedPlan& plan, const AgendaQuery& query);

/// Whether `unit` leads or shares `task` (directly, through a group, or as host).
bool task_concerns(const Task& task, const UnitIndex& units, UnitTarget unit);

}  // namespace plancheck
