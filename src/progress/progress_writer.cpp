// SPDX-License-Identifier: MIT
#include "progress/progress_writer.h"

#include <filesystem>

#include "io/atomic_file.h"
#include "io/io_error.h"
#include "io/plan_lock.h"
#include "load/plan_loader.h"
#include "progress/progress_append.h"

namespace plancheck {

RecordOutcome record_progress(const std::string& plan_dir, const ProgressEntry& entry,
                              std::chrono::milliseconds patience) {
  namespace fs = std::filesystem;
  RecordOutcome out;
  out.path = (fs::path(plan_dir) / "progress.yaml").string();
  PlanWriteLock lock(plan_dir, patience);
  // Read again under the lock: what another writer added since the plan was loaded counts.
  std::error_code ec;
  bool exists = fs::exists(fs::symlink_status(out.path, ec));
  std::unique_ptr<SourceFile> before =
      exists ? read_source_file(out.path)
             : std::make_unique<SourceFile>(out.path, new_progress_file());
  auto records = progress_records_of(*before);
  if (!records) {
    out.refused = message("{} has errors; mend them first (plancheck validate)", out.path);
    return out;
  }
  for (const ProgressRecord& record : *records) {
    if (record.milestone.value == entry.milestone) {
      out.refused = message("'{}' is already recorded as done on {} ({}:{})", entry.milestone,
                            format_iso(record.done), out.path, record.milestone.loc.line);
      return out;
    }
  }
  AppendResult appended =
      append_progress_record(before->text(), entry.milestone, entry.done, entry.by, entry.note);
  if (!appended.error.empty()) {
    out.refused = message("{}: {}", out.path, appended.error);
    return out;
  }
  // Appended to the file as it is: its byte order mark kept, the new lines ended as its
  // lines are (CR LF from a Windows editor).
  std::string text = appended.text;
  if (before->text().find("\r\n") != std::string::npos) {
    std::string added;
    for (char c : std::string_view(text).substr(before->text().size())) {
      if (c == '\n') added += '\r';
      added += c;
    }
    text = before->text() + added;
  }
  if (before->had_bom()) text.insert(0, "\xEF\xBB\xBF");
  // The new text must read back as exactly one more record, the old ones untouched.
  SourceFile after(out.path, text);
  auto now = progress_records_of(after);
  if (!now || now->size() != records->size() + 1 ||
      now->back().milestone.value != entry.milestone) {
    out.refused =
        message("{}: the record would not read back as written; nothing was changed", out.path);
    return out;
  }
  write_file_atomically(out.path, text);
  return out;
}

}  // namespace plancheck
