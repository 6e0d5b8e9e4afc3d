// SPDX-License-Identifier: MIT
#include "load/plan_calendar.h"

#include <algorithm>

namespace plancheck {

std::shared_ptr<const OfficialCalendar> read_calendar_file(const SourceFile& source,
                                                           const OfficialCalendar& base,
                                                           Diagnostics& diags) {
  auto calendar = std::make_shared<OfficialCalendar>(base);
  std::vector<CalendarProblem> problems = calendar->add_file(source.text());
  for (CalendarProblem& problem : problems) {
    auto line = static_cast<std::uint32_t>(problem.line);
    auto byte_column = static_cast<std::uint32_t>(problem.column - 1);
    std::uint32_t column = source.char_column(line, byte_column);
    std::uint32_t end =
        source.char_column(line, byte_column + static_cast<std::uint32_t>(problem.length));
    diags
        .add(SourceLoc{&source, line, column, std::max(end - column, 1u)}, rules::calendar_invalid,
             std::move(problem.message))
        .help = message(
        "the format is that of data/calendar/cn-official-days.tsv: year, date, type (off or "
        "workday), holiday, notice, separated by tabs");
  }
  if (!problems.empty()) return nullptr;
  return calendar;
}

}  // namespace plancheck
