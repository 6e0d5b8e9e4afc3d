// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <unordered_set>

#include "model/model.h"
#include "model/unit_index.h"
#include "when/schedule.h"

namespace plancheck {

/// What a task file's own checks read besides the file itself: plan.yaml (outline, year,
/// issue date), events.yaml and the unit registry. Those three files are read first; every
/// task file is then checked against this, in parallel. The parse cache files each task
/// file's findings under the three files' contents too (checked_plan.cpp), so a change to
/// any of them makes every file be checked again.
class PlanContext {
 public:
  /// `plan` holds the three files' models; `units` is null when the registry could not be
  /// read or indexed cleanly (then no unit is checked).
  PlanContext(const Plan& plan, const UnitIndex* units);

  const Plan& plan() const { return plan_; }
  const UnitIndex* units() const { return units_; }
  const ScheduleContext& schedule_context() const { return schedule_; }

  /// Whether plan.yaml's outline has a heading with this id.
  bool has_heading(const std::string& id) const { return headings_.contains(id); }

  /// Whether task ids can be checked (plan.yaml's outline was read) and deadlines
  /// compiled (plan.yaml and events.yaml were read).
  bool ids_checkable() const { return plan_.meta_ok; }
  bool dates_compilable() const { return plan_.meta_ok && plan_.events_ok; }

 private:
  const Plan& plan_;
  const UnitIndex* units_;
  ScheduleContext schedule_;
  std::unordered_set<std::string> headings_;
};

/// The compile context of a plan: its year, issue date, event dates and official calendar
/// (null: the shipped one).
ScheduleContext make_schedule_context(const PlanMeta& meta, const std::vector<Event>& events,
                                      const OfficialCalendar* calendar);

}  // namespace plancheck
