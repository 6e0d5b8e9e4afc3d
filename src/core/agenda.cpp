// SPDX-License-Identifier: MIT
#include "core/agenda.h"

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
      if (!milestone.timing) continue;
      const Timing& timing = *milestone.timing;
      for (const Occurrence& occurrence : occurrences_between(timing, query.from, query.to)) {
        Date shown = timing.kind() == TimingKind::window ? std::max(occurrence.start, query.from)
                                                         : occurrence.due;
        if (timing.kind() == TimingKind::start) shown = occurrence.start;
        items.push_back({&task, &milestone, occurrence, false, shown});
      }
      if (!query.include_ongoing) continue;
      bool started_before =
          timing.kind() == TimingKind::start && timing.start && *timing.start < query.from;
      if (started_before) {
        items.push_back(
            {&task, &milestone, {*timing.start, *timing.start, *timing.start}, true, query.from});
      } else if (timing.kind() == TimingKind::continuous) {
        items.push_back({&task, &milestone, {query.from, query.to, query.to}, true, query.from});
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
