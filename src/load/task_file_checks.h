// SPDX-License-Identifier: MIT
#pragma once

#include "load/plan_context.h"
#include "model/plan_files.h"
#include "source/diagnostics.h"

namespace plancheck {

/// Every check that needs one resolved task file (resolve_task_file) and the plan's
/// context, and nothing of the other task files: the section is in the outline and ids
/// follow it in order; dates the text names have a milestone. It only reads the model.
/// Checks whose inputs could not be read are skipped, so one run reports everything
/// without cascades.
void check_task_file(const TaskFile& file, const PlanContext& context, Diagnostics& diags);

}  // namespace plancheck
