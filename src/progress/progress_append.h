// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/model.h"
#include "source/source_file.h"
#include "text/message.h"

namespace plancheck {

/// The text of progress.yaml with one more record at its end. Everything already in
/// the file (records, comments, blank lines) stays byte for byte; the new record takes
/// the indentation of the ones before it. Returns an explanation instead when the file's
/// shape does not allow a safe append (a flow-style `records: [...]`).
struct AppendResult {
  std::string text;
  Message error;
};
AppendResult append_progress_record(const std::string& existing, const std::string& milestone,
                                    Date done, const std::string& by, const std::string& note);

/// The records of a progress.yaml text; nothing when the text does not read cleanly.
std::optional<std::vector<ProgressRecord>> progress_records_of(const SourceFile& file);

/// What a new progress.yaml starts with.
std::string new_progress_file();

}  // namespace plancheck
