// SPDX-License-Identifier: MIT
#include "core/checked_plan.h"

#include "core/plan_checks.h"
#include "core/plan_loader.h"

namespace plancheck {

CheckedPlan load_checked_plan(const std::string& dir, Diagnostics& diags, const ParseCache& cache) {
  CheckedPlan out;
  out.plan = std::make_unique<Plan>(load_plan_files(dir, diags, cache));
  Plan& plan = *out.plan;
  if (plan.meta_ok) check_ids(plan, diags);
  if (plan.events_ok) check_events(plan, diags);
  if (plan.registry_ok) {
    Diagnostics registry_diags;
    auto index = std::make_unique<UnitIndex>(UnitIndex::build(plan.registry, registry_diags));
    bool registry_clean = !registry_diags.has_errors();
    diags.append(std::move(registry_diags));
    if (registry_clean) {
      resolve_task_units(plan, *index, diags);
      out.units = std::move(index);
    }
  }
  if (plan.meta_ok && plan.events_ok) {
    compile_milestones(plan, diags);
    check_text_phrases(plan, diags);
    if (plan.progress_ok) check_progress(plan, out.units.get(), diags);
  }
  diags.sort();
  return out;
}

TimingContext timing_context(const Plan& plan) {
  TimingContext context;
  context.plan_year = plan.meta.year;
  context.issued = plan.meta.issued;
  context.event_dates = [&plan](std::string_view id) -> std::optional<EventSpan> {
    for (const Event& event : plan.events) {
      if (event.id.value != id) continue;
      if (event.date) return EventSpan{*event.date, *event.date};
      if (event.start && event.end) return EventSpan{*event.start, *event.end};
      return std::nullopt;
    }
    return std::nullopt;
  };
  return context;
}

}  // namespace plancheck
