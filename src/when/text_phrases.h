// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

/// A deadline phrase found in running text.
struct PhraseMatch {
  std::size_t offset;  ///< in characters
  std::size_t length;  ///< in characters
  std::string phrase;
  /// It names a whole year and no more (2017年度, 到2020年): as often the period a task is
  /// about as its deadline.
  bool year_only = false;
  /// A date with no word that says how it dates (6月30日, 2016年10月): a mention as often as
  /// a deadline.
  bool mention = false;
  bool weak() const { return year_only || mention; }
};

/// Finds the phrases of a task's text that the deadline grammar (parse_when) reads: 10月底前,
/// 从6月起, 每季度首月10日前, 印发实施后1个月内, 春节期间, 于12月下旬 … The grammar is tried
/// where a date word begins (a number, 3月, 年底, 春节, 每, “十三五”), with the words before
/// it that say how it dates (从, 于, 截至, 印发实施后); the phrase ends where the grammar
/// stops reading, before the words that only say what is done (10月底前|完成改造). Each
/// phrase parses by itself to what it meant in the text. Titles (《…》) name no date of the
/// task. What the grammar cannot read is not a phrase (春节前后 has no extent).
std::vector<PhraseMatch> find_deadline_phrases(std::string_view text);

}  // namespace plancheck
