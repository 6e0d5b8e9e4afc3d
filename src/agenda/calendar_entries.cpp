// SPDX-License-Identifier: MIT
#include "agenda/calendar_entries.h"

#include <algorithm>

namespace plancheck {

std::vector<CalendarEntry> calendar_entries(const CheckedPlan& checked, Date from, Date to) {
  std::vector<CalendarEntry> out;
  for (const Task& task : checked.plan->tasks) {
    for (const Milestone& milestone : task.milestones) {
      if (!milestone.schedule) continue;
      auto instances = milestone.schedule->occurrences_between(from, to);
      if (instances.empty()) continue;
      out.push_back(CalendarEntry{&task, &milestone, std::move(instances)});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const CalendarEntry& a, const CalendarEntry& b) {
    return a.instances.front().start < b.instances.front().start;
  });
  return out;
}

}  // namespace plancheck
