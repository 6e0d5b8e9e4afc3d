// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "model/model.h"
#include "model/plan_files.h"
#include "source/diagnostics.h"

namespace plancheck {

/// What is kept of one task file once it has been read and checked: what the checks
/// across files need (its section, task ids and milestone ids) and what its own checks
/// found. It is all `validate` needs of a file, and the parse cache keeps it, so an
/// unchanged file is neither parsed nor checked again.
struct TaskFileDigest {
  Text section;
  std::vector<Text> task_ids;
  std::vector<std::string> milestone_ids;
  Diagnostics findings;  ///< every finding of the file's own reading and checks
};

/// The digest of a checked file; `findings` are moved in.
TaskFileDigest make_digest(const TaskFile& file, Diagnostics&& findings);

/// Whether every place the digest names is in `source`, so it can be stored with the
/// file's content and bound to it again when read back.
bool digest_points_into(const TaskFileDigest& digest, const SourceFile& source);

}  // namespace plancheck
