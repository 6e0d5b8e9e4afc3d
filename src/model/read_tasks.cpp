// SPDX-License-Identifier: MIT
#include "model/plan_files.h"
#include "model/task_ids.h"
#include "yaml/yaml_reader.h"

namespace plancheck {
namespace {

constexpr std::size_t kMaxMilestones = 26;  // one letter each: a..z

std::vector<UnitRef> read_units(MapReader& map, const char* key, Diagnostics& diags) {
  std::vector<UnitRef> out;
  if (auto n = map.optional(key)) {
    if (auto names = read_text_list(*n, key, diags)) {
      out.reserve(names->size());
      for (Text& name : *names) out.push_back(UnitRef{std::move(name), {}});
    }
  }
  return out;
}

void read_milestone(MapReader& map, Task& task) {
  Milestone milestone;
  milestone.id = milestone_id(task.id.value, task.milestones.size());
  if (auto t = map.text("what", MapReader::Need::required)) milestone.what = std::move(*t);
  if (auto t = map.text("when", MapReader::Need::required)) milestone.when = std::move(*t);
  if (auto t = map.slug("event", MapReader::Need::optional, term("event id")))
    milestone.event = std::move(*t);
  if (auto t = map.text("note", MapReader::Need::optional)) milestone.note = std::move(t->value);
  task.milestones.push_back(std::move(milestone));
}

void read_task(MapReader& map, TaskFile& out, Diagnostics& diags) {
  Task task;
  task.section = out.section.value;
  if (auto t = map.text("id", MapReader::Need::required)) {
    if (!is_task_id(t->value) || t->value.find('.') == std::string::npos) {
      diags.report(t->loc, rules::id_format, "'{}' is not a task number like \"3.1.2\"", t->value);
    } else {
      task.id = std::move(*t);
    }
  }
  if (auto t = map.text("title", MapReader::Need::required)) task.title = std::move(*t);
  if (auto t = map.text("text", MapReader::Need::required)) task.text = std::move(*t);
  task.lead = read_units(map, "lead", diags);
  task.responsible = read_units(map, "responsible", diags);
  task.data_provider = read_units(map, "data_provider", diags);
  if (auto t = map.text("note", MapReader::Need::optional)) task.note = std::move(t->value);
  if (auto n = map.required("milestones")) {
    if (expect_sequence(*n, "milestones", diags)) {
      if (n->children.empty()) {
        diags.report(n->loc, rules::empty, "a task needs at least one milestone").help =
            message("a task without a date has one milestone with `when: continuous`");
      } else if (n->children.size() > kMaxMilestones) {
        diags.report(n->loc, rules::milestone_count, "a task has at most {} milestones (a..z)",
                     kMaxMilestones);
      } else {
        task.milestones.reserve(n->children.size());
        for_each_mapping(*n, term("milestone"), diags,
                         [&](MapReader& milestone) { read_milestone(milestone, task); });
      }
    }
  }
  if (!task.id.value.empty()) out.tasks.push_back(std::move(task));
}

}  // namespace

bool read_task_file(const YamlNode& root, TaskFile& out, Diagnostics& diags) {
  return read_root_mapping(root, term("task file"), diags, [&](MapReader& map) {
    if (auto t = map.text("section", MapReader::Need::required)) {
      if (!is_task_id(t->value)) {
        diags.report(t->loc, rules::id_format, "'{}' is not a section number like \"3.1\"",
                     t->value);
      } else {
        out.section = *t;
      }
    }
    const YamlNode* tasks = map.each("tasks", MapReader::Need::required, term("task"),
                                     [&](MapReader& task) { read_task(task, out, diags); });
    if (tasks && tasks->children.empty()) {
      diags.report(tasks->loc, rules::empty, "'tasks' must not be empty");
    }
  });
}

}  // namespace plancheck
