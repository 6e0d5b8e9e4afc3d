// SPDX-License-Identifier: MIT
// The progress append path: bytes split into an existing progress.yaml and the fields of a
// new record. Whenever the existing text reads cleanly and the append is accepted, the new
// text must read back cleanly with exactly one record more, that record's fields as given
// and every old record as it was; a break of that promise aborts (a finding).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "progress/progress_append.h"

using namespace plancheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  // existing \x1F milestone \x1F by \x1F note
  std::vector<std::string> parts(1);
  for (char c : bytes) {
    if (c == '\x1F' && parts.size() < 4) {
      parts.emplace_back();
    } else {
      parts.back() += c;
    }
  }
  parts.resize(4);
  std::string existing = parts[0].empty() ? new_progress_file() : parts[0];
  const std::string& milestone = parts[1].empty() ? std::string("1.1a") : parts[1];
  SourceFile before_file("progress.yaml", existing);
  auto before = progress_records_of(before_file);
  if (!before) return 0;
  Date done = make_date(2017, 6, 1);
  AppendResult appended =
      append_progress_record(before_file.text(), milestone, done, parts[2], parts[3]);
  if (!appended.error.empty()) return 0;
  SourceFile after_file("progress.yaml", appended.text);
  auto after = progress_records_of(after_file);
  // What validation refuses (a milestone id of the wrong shape, a control character) may
  // fail to read back; what it takes must.
  if (!after) {
    SourceFile probe("progress.yaml", new_progress_file());
    AppendResult alone = append_progress_record(probe.text(), milestone, done, parts[2], parts[3]);
    SourceFile alone_file("progress.yaml", alone.text);
    if (progress_records_of(alone_file))
      std::abort();  // the record is fine alone: the append broke it
    return 0;
  }
  if (after->size() != before->size() + 1) std::abort();
  for (std::size_t i = 0; i < before->size(); ++i) {
    if ((*after)[i].milestone.value != (*before)[i].milestone.value) std::abort();
  }
  const ProgressRecord& added = after->back();
  if (added.milestone.value != milestone || added.done != done) std::abort();
  if (added.by ? added.by->value != parts[2] : !parts[2].empty()) std::abort();
  if (added.note != parts[3]) std::abort();
  return 0;
}
