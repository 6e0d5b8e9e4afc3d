// SPDX-License-Identifier: MIT
#include "load/plan_checks.h"

#include "model/instance_ids.h"
#include "model/task_ids.h"
#include "source/first_seen.h"

namespace plancheck {

void check_outline(const PlanContext& context, Diagnostics& diags) {
  FirstSeen headings;
  for (const OutlineEntry& entry : context.plan().meta.outline) {
    if (const SourceLoc* first = headings.earlier(entry.id.value, entry.id.loc)) {
      diags
          .report(entry.id.loc, rules::id_duplicate, "outline heading '{}' is listed twice",
                  entry.id.value)
          .notes.push_back(Note{*first, message("first listed here")});
    }
    std::string parent = parent_id(entry.id.value);
    if (!parent.empty() && !context.has_heading(parent)) {
      diags.report(entry.id.loc, rules::id_parent, "heading '{}' has no parent heading '{}'",
                   entry.id.value, parent);
    }
  }
}

void check_events(const std::vector<Event>& events, Diagnostics& diags) {
  FirstSeen event_ids;
  for (const Event& event : events) {
    if (const SourceLoc* first = event_ids.earlier(event.id.value, event.id.loc)) {
      diags.report(event.id.loc, rules::id_duplicate, "event '{}' is defined twice", event.id.value)
          .notes.push_back(Note{*first, message("first defined here")});
    }
  }
}

void check_ids_across_files(const std::vector<TaskFileDigest>& files, Diagnostics& diags) {
  FirstSeen section_files;
  for (const TaskFileDigest& file : files) {
    const Text& section = file.section;
    if (section.value.empty()) continue;
    if (const SourceLoc* first = section_files.earlier(section.value, section.loc)) {
      diags
          .report(section.loc, rules::section_duplicate, "section '{}' has two task files",
                  section.value)
          .notes.push_back(Note{*first, message("first file of the section")});
    }
  }
  std::size_t task_count = 0;
  for (const TaskFileDigest& file : files) task_count += file.task_ids.size();
  FirstSeenViews task_ids;
  task_ids.reserve(task_count);
  for (const TaskFileDigest& file : files) {
    for (const Text& id : file.task_ids) {
      if (const SourceLoc* first = task_ids.earlier(id.value, id.loc)) {
        diags.report(id.loc, rules::id_duplicate, "task '{}' is defined twice", id.value)
            .notes.push_back(Note{*first, message("first defined here")});
      }
    }
  }
}

void check_progress(const Plan& plan, const UnitIndex* units, Diagnostics& diags) {
  FirstSeen recorded;
  for (const ProgressRecord& record : plan.progress) {
    InstanceLookup lookup = find_instance(plan, record.milestone.value);
    if (!lookup.error.empty()) {
      diags.add(record.milestone.loc, rules::progress_unknown, lookup.error).help = lookup.help;
    }
    if (const SourceLoc* first = recorded.earlier(record.milestone.value, record.milestone.loc)) {
      diags
          .report(record.milestone.loc, rules::progress_duplicate, "'{}' is recorded as done twice",
                  record.milestone.value)
          .notes.push_back(Note{*first, message("first recorded here")});
    }
    if (record.done < plan.meta.issued) {
      diags.report(record.done_loc, rules::progress_date,
                   "done {} is before the plan was issued ({})", format_iso(record.done),
                   format_iso(plan.meta.issued));
    }
    if (record.by && units && !report_name_problem(*record.by, diags)) {
      auto resolution = units->resolve(record.by->value);
      if (!resolution.error.empty()) {
        diags.add(record.by->loc, rules::unit_unknown, resolution.error).help = resolution.help;
      }
    }
  }
}

}  // namespace plancheck
