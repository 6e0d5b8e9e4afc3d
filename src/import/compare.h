// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "import/draft.h"
#include "model/model.h"
#include "text/message.h"
#include "when/schedule.h"

namespace plancheck {

/// How a fresh import differs from an existing, checked plan.
struct PlanComparison {
  std::vector<Message> differences;  ///< one line each, in task order
  std::size_t tasks_in_plan = 0;
  std::size_t ids_matched = 0;
  std::size_t units_equal = 0;  ///< tasks whose lead and responsible sets are equal
  std::size_t milestones_in_plan = 0;
  std::size_t milestones_equal = 0;  ///< plan milestones the import dates the same way
};

/// Compares by task id: unit sets (names compared after NFKC), and each milestone of the
/// plan against an unused milestone of the import with the same schedule (same kind and
/// dates; for phrases that wait on an event, the same offset from it, since an import
/// cannot know the event's date). `plan` must have been compiled (load_checked_plan).
PlanComparison compare_with_plan(const Draft& draft, const Plan& plan,
                                 const ScheduleContext& context);

}  // namespace plancheck
