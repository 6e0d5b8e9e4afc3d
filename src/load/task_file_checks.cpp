// SPDX-License-Identifier: MIT
#include "load/task_file_checks.h"

#include <algorithm>
#include <map>
#include <set>

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
      if (match.weak()) continue;  // a year or a date mentioned, not said to be due
      WhenParse parsed = parse_when(match.phrase);
      const WhenExpr* expr = std::get_if<WhenExpr>(&parsed);
      if (!expr) continue;
      // The text does not say which event a relative phrase counts from; any milestone
      // with the same offset answers it. A holiday's 期间 is answered by a milestone of the
      // holiday's official days or of an event's span.
      auto compiled = compile_when(*expr, context.schedule_context(), "text");
      const Schedule* wanted = std::get_if<Schedule>(&compiled);
      if (!wanted) continue;
      std::optional<Schedule> official;
      if (!expr->holidays.empty()) {
        auto days_off = compile_when(*expr, context.schedule_context(), "");
        if (auto* schedule = std::get_if<Schedule>(&days_off)) official = *schedule;
      }
      bool answered =
          std::any_of(task.milestones.begin(), task.milestones.end(), [&](const Milestone& m) {
            return m.schedule &&
                   (m.schedule->same_as(*wanted) || (official && m.schedule->same_as(*official)));
          });
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

void check_task_file(const TaskFile& file, const PlanContext& context, Diagnostics& diags) {
  if (context.ids_checkable()) check_section(context, file, diags);
  if (context.dates_compilable()) check_text_phrases(file.tasks, context, diags);
}

}  // namespace plancheck
