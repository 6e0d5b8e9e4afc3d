// SPDX-License-Identifier: MIT
#pragma once

#include "load/plan_context.h"
#include "model/plan_files.h"
#include "source/diagnostics.h"

namespace plancheck {

/// Every check that needs one task file and the plan's context, and nothing of the other
/// task files: the section is in the outline and ids follow it in order; lead, responsible
/// and data-provider names resolve; every milestone's `when:` compiles (its schedule is set);
/// dates the text names have a milestone. Checks whose inputs could not be read are
/// skipped, so one run reports everything without cascades.
void check_task_file(TaskFile& file, const PlanContext& context, Diagnostics& diags);

}  // namespace plancheck
