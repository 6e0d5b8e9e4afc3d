// SPDX-License-Identifier: MIT
#include "progress/progress_append.h"

#include "calendar/dates.h"
#include "catch.hpp"

using namespace plancheck;

namespace {

std::optional<std::vector<ProgressRecord>> appended(const std::string& by,
                                                    const std::string& note) {
  AppendResult result =
      append_progress_record(new_progress_file(), "1.1a", make_date(2017, 6, 1), by, note);
  if (!result.error.empty()) return std::nullopt;
  SourceFile file("progress.yaml", result.text);
  return progress_records_of(file);
}

}  // namespace

TEST_CASE("a record reads back with the fields it was given", "[progress][regression]") {
  auto records = appended("区环保局", "\"引号\" #井号: 冒号\n第二行");
  REQUIRE(records);
  REQUIRE(records->size() == 1);
  CHECK(records->back().by->value == "区环保局");
  CHECK(records->back().note == "\"引号\" #井号: 冒号\n第二行");
}

// fuzz_progress found a `by` of one invalid byte appended, then read back as another value.
TEST_CASE("a field that is not valid UTF-8 or holds a control character is refused",
          "[progress][regression]") {
  for (const char* bad : {"\xff", "ok\x1b[31m", "\xe5\x8c", "a\rb", "\u202e"}) {
    CAPTURE(bad);
    CHECK_FALSE(appended(bad, ""));
    CHECK_FALSE(appended("", bad));
  }
  AppendResult result =
      append_progress_record(new_progress_file(), "1.1a", make_date(2017, 6, 1), "\xff", "");
  CHECK(result.text.empty());
}

// fuzz_progress (CI, 2026-12-08) found `{records}`: a flow mapping that reads as no records,
// to which the appended text is no record. An append that would not read back is refused.
TEST_CASE("a progress file the appended text cannot continue is refused",
          "[progress][regression]") {
  for (const char* existing : {"{records}", "{records: []}", "{\"records\": null}"}) {
    CAPTURE(existing);
    SourceFile before("progress.yaml", existing);
    REQUIRE(progress_records_of(before));
    AppendResult result =
        append_progress_record(existing, "1.1a", make_date(2017, 6, 1), "区环保局", "");
    CHECK(result.text.empty());
    CHECK_FALSE(result.error.empty());
  }
  AppendResult block = append_progress_record("records:\n", "1.1a", make_date(2017, 6, 1), "", "");
  SourceFile after("progress.yaml", block.text);
  auto records = progress_records_of(after);
  REQUIRE(records);
  CHECK(records->size() == 1);
}
