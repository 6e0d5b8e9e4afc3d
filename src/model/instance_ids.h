// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/model.h"

namespace plancheck {

/// The id of one dated instance of a milestone: its own id, or for one that repeats
/// the id and the period: 3.3.1a@2017-07 (month), 2.2a@2017-Q2 (quarter),
/// 3.1.2b@2018 (a yearly window, by the year it starts), 2017-H1, or a week's or
/// day's due date.
std::string instance_id(const Milestone& milestone, const Occurrence& occurrence);
/// Whether a milestone has more than one instance (and so needs @period in progress).
bool repeats(const Milestone& milestone);

/// Milestones whose date waits on an event that has none yet.
std::vector<std::pair<const Task*, const Milestone*>> pending_milestones(const Plan& plan);
/// The milestone an instance id names, and whether the @period part names one of its
/// instances; an explanation when it does not.
struct InstanceLookup {
  const Task* task = nullptr;
  const Milestone* milestone = nullptr;
  Message error;
  Message help;
};
InstanceLookup find_instance(const Plan& plan, std::string_view id);

/// The widest span any instance can fall in: from 100 years before the plan year
/// to 100 after, which holds every real plan while keeping expansion bounded.
std::pair<Date, Date> plan_horizon(const Plan& plan);

}  // namespace plancheck
