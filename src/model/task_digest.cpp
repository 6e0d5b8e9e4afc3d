// SPDX-License-Identifier: MIT
#include "model/task_digest.h"

#include <algorithm>

namespace plancheck {

TaskFileDigest make_digest(const TaskFile& file, Diagnostics&& findings) {
  TaskFileDigest digest;
  digest.section = file.section;
  digest.task_ids.reserve(file.tasks.size());
  for (const Task& task : file.tasks) {
    digest.task_ids.push_back(task.id);
    for (const Milestone& milestone : task.milestones) digest.milestone_ids.push_back(milestone.id);
  }
  digest.findings = std::move(findings);
  return digest;
}

bool digest_points_into(const TaskFileDigest& digest, const SourceFile& source) {
  auto here = [&](const SourceLoc& loc) { return loc.file == &source; };
  auto text_here = [&](const Text& text) { return here(text.loc); };
  // A file without a section has none to point at; only a written one is compared.
  if (!digest.section.value.empty() && !text_here(digest.section)) return false;
  if (!std::all_of(digest.task_ids.begin(), digest.task_ids.end(), text_here)) return false;
  return std::all_of(
      digest.findings.all().begin(), digest.findings.all().end(), [&](const Diagnostic& d) {
        return here(d.loc) && std::all_of(d.notes.begin(), d.notes.end(),
                                          [&](const Note& n) { return here(n.loc); });
      });
}

}  // namespace plancheck
