// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <string>

#include "calendar/dates.h"
#include "text/message.h"

namespace plancheck {

/// One record to add to progress.yaml.
struct ProgressEntry {
  std::string milestone;  ///< 3.1.1a, or an occurrence 3.3.1a@2017-07
  Date done;
  std::string by;  ///< the unit that reported it, as written; may be empty
  std::string note;
};

/// What recording did: the file it wrote, or why it wrote nothing.
struct RecordOutcome {
  std::string path;  ///< <plan>/progress.yaml
  Message refused;   ///< empty when recorded
  Message help;
};

/// Adds `entry` to <plan_dir>/progress.yaml, holding the plan's write lock from reading the
/// file to renaming its new version into place: whatever else writes at the same time,
/// every record acknowledged (refused empty) is in the file afterwards. The milestone
/// recorded already, in the file as it is under the lock, is a refusal. Throws IoError
/// when the file cannot be read or written, or the lock is not had within `patience`.
RecordOutcome record_progress(const std::string& plan_dir, const ProgressEntry& entry,
                              std::chrono::milliseconds patience);

}  // namespace plancheck
