// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>

#include "when/when_expr.h"

namespace plancheck {

/// A festival or a commemorative day as plans name it.
struct Festival {
  std::u32string_view word;
  /// The State Council's name for its days off (春节, 国庆节), when it is a statutory holiday
  /// whose days off the notices set each year; null otherwise.
  const char* holiday;
  bool lunar;            ///< month and day are of the lunar calendar
  unsigned month, day;   ///< month 0: no fixed day (清明 is a solar term); day 0: the last
  bool written_as_date;  ///< its name is its date (八一 is 8月1日, 十一 is 10月1日)
};

/// Every festival word, a longer word before any word it begins with (五一劳动节, 五一).
std::span<const Festival> festivals();

/// Words of a standing duty with no date (持续, 及时, 常态化, 久久为功): a phrase with one of
/// them and no word of the calendar is continuous.
std::span<const std::u32string_view> continuing_words();

/// A report or a meeting named by its period (月通报, 季度调度, 周报): it recurs with it.
struct PeriodicNoun {
  std::u32string_view word;
  Period every;
};
std::span<const PeriodicNoun> periodic_nouns();

/// Words of a start on the day the plan is issued (即日起, 自印发之日起施行, 立行立改), a
/// longer word before any word it begins with.
std::span<const std::u32string_view> issue_start_words();

/// Words that are by themselves a duty with no date (持续推进, 长期坚持, 不定期, 实时).
std::span<const std::u32string_view> standing_duty_words();
/// Those of them that say so in running text too; 持续, 长期 and 随时 there are adverbs of
/// the clause (对堆放的废弃物长期覆盖).
std::span<const std::u32string_view> standing_duty_words_in_text();

/// A season whose dates each city or province sets by its own regulation, as plans write
/// it (供暖期), and the name plancheck's table knows it by (采暖季).
struct SeasonWord {
  std::u32string_view word;
  const char* season;
};
/// Longer words first; 汛 alone is a season only before 前 or 后 (汛前, 汛后).
std::span<const SeasonWord> regional_seasons();

/// Verbs of finishing or handing in, written after a date (9月30日前报送, 年底前办结,
/// 6月30日完成): the date is a deadline.
std::span<const std::u32string_view> finishing_verbs();
/// Verbs of doing, written after a date or a span (三季度开展交叉检查, 11月上旬组织评估):
/// the dates are when it is done, a window or a day as written.
std::span<const std::u32string_view> doing_verbs();
/// Verbs of beginning, written after a date (8月1日启动, 6月1日起施行): the date is a start.
std::span<const std::u32string_view> starting_verbs();

// Words before a date that say how it dates what follows. Each list has a longer word before
// any word it ends with or begins with. The text finder begins a phrase at them, so that
// 从6月起 stays a start and 于12月下旬 a window.
/// A start: 从6月起, 自2018年1月1日起, 本方案自印发之日起.
std::span<const std::u32string_view> start_words();
/// A deadline or an as-of date: 到2020年, 截至10月31日.
std::span<const std::u32string_view> by_words();
/// On the days named, whatever they are: 于12月下旬, 在6月.
std::span<const std::u32string_view> at_words();
/// Intent, which makes a bare date a deadline (力争2020年, 确保年底): not part of the phrase.
std::span<const std::u32string_view> modal_words();
/// A recurrence said before its period's word, as 每 is: 按季度, 逐月.
std::span<const std::u32string_view> period_lead_words();
/// Before a number, it says which of the periods (第二季度, 前5个月, 头两个月).
std::span<const std::u32string_view> ordinal_words();
/// What a count runs from, said before it: 印发实施后1个月内, 收到申请之日起20个工作日内.
std::span<const std::u32string_view> anchor_words();

}  // namespace plancheck
