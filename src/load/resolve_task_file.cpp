// SPDX-License-Identifier: MIT
#include "load/resolve_task_file.h"

#include <algorithm>
#include <unordered_map>

#include "when/schedule.h"
#include "yaml/scalar_places.h"

namespace plancheck {
namespace {

std::vector<UnitRef>* role_list(Task& task, int role) {
  return role == 0 ? &task.lead : role == 1 ? &task.responsible : &task.data_provider;
}

void resolve_task_units(std::vector<Task>& tasks, const UnitIndex& units, Diagnostics& diags) {
  // A plan names a few dozen units thousands of times; each is normalised once.
  std::unordered_map<std::string_view, UnitIndex::Resolution> known;
  auto resolve = [&](std::string_view written) -> const UnitIndex::Resolution& {
    auto it = known.find(written);
    if (it == known.end()) it = known.emplace(written, units.resolve(written)).first;
    return it->second;
  };
  for (Task& task : tasks) {
    for (int role = 0; role < 3; ++role) {
      std::vector<const UnitRef*> resolved;
      for (UnitRef& ref : *role_list(task, role)) {
        const auto& resolution = resolve(ref.written.value);
        if (resolution.error.empty()) {
          ref.target = resolution.target;
          auto same = std::find_if(resolved.begin(), resolved.end(), [&](const UnitRef* other) {
            return other->target.kind == ref.target.kind && other->target.index == ref.target.index;
          });
          if (same != resolved.end()) {
            diags
                .report(ref.written.loc, rules::unit_repeated, "'{}' names '{}' again",
                        ref.written.value, units.name_of(ref.target))
                .notes.push_back(Note{(*same)->written.loc, message("already named here")});
          }
          resolved.push_back(&ref);
          continue;
        }
        // A name that only looks like one in the registry says what is hidden in it.
        if (report_name_problem(ref.written, diags)) continue;
        diags.add(ref.written.loc, *resolution.rule, resolution.error).help = resolution.help;
      }
    }
  }
}

void compile_milestones(std::vector<Task>& tasks, const PlanContext& context, Diagnostics& diags) {
  const Plan& plan = context.plan();
  for (Task& task : tasks) {
    for (Milestone& milestone : task.milestones) {
      if (milestone.when.value.empty()) continue;
      if (milestone.event &&
          !std::any_of(plan.events.begin(), plan.events.end(),
                       [&](const Event& e) { return e.id.value == milestone.event->value; })) {
        std::vector<std::string> ids;
        for (const Event& e : plan.events) ids.push_back(e.id.value);
        diags
            .report(milestone.event->loc, rules::event_unknown, "unknown event '{}'",
                    milestone.event->value)
            .help = ids.empty() ? message("add it to events.yaml")
                                : message("events.yaml has: {}", fmt::join(ids, ", "));
        continue;
      }
      WhenParse parsed = parse_when(milestone.when.value);
      if (auto* error = std::get_if<WhenError>(&parsed)) {
        Diagnostic& d = diags.report(loc_within(milestone.when, error->offset, error->length),
                                     rules::when_syntax, "cannot read deadline '{}': {}",
                                     milestone.when.value, error->message);
        d.help = error->help;
        continue;
      }
      const WhenExpr& expr = std::get<WhenExpr>(parsed);
      if (milestone.event && !counts_from_event(expr)) {
        // The event would be ignored: the date is the phrase's, whatever the event says.
        diags
            .report(milestone.event->loc, rules::when_event,
                    "'when: {}' does not count from an event, so `event: {}` says nothing",
                    milestone.when.value, milestone.event->value)
            .help = message(
            "delete `event:`, or write the deadline as counted from the event "
            "(印发实施后1个月内, 春节期间)");
        continue;
      }
      auto compiled = compile_when(expr, context.schedule_context(),
                                   milestone.event ? milestone.event->value : "");
      if (auto* problem = std::get_if<ScheduleProblem>(&compiled)) {
        Diagnostic& d = diags.report(milestone.when.loc, rules::when_date, "deadline '{}': {}",
                                     milestone.when.value, problem->message);
        if (problem->needs_event) {
          d.help = message("add `event: <id>` to the milestone, naming an event in events.yaml");
        } else if (!problem->help.empty()) {
          d.help = problem->help;
        }
        continue;
      }
      milestone.schedule = std::get<Schedule>(std::move(compiled));
      const Schedule& schedule = *milestone.schedule;
      if (auto due = schedule.written_due(); due && *due < plan.meta.issued) {
        diags.report(milestone.when.loc, rules::deadline_before_issue,
                     "deadline {} ('{}') is before the plan's issue date {}", format_iso(*due),
                     milestone.when.value, format_iso(plan.meta.issued));
      }
    }
  }
}

}  // namespace

void resolve_task_file(TaskFile& file, const PlanContext& context, Diagnostics& diags) {
  if (context.units()) resolve_task_units(file.tasks, *context.units(), diags);
  if (context.dates_compilable()) compile_milestones(file.tasks, context, diags);
}

}  // namespace plancheck
