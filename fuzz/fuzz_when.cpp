// SPDX-License-Identifier: MIT
// Any bytes as a deadline phrase: parsing never crashes, and what parses compiles and
// expands to occurrences without crashing or running away.
#include <cstddef>
#include <cstdint>
#include <string>

#include "when/schedule.h"
#include "when/when_expr.h"

using namespace plancheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string phrase(reinterpret_cast<const char*>(data), size);
  WhenParse parsed = parse_when(phrase);
  const auto* expr = std::get_if<WhenExpr>(&parsed);
  if (!expr) return 0;
  auto events = [](std::string_view id) -> std::optional<EventSpan> {
    if (id.empty() || id.size() % 2) return std::nullopt;
    return EventSpan{make_date(2017, 11, 6), make_date(2017, 12, 31)};
  };
  for (int year : {2017, 2020, 1000, 9999}) {
    auto compiled =
        compile_when(*expr, ScheduleContext{year, make_date(2017, 4, 14), events}, "ev");
    if (const auto* schedule = std::get_if<Schedule>(&compiled)) {
      schedule->first_occurrences(8);
      schedule->occurrences_between(make_date(2016, 1, 1), make_date(2019, 12, 31));
    }
  }
  return 0;
}
