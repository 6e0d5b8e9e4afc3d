// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "model/model.h"
#include "source/diagnostics.h"
#include "yaml/yaml_tree.h"

namespace plancheck {

/// The tasks of one file under tasks/.
struct TaskFile {
  Text section;
  std::vector<Task> tasks;
};

// Each converts one file's tree into the model, reporting every shape error it finds
// (unknown or missing keys, wrong types, bad values). They return false when anything
// in the file was wrong; what could be read is kept either way.
bool read_plan_meta(const YamlNode& root, PlanMeta& out, Diagnostics& diags);
bool read_registry(const YamlNode& root, Registry& out, Diagnostics& diags);
bool read_events(const YamlNode& root, std::vector<Event>& out, Diagnostics& diags);
bool read_task_file(const YamlNode& root, TaskFile& out, Diagnostics& diags);
bool read_progress(const YamlNode& root, std::vector<ProgressRecord>& out, Diagnostics& diags);

}  // namespace plancheck
