// SPDX-License-Identifier: MIT
#include "model/instance_ids.h"

#include <fmt/format.h>

#include <algorithm>

namespace plancheck {

bool repeats(const Milestone& milestone) {
  return milestone.schedule && milestone.schedule->repeats();
}

std::string instance_id(const Milestone& milestone, const Occurrence& o) {
  if (!milestone.schedule) return milestone.id;
  return milestone.schedule->instance_id(milestone.id, o);
}

std::pair<Date, Date> plan_horizon(const Plan& plan) {
  return {make_date(plan.meta.year - 100, 1, 1), make_date(plan.meta.year + 100, 12, 31)};
}

std::vector<std::pair<const Task*, const Milestone*>> pending_milestones(const Plan& plan) {
  std::vector<std::pair<const Task*, const Milestone*>> out;
  for (const Task& task : plan.tasks) {
    for (const Milestone& milestone : task.milestones) {
      if (milestone.schedule && milestone.schedule->pending()) out.emplace_back(&task, &milestone);
    }
  }
  return out;
}

InstanceLookup find_instance(const Plan& plan, std::string_view id) {
  std::size_t at = id.find('@');
  std::string_view milestone_part = id.substr(0, at);
  InstanceLookup out;
  for (const Task& task : plan.tasks) {
    for (const Milestone& milestone : task.milestones) {
      if (milestone.id == milestone_part) {
        out.task = &task;
        out.milestone = &milestone;
      }
    }
  }
  if (!out.milestone) {
    out.error = message("no milestone '{}' in the plan", milestone_part);
    out.help = message("milestone ids are the task id and a letter: 3.1.1a");
    return out;
  }
  if (!out.milestone->schedule) return out;  // its own error is reported where it is written
  if (!repeats(*out.milestone)) {
    if (at != std::string_view::npos) {
      out.error = message("'{}' happens once; write it without '@'", milestone_part);
    }
    return out;
  }
  auto [from, to] = plan_horizon(plan);
  std::vector<Occurrence> all = out.milestone->schedule->occurrences_between(from, to);
  if (at == std::string_view::npos) {
    out.error = message("'{}' repeats; say which time with '@'", milestone_part);
    if (!all.empty()) out.help = message("for example '{}'", instance_id(*out.milestone, all[0]));
    return out;
  }
  bool found = std::any_of(all.begin(), all.end(), [&](const Occurrence& o) {
    return instance_id(*out.milestone, o) == id;
  });
  if (!found) {
    out.error = message("'{}' is not one of the times '{}' falls due", id, milestone_part);
    if (!all.empty()) {
      out.help = message("they run from '{}' to '{}'", instance_id(*out.milestone, all.front()),
                         instance_id(*out.milestone, all.back()));
    }
  }
  return out;
}

}  // namespace plancheck
