// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "when/schedule.h"

namespace plancheck {

/// More dated phrases than any task has; a text with more is read only this far.
inline constexpr std::size_t kMaxTaskPhrases = 200;

/// A deadline phrase of a task's text, compiled in the draft plan's calendar.
struct FoundPhrase {
  std::size_t offset = 0;  ///< characters into the text
  std::size_t length = 0;
  std::string phrase;
  std::optional<Schedule> schedule;  ///< empty when the compiler could not read it
  Message problem;                   ///< why not
  bool needs_event = false;          ///< relative, or an event's own span (春节期间)
  std::string what;                  ///< the clause it dates, in the text's words
};

/// Every dated phrase of `text`: those core's finder knows (find_deadline_phrases) with
/// a year written before them kept (2018年10月底前), plus the forms a task text also
/// dates itself with that the finder leaves alone on purpose: a target year (到2020年,
/// 2017年度, a clause opening with 2017年) and standing words (实时, 不定期, 持续推进).
/// Years in brackets and titles (（2014—2017年）, 《…2017年…》) and comparisons
/// (比2015年) are not deadlines. A target year that dates nothing a stronger phrase does
/// not already date is kept; otherwise it is dropped.
std::vector<FoundPhrase> find_task_phrases(std::u32string_view text,
                                           const ScheduleContext& context);

}  // namespace plancheck
