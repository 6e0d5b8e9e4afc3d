// SPDX-License-Identifier: MIT
#pragma once

#include "load/plan_context.h"
#include "model/plan_files.h"
#include "source/diagnostics.h"

namespace plancheck {

/// What a task file's words mean in the plan's context, written into its model: each lead,
/// responsible and data-provider name resolved to a unit or group (UnitRef::target), and
/// each milestone's `when:` compiled to a Schedule. What does not resolve or compile is
/// reported and left unset, so the checks after it skip it instead of cascading.
void resolve_task_file(TaskFile& file, const PlanContext& context, Diagnostics& diags);

}  // namespace plancheck
