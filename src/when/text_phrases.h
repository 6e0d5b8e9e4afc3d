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
};

/// Finds the dated phrases of a task's text that a milestone should carry: 10月底前,
/// 6月1日开始实施, 从6月起, 年前, 2017年完成, 每月, 月通报, 按季度, 每年11月1日到次年2月底,
/// 印发实施后1个月内, 5个工作日内, 春节期间, 国庆节前, 每月10日前, 每季度首月10日前.
/// What it finds is a candidate: only what the deadline grammar (parse_when) reads is a
/// phrase to check (春节前后 is found whole, and read by neither). Bare years (2017年度,
/// 2014—2017年) name a period, not a deadline, and are left alone.
std::vector<PhraseMatch> find_deadline_phrases(std::string_view text);

}  // namespace plancheck
