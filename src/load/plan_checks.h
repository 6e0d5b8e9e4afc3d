// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "load/plan_context.h"
#include "model/model.h"
#include "model/task_digest.h"
#include "model/unit_index.h"
#include "source/diagnostics.h"

namespace plancheck {

// The checks that look across files. What one task file can be checked for on its own is
// in task_file_checks.h.

/// plan.yaml's outline: no heading twice, every heading under a heading.
void check_outline(const PlanContext& context, Diagnostics& diags);
/// Event ids are unique.
void check_events(const std::vector<Event>& events, Diagnostics& diags);
/// No section has two task files and no task id is defined twice, over all task files.
void check_ids_across_files(const std::vector<TaskFileDigest>& files, Diagnostics& diags);

/// Progress records name real milestones (and periods of repeating ones) once each,
/// done no earlier than the plan's issue, by a known unit (`units` may be null).
/// `plan.tasks` must hold at least every task with a milestone a record names.
void check_progress(const Plan& plan, const UnitIndex* units, Diagnostics& diags);

}  // namespace plancheck
