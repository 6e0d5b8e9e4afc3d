// SPDX-License-Identifier: MIT
// Counts from an event or a given day: 印发实施后1个月内, 5个工作日内, 超过办理时限5个工作日,
// 在办理时限到期次日, 收到申请之日起20个工作日内, 汛期结束后一个月内.
#include <algorithm>

#include "when/zh_parser.h"

namespace plancheck {

// 次日, 下一个工作日: a day said as a word; 半年, 半个月: a length said as a word.
std::optional<ZhParser::CountWord> ZhParser::accept_count_word() {
  if (accept_any({U"次日", U"翌日", U"第二天", U"第二日"})) return CountWord{1, Period::day, false};
  if (accept_any({U"下一个工作日", U"下个工作日", U"次一个工作日", U"次一工作日"})) {
    return CountWord{1, Period::working_day, false};
  }
  // Half a year is six months; half a month, fifteen days.
  if (accept(U"半年")) return CountWord{6, Period::month, true};
  if (accept_any({U"半个月", U"半月"})) return CountWord{15, Period::day, true};
  return std::nullopt;
}

// A count of days, working days, weeks, months or years, after what the phrase counts
// from: 印发实施后, or any words with no date in them (超过办理时限, 停产整顿), whose day
// is the milestone's event or `when --from`. Without such words the count needs 内.
std::optional<WhenExpr> ZhParser::try_relative() {
  std::size_t saved = pos_;
  // 应在一月内: 一月 is 1个月 here; 原则上3个工作日内.
  accept_any({U"原则上", U"应当在", U"应在", U"须在", U"需在", U"要在"});
  bool anchored = accept_any(anchor_words());
  // 办结时限为8个工作日, 整改期限为30天: a label that is a time limit makes a count one.
  // 试点期为一年 too: a label that is a stage (期) gives its length.
  anchored |= label_.find_first_of(U"限期") != std::u32string::npos && pos_ == label_.size() + 1;
  std::size_t count_at = pos_;
  if (!anchored) count_at = find_count(pos_);
  if (count_at == std::u32string::npos) return pos_ = saved, std::nullopt;
  bool described = count_at > pos_;
  pos_ = count_at;
  WhenExpr expr;
  expr.kind = TimingKind::relative;
  // 到期次日, 于下一个工作日报送, 半年内.
  if (auto word = accept_count_word()) {
    expr.count = word->count;
    expr.unit = word->unit;
    if (word->length) {
      bool within = accept_any({U"以内", U"之内", U"内"});
      if (!within && !anchored && !described) return pos_ = saved, std::nullopt;
    }
    accept_action();
    expect_end();
    return expr;
  }
  auto count = number();
  // 2017年内 and 到2020年 name a year, not a count of years; after 印发实施后 a count is one.
  if (!count || (*count >= 1000 && !anchored)) return pos_ = saved, std::nullopt;
  expr.count = *count;
  std::size_t unit_at = pos_;
  expr.unit = count_unit(described);
  // 一季度内 is the first quarter; a count of quarters says 个 (一个季度内).
  if (expr.unit == Period::quarter && !anchored && !described && s_[unit_at] != U'个') {
    return pos_ = saved, std::nullopt;
  }
  accept(U"时间");
  bool within = accept_any({U"以内", U"之内", U"内", U"之后", U"以后", U"后"});
  bool finished = accept_verb({U"完成", U"办结"});
  if (within || finished) accept_action();  // 3个工作日内予以答复
  if (expr.unit == Period::none || (!anchored && !described && !within) || !at_end()) {
    return pos_ = saved, std::nullopt;
  }
  // 停产整顿6个月: in running text, as often how long the work lasts as when it is due.
  unmarked_ = described && !anchored && !within && !finished;
  return expr;
}

// The unit of a count. After words that are not a known anchor, only units that cannot
// be a date are read: 到12月 is December and 于5日 the 5th, but 5个月 and 5天 are counts
// (5日 is one only before 内 or 后).
Period ZhParser::count_unit(bool strict) {
  if (accept_any({U"个工作日", U"工作日"})) return Period::working_day;
  if (accept_any({U"个自然日", U"自然日", U"个日历日", U"天"})) return Period::day;
  if (accept(U"个月")) return Period::month;
  if (accept_any({U"个星期", U"星期", U"周"})) return Period::week;
  if (accept(U"个季度")) return Period::quarter;
  if (strict) {
    std::size_t at = pos_;
    if (accept(U"日") &&
        (peek() == U'内' || peek() == U'后' || peek() == U'以' || peek() == U'之')) {
      return Period::day;
    }
    pos_ = at;
    if (accept(U"年") && (peek() == U'内' || peek() == U'以' || peek() == U'之')) {
      return Period::year;
    }
    pos_ = at;
    return Period::none;
  }
  if (accept(U"日")) return Period::day;
  if (accept(U"月")) return Period::month;
  if (accept(U"季度")) return Period::quarter;
  if (accept(U"年")) return Period::year;
  return Period::none;
}

// Where a count that ends the phrase begins (超过办理时限|5个工作日, 到期|次日), after
// words that name no date and are not a period of the year (前3个月 is January to March,
// 每3个月 a recurrence). npos when there is none.
std::size_t ZhParser::find_count(std::size_t from) {
  for (std::size_t at = from; at < s_.size(); ++at) {
    char32_t c = s_[at];
    bool starts_count =
        (c >= U'0' && c <= U'9') || c == U'次' || c == U'翌' || c == U'第' || c == U'下' ||
        c == U'半' ||
        std::u32string_view(U"一二两三四五六七八九十").find(c) != std::u32string_view::npos;
    // 上半年 and 下半年 are halves of the year, not a count of half a year.
    if (!starts_count || (c == U'半' && at > 0 && (s_[at - 1] == U'上' || s_[at - 1] == U'下')))
      continue;
    std::u32string_view words(s_.data() + from, at - from);
    if (has_digit(from, at) ||
        contains_date_word_in(
            // 之日起 says the count runs from a day; it names none
            without_words(words, {U"之日起", U"之日", U"当日起", U"当日", U"日起"}))) {
      return std::u32string::npos;
    }
    if (words == U"前" || words == U"近" || words == U"最近" || words == U"头" ||
        words.starts_with(U"每") || words.ends_with(U"第")) {
      continue;
    }
    std::size_t back = pos_;
    pos_ = at;
    bool named = accept_count_word().has_value();
    bool counted = named;
    if (!counted) {
      auto n = number();
      counted = n && count_unit(at > from) != Period::none;
    }
    if (counted) {
      accept(U"时间");
      bool marked = accept_any({U"以内", U"之内", U"内", U"之后", U"以后", U"后"});
      marked |= accept_verb({U"完成", U"办结"});
      if (marked || named) accept_action();
    }
    bool ends = counted && at_end();
    pos_ = back;
    if (ends) return at;
  }
  return std::u32string::npos;
}

}  // namespace plancheck
