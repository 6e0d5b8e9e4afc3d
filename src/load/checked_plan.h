// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "load/parse_cache.h"
#include "model/model.h"
#include "model/unit_index.h"
#include "source/diagnostics.h"
#include "when/schedule.h"

namespace plancheck {

/// A plan loaded, checked and compiled: what every command works from.
struct CheckedPlan {
  std::unique_ptr<Plan> plan;
  std::unique_ptr<UnitIndex> units;  ///< null when units.yaml could not be read
};

/// Loads `dir` and runs every check. Each phase runs on what the one before it could
/// read, so one run reports everything without cascades (no unit errors when units.yaml
/// itself is broken). Throws IoError for a missing or unreadable directory.
CheckedPlan load_checked_plan(const std::string& dir, Diagnostics& diags,
                              const ParseCache& cache = ParseCache({}));

/// What a plan holds, for a summary line.
struct PlanCounts {
  std::size_t tasks = 0;
  std::size_t milestones = 0;
  std::size_t units = 0;
  std::size_t groups = 0;
  std::size_t events = 0;
};

/// What checking a plan leaves once its model is gone: the counts, and the files the
/// findings point into.
struct CheckedFiles {
  PlanCounts counts;
  std::vector<std::unique_ptr<SourceFile>> sources;
};

/// Runs every check load_checked_plan runs, with the same findings, but keeps no model:
/// what `validate` needs. A task file whose findings the cache holds for these bytes and
/// this plan.yaml, units.yaml and events.yaml is neither parsed nor checked again.
CheckedFiles check_plan_files(const std::string& dir, Diagnostics& diags,
                              const ParseCache& cache = ParseCache({}));

/// The compile context of a plan: its year, issue date and event dates.
ScheduleContext make_schedule_context(const Plan& plan);

}  // namespace plancheck
