// SPDX-License-Identifier: MIT
#include "load/plan_context.h"

namespace plancheck {

PlanContext::PlanContext(const Plan& plan, const UnitIndex* units)
    : plan_(plan),
      units_(units),
      schedule_(make_schedule_context(plan.meta, plan.events, plan.calendar.get())) {
  headings_.reserve(plan.meta.outline.size());
  for (const OutlineEntry& entry : plan.meta.outline) headings_.insert(entry.id.value);
}

ScheduleContext make_schedule_context(const PlanMeta& meta, const std::vector<Event>& events,
                                      const OfficialCalendar* calendar) {
  ScheduleContext context;
  context.calendar = calendar;
  context.plan_year = meta.year;
  context.issued = meta.issued;
  // A plan applies where it is issued unless it says otherwise: 成都市青白江区人民政府办公室.
  context.region = meta.region.empty() ? meta.issuer : meta.region;
  context.event_dates = [&events](std::string_view id) -> std::optional<EventSpan> {
    for (const Event& event : events) {
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
