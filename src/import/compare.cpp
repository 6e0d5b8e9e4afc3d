// SPDX-License-Identifier: MIT
#include "import/compare.h"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <set>

#include "text/utf8.h"
#include "when/schedule.h"
#include "when/when_expr.h"

namespace plancheck {
namespace {

std::optional<Schedule> compile(const std::string& when, const ScheduleContext& context,
                                bool has_event) {
  WhenParse parsed = parse_when(when);
  const auto* expr = std::get_if<WhenExpr>(&parsed);
  if (!expr) return std::nullopt;
  auto compiled = compile_when(*expr, context, has_event ? "draft" : "");
  if (auto* schedule = std::get_if<Schedule>(&compiled)) return *schedule;
  return std::nullopt;
}

std::set<std::string> names(const std::vector<UnitRef>& refs) {
  std::set<std::string> out;
  for (const UnitRef& ref : refs) out.insert(nfkc(ref.written.value));
  return out;
}

std::set<std::string> names(const std::vector<DraftUnit>& units) {
  std::set<std::string> out;
  for (const DraftUnit& unit : units) out.insert(nfkc(unit.written));
  return out;
}

std::string joined(const std::set<std::string>& set) {
  return fmt::format("[{}]", fmt::join(set, ", "));
}

}  // namespace

PlanComparison compare_with_plan(const Draft& draft, const Plan& plan,
                                 const ScheduleContext& context) {
  PlanComparison out;
  std::map<std::string, const DraftTask*> imported;
  for (const DraftTask& task : draft.tasks) imported.emplace(task.id, &task);
  std::set<std::string> in_plan;
  ScheduleContext pending = context;
  pending.event_dates = [](std::string_view) { return std::optional<EventSpan>(); };
  for (const Task& task : plan.tasks) {
    ++out.tasks_in_plan;
    out.milestones_in_plan += task.milestones.size();
    in_plan.insert(task.id.value);
    auto found = imported.find(task.id.value);
    if (found == imported.end()) {
      out.differences.push_back(message("{}: in the plan, not in the import", task.id.value));
      continue;
    }
    ++out.ids_matched;
    const DraftTask& fresh = *found->second;
    bool units_same = true;
    auto check_role = [&](Term role, const std::set<std::string>& had,
                          const std::set<std::string>& now) {
      if (had == now) return;
      units_same = false;
      out.differences.push_back(message("{}: {} {} in the plan, {} in the import", task.id.value,
                                        role, joined(had), joined(now)));
    };
    check_role(term("lead"), names(task.lead), names(fresh.lead));
    check_role(term("responsible"), names(task.responsible), names(fresh.responsible));
    if (units_same) ++out.units_equal;
    if (nfkc(task.text.value) != nfkc(fresh.text)) {
      out.differences.push_back(message("{}: text differs", task.id.value));
    }
    std::vector<std::optional<Schedule>> fresh_schedules;
    for (const DraftMilestone& m : fresh.milestones) {
      fresh_schedules.push_back(compile(m.when, pending, !m.event.empty()));
    }
    std::vector<bool> used(fresh_schedules.size(), false);
    for (const Milestone& m : task.milestones) {
      bool matched = false;
      if (m.schedule) {
        for (std::size_t i = 0; i < fresh_schedules.size() && !matched; ++i) {
          if (used[i] || !fresh_schedules[i] || !m.schedule->same_as(*fresh_schedules[i])) continue;
          used[i] = matched = true;
        }
      }
      if (matched) {
        ++out.milestones_equal;
      } else {
        out.differences.push_back(
            message("{}: milestone {} ('{}') has no milestone with that date in the import",
                    task.id.value, m.id, m.when.value));
      }
    }
    for (std::size_t i = 0; i < used.size(); ++i) {
      if (!used[i]) {
        out.differences.push_back(message("{}: the import adds a milestone '{}'", task.id.value,
                                          fresh.milestones[i].when));
      }
    }
  }
  for (const DraftTask& task : draft.tasks) {
    if (!in_plan.contains(task.id)) {
      out.differences.push_back(message("{}: in the import, not in the plan", task.id));
    }
  }
  return out;
}

}  // namespace plancheck
