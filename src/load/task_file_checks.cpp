// SPDX-License-Identifier: MIT
#include "load/task_file_checks.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "model/task_ids.h"
#include "when/text_phrases.h"
#include "yaml/scalar_places.h"

namespace plancheck {
namespace {

// Within one file, ids follow the document: each is the next sibling of an earlier id
// or the first child of a heading (3.1.1, 3.1.2 …; 4.1.1, 4.1.2, 4.2, 4.3.1 …).
void check_numbering(const PlanContext& context, const TaskFile& file, Diagnostics& diags) {
  const Text& section = file.section;
  std::map<std::string, int> last_child;  // parent id → last item number seen
  std::set<std::string> seen;
  for (const Task& task : file.tasks) {
    const std::string& id = task.id.value;
    if (!seen.insert(id).second) continue;  // a repeated id is reported as a duplicate
    if (!id.starts_with(section.value + ".")) {
      diags
          .report(task.id.loc, rules::id_section, "task '{}' is not under this file's section '{}'",
                  id, section.value)
          .notes.push_back(Note{section.loc, message("section declared here")});
      continue;
    }
    std::string parent = parent_id(id);
    if (parent != section.value && !context.has_heading(parent)) {
      diags.report(task.id.loc, rules::id_parent,
                   "task '{}' sits under '{}', which is not a heading in plan.yaml's outline", id,
                   parent);
      continue;
    }
    if (context.has_heading(id)) {
      diags.report(task.id.loc, rules::id_heading,
                   "'{}' is a heading in plan.yaml's outline, not a task", id);
      continue;
    }
    // A heading between the section and the task (4.1 for 4.1.2) takes its own number
    // in its parent's sequence the first time one of its items appears.
    std::vector<std::string> chain;
    for (std::string up = id; up != section.value; up = parent_id(up)) chain.push_back(up);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      const std::string& item = *it;
      std::string up = parent_id(item);
      int number = split_task_id(item)->back();
      bool heading = item != id;
      if (heading && last_child[up] == number) continue;  // already entered
      int expected = last_child[up] + 1;
      if (number < expected) {
        diags.report(task.id.loc, rules::id_order,
                     "{} '{}' comes after '{}.{}' in this file; ids follow the document's order",
                     heading ? term("heading") : term("task"), item, up, expected - 1);
      } else if (number > expected) {
        diags
            .report(task.id.loc, rules::id_order,
                    "{} '{}' is out of the numbering: expected '{}.{}'",
                    heading ? term("heading") : term("task"), item, up, expected)
            .help = message("an item is missing before it, or the id has a typo");
      }
      last_child[up] = std::max(last_child[up], number);
    }
  }
}

void check_section(const PlanContext& context, const TaskFile& file, Diagnostics& diags) {
  const Text& section = file.section;
  if (section.value.empty()) return;  // reported by the reader
  if (!context.has_heading(section.value)) {
    diags.report(section.loc, rules::section_unknown, "section '{}' is not in plan.yaml's outline",
                 section.value);
  }
  check_numbering(context, file, diags);
}

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

Message describe_dates(const Schedule& t) {
  CompiledDays d = t.days();
  if (d.date) return verbatim(format_iso(*d.date));
  if (d.start && d.end) return verbatim(format_iso(*d.start) + " → " + format_iso(*d.end));
  if (d.start) return message("from {}", format_iso(*d.start));
  if (t.periodic()) return message("every {}", period_term(t.every()));
  return as_message(kind_term(t.kind()));
}

// Warns where a task's text names a date that none of its milestones falls on.
void check_text_phrases(const std::vector<Task>& tasks, const PlanContext& context,
                        Diagnostics& diags) {
  for (const Task& task : tasks) {
    // A milestone that did not compile has its own error; what the text says is
    // judged once it does.
    bool all_compiled = std::all_of(task.milestones.begin(), task.milestones.end(),
                                    [](const Milestone& m) { return m.schedule.has_value(); });
    if (!all_compiled) continue;
    std::optional<ScalarPlaces> places;  // found once a phrase needs reporting
    for (const PhraseMatch& match : task.text_phrases) {
      WhenParse parsed = parse_when(match.phrase);
      const WhenExpr* expr = std::get_if<WhenExpr>(&parsed);
      if (!expr) continue;
      // The text does not say which event a relative phrase counts from; any milestone
      // with the same offset answers it.
      auto compiled = compile_when(*expr, context.schedule_context(), "text");
      const Schedule* wanted = std::get_if<Schedule>(&compiled);
      if (!wanted) continue;
      bool answered = std::any_of(
          task.milestones.begin(), task.milestones.end(),
          [&](const Milestone& m) { return m.schedule && m.schedule->same_as(*wanted); });
      if (answered) continue;
      if (!places) places.emplace(task.text);
      diags
          .report(places->at(match.offset, match.length), rules::text_without_milestone,
                  "task '{}' says '{}' ({}) but no milestone has that date", task.id.value,
                  match.phrase, describe_dates(*wanted))
          .help = message("add a milestone with `when: {}`", match.phrase);
    }
  }
}

}  // namespace

void check_task_file(TaskFile& file, const PlanContext& context, Diagnostics& diags) {
  if (context.ids_checkable()) check_section(context, file, diags);
  if (context.units()) resolve_task_units(file.tasks, *context.units(), diags);
  if (context.dates_compilable()) {
    compile_milestones(file.tasks, context, diags);
    check_text_phrases(file.tasks, context, diags);
  }
}

}  // namespace plancheck
