// SPDX-License-Identifier: MIT
#include "agenda/instances.h"

#include <algorithm>
#include <unordered_map>

namespace plancheck {

std::vector<Instance> instances_between(const CheckedPlan& checked, Date from, Date to) {
  const Plan& plan = *checked.plan;
  std::unordered_map<std::string, const ProgressRecord*> done;
  for (const ProgressRecord& record : plan.progress) done.emplace(record.milestone.value, &record);
  std::vector<Instance> out;
  for (const Task& task : plan.tasks) {
    for (const Milestone& milestone : task.milestones) {
      if (!milestone.schedule) continue;
      for (const Occurrence& o : milestone.schedule->occurrences_between(from, to)) {
        // A window counts once, by the day it is due.
        if (o.due < from || o.due > to) continue;
        Instance instance{{&task, &milestone, o}, instance_id(milestone, o), nullptr};
        if (auto it = done.find(instance.id); it != done.end()) instance.record = it->second;
        out.push_back(std::move(instance));
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Instance& a, const Instance& b) {
    return a.occurrence.due < b.occurrence.due;
  });
  return out;
}

}  // namespace plancheck
