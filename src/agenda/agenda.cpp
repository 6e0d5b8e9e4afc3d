// SPDX-License-Identifier: MIT
#include "agenda/agenda.h"

#include <algorithm>

namespace plancheck {

bool task_concerns(const Task& task, const UnitIndex& units, UnitTarget unit) {
  auto any = [&](const std::vector<UnitRef>& refs) {
    return std::any_of(refs.begin(), refs.end(),
                       [&](const UnitRef& ref) { return units.concerns(ref.target, unit); });
  };
  return any(task.lead) || any(task.responsible) || any(task.data_provider);
}

std::vector<AgendaItem> agenda(const CheckedPlan& checked, const AgendaQuery& query) {
  std::vector<AgendaItem> items;
  for (const Task& task : checked.plan->tasks) {
    if (query.unit && (!checked.units || !task_concerns(task, *checked.units, *query.unit))) {
      continue;
    }
    for (const Milestone& milestone : task.milestones) {
      if (!milestone.schedule) continue;
      const Schedule& schedule = *milestone.schedule;
      for (const Occurrence& occurrence : schedule.occurrences_between(query.from, query.to)) {
        items.push_back(
            {{&task, &milestone, occurrence}, false, schedule.shown_day(occurrence, query.from)});
      }
      if (!query.include_ongoing) continue;
      if (auto ongoing = schedule.ongoing(query.from, query.to)) {
        items.push_back({{&task, &milestone, *ongoing}, true, query.from});
      }
    }
  }
  // Tasks are in document order already; a stable sort keeps it among equal dates.
  std::stable_sort(items.begin(), items.end(), [](const AgendaItem& a, const AgendaItem& b) {
    return std::make_pair(a.ongoing, a.sort_date) < std::make_pair(b.ongoing, b.sort_date);
  });
  return items;
}

}  // namespace plancheck
