// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>

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

/// Seasons whose dates each city or province sets by its own regulation (采暖季, 汛期).
std::span<const std::u32string_view> regional_seasons();

/// Verbs of finishing or handing in, written after a date (9月30日前报送, 年底前办结,
/// 6月30日完成): the date is a deadline.
std::span<const std::u32string_view> finishing_verbs();
/// Verbs of doing, written after a date or a span (三季度开展交叉检查, 11月上旬组织评估):
/// the dates are when it is done, a window or a day as written.
std::span<const std::u32string_view> doing_verbs();
/// Verbs of beginning, written after a date (8月1日启动, 6月1日起施行): the date is a start.
std::span<const std::u32string_view> starting_verbs();

}  // namespace plancheck
