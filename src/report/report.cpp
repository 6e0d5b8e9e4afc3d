// SPDX-License-Identifier: MIT
#include "report/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "agenda/instances.h"
#include "model/task_ids.h"
#include "text/enum_labels.h"

namespace plancheck {
namespace {

using std::chrono::days;

std::string heading_of(const Plan& plan, const Task& task) {
  std::string parent = parent_id(task.id.value);
  for (const std::string& id : {parent, task.section}) {
    for (const OutlineEntry& entry : plan.meta.outline) {
      if (entry.id.value == id) return fmt::format("{} {}", id, entry.title);
    }
  }
  return task.section;
}

class RowBuilder {
 public:
  RowBuilder(const CheckedPlan& plan, Date today, int year)
      : plan_(plan), today_(today), year_(year) {
    auto [from, to] = plan_horizon(*plan.plan);
    (void)to;
    // Every instance up to the end of the timeline's year, each with its done record.
    for (Instance& i : instances_between(plan, from, make_date(year + 1, 12, 31))) {
      by_milestone_[i.milestone].push_back(std::move(i));
    }
  }

  ReportRow row(const Task& task) const {
    ReportRow row;
    row.task = &task;
    row.section = heading_of(*plan_.plan, task);
    bool any_dated = false, any_late = false, any_ahead = false, any_pending = false;
    for (const Milestone& m : task.milestones) {
      if (m.schedule && m.schedule->pending()) any_pending = true;
      auto it = by_milestone_.find(&m);
      if (it == by_milestone_.end()) continue;
      for (const Instance& i : it->second) {
        any_dated = true;
        Date due = i.occurrence.due;
        if (!row.first_date || due < *row.first_date) row.first_date = due;
        bool late = !i.record && due < today_;
        any_late |= late;
        any_ahead |= !i.record && due >= today_;
        if (i.occurrence.end >= make_date(year_, 1, 1) &&
            i.occurrence.start <= make_date(year_, 12, 31)) {
          row.marks.push_back(TimelineMark{m.schedule->shape(), m.schedule->periodic(),
                                           i.occurrence.start, i.occurrence.end, late,
                                           i.record != nullptr});
        }
      }
    }
    row.state = any_late      ? TaskState::overdue
                : any_ahead   ? TaskState::open
                : any_dated   ? TaskState::done
                : any_pending ? TaskState::pending
                              : TaskState::continuous;
    return row;
  }

 private:
  const CheckedPlan& plan_;
  Date today_;
  int year_;
  std::unordered_map<const Milestone*, std::vector<Instance>> by_milestone_;
};

// The name that brought a task to `unit` among `refs`, or nothing when none did.
std::optional<std::string> reach(const UnitIndex& units, const std::vector<UnitRef>& refs,
                                 UnitTarget unit) {
  for (const UnitRef& ref : refs) {
    if (ref.target.kind == unit.kind && ref.target.index == unit.index) return std::string();
  }
  for (const UnitRef& ref : refs) {
    if (units.concerns(ref.target, unit)) return units.via(ref.target, unit);
  }
  return std::nullopt;
}

void sort_by_date(std::vector<ReportRow>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const ReportRow& a, const ReportRow& b) {
    // Dated tasks first, earliest first; standing duties after, in document order.
    return std::make_pair(!a.first_date, a.first_date.value_or(Date{})) <
           std::make_pair(!b.first_date, b.first_date.value_or(Date{}));
  });
}

UnitSection unit_section(const CheckedPlan& plan, const std::vector<ReportRow>& rows,
                         UnitTarget unit) {
  const UnitIndex& units = *plan.units;
  UnitSection section;
  section.unit = unit;
  section.name = units.name_of(unit);
  if (unit.kind == UnitTarget::Kind::unit) {
    const Unit& u = plan.plan->registry.units[unit.index];
    section.full_name = u.full_name;
    if (u.hosted_by) section.host = u.hosted_by->value;
  }
  for (const ReportRow& row : rows) {
    if (auto via = reach(units, row.task->lead, unit)) {
      section.lead.push_back(row);
      section.lead.back().via = *via;
    } else if (auto via_r = reach(units, row.task->responsible, unit)) {
      section.responsible.push_back(row);
      section.responsible.back().via = *via_r;
    }
  }
  sort_by_date(section.lead);
  sort_by_date(section.responsible);
  return section;
}

}  // namespace

Report build_report(const CheckedPlan& plan, const ReportQuery& query) {
  Report report;
  report.plan = &plan;
  report.today = query.today;
  report.year = plan.plan->meta.year;
  RowBuilder builder(plan, query.today, report.year);
  for (const Task& task : plan.plan->tasks) report.rows.push_back(builder.row(task));
  if (query.unit && plan.units) {
    report.units.push_back(unit_section(plan, report.rows, *query.unit));
  } else if (query.all_units && plan.units) {
    const Registry& registry = plan.plan->registry;
    for (std::size_t i = 0; i < registry.units.size(); ++i) {
      UnitSection s = unit_section(plan, report.rows, UnitTarget{UnitTarget::Kind::unit, i});
      if (!s.lead.empty() || !s.responsible.empty()) report.units.push_back(std::move(s));
    }
    for (std::size_t i = 0; i < registry.groups.size(); ++i) {
      if (registry.groups[i].members_known) continue;  // its members have their own sections
      UnitSection s = unit_section(plan, report.rows, UnitTarget{UnitTarget::Kind::group, i});
      if (!s.lead.empty() || !s.responsible.empty()) report.units.push_back(std::move(s));
    }
  }
  return report;
}

std::string_view task_state_name(TaskState state) {
  // In the order of TaskState's enumerators.
  constexpr std::array<std::string_view, 5> kNames = {"done", "overdue", "open", "continuous",
                                                      "pending"};
  return enum_label(kNames, state);
}

}  // namespace plancheck
