// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <optional>
#include <utility>

#include "when/zh_cursor.h"
#include "when/zh_lexicon.h"

namespace plancheck {

/// A span of days a phrase names, with what kind of span it is.
struct ParsedSpan {
  DaySpan span;
  bool point = false;      ///< names one day: 10月底, 6月30日, 年底
  bool year_only = false;  ///< names a whole year: 2017年, 2017年度
};

/// The grammar of Chinese deadline phrases: 10月底前, 6月1日开始实施, 每年11月1日到次年2月底,
/// 每季度首月10日前, 印发实施后1个月内, 春节期间 … A hand-written recursive descent over
/// code points: the phrases are short, and a grammar keeps "what we accept" in one readable
/// place. Its parts: the phrase as a whole (zh_parser.cpp), dates and spans (zh_spans.cpp),
/// festivals and holidays (zh_festivals.cpp), recurring items (zh_recurring.cpp), counts
/// from an event (zh_relative.cpp). Each rule is in README.md's table of phrases.
class ZhParser : ZhCursor {
 public:
  explicit ZhParser(std::u32string text) : ZhCursor(std::move(text)) {}
  /// The whole phrase; throws ZhFailure where it stops reading.
  WhenExpr parse();
  /// parse, with a note at its end that a due day on a day off moves on (（遇节假日顺延）).
  WhenExpr parse_with_notes();
  /// After parse: where the words that date the phrase end, before words after them that
  /// only say what is done (10月底前|完成改造): the text finder's phrase ends there.
  std::size_t dating_end() const { return std::min(words_at_, s_.size()); }
  /// After parse: the phrase names a whole year and no more (2017年度, 到2020年): in running
  /// text that is the period a task is about as often as its deadline.
  bool names_a_year_only() const { return year_only_; }
  /// After parse: a date with no word that says how it dates (6月30日, 2016年10月), a count
  /// with none (停产整顿6个月), an event's span by its name alone (重污染期间): in running
  /// text a mention as often as a deadline.
  bool unmarked() const { return unmarked_; }

 private:
  // --- the phrase as a whole (zh_parser.cpp)
  std::optional<WhenExpr> parse_fixed_word();
  std::optional<WhenExpr> parse_dates_in_brackets();
  WhenExpr parse_event_span();
  WhenExpr parse_dated();
  WhenExpr parse_dated_after_words();
  void skip_label();
  bool skip_trailing_label();
  /// Words after a date that say what is done by then (报送, 上报区政府): read past when
  /// they name no date.
  bool accept_action();
  /// One of `verbs` (完成, 办结, 报送) after the words that date the phrase: read, and the
  /// phrase's dating words end before it (see dating_end).
  bool accept_verb(std::initializer_list<std::u32string_view> verbs);
  /// Tries `parse`; on failure, back where it started and nothing.
  template <class Parse>
  auto attempt(Parse parse) -> std::optional<decltype(parse())>;

  bool strip_roll_note();
  std::optional<WhenExpr> parse_season_after_words();
  std::optional<WhenExpr> parse_season();

  // --- dates and spans (zh_spans.cpp)
  ParsedSpan parse_span(const DaySpan* start);
  std::optional<DaySpan> parse_numeric_date(YearRef year);
  std::optional<DaySpan> parse_listed_range(std::size_t number_at, int first, YearRef year);
  std::optional<DaySpan> parse_first_months(YearRef year);
  void parse_day_part(ParsedSpan& out, unsigned month);
  std::optional<std::pair<unsigned, unsigned>> parse_part_of_month();
  void parse_day_notes(DaySpan& span);
  void skip_time_of_day();
  std::optional<int> parse_weekday();
  std::optional<YearRef> parse_year(const DaySpan* start);
  std::optional<ParsedSpan> parse_five_year_plan();
  void check_day(std::size_t at, unsigned month, int day);
  std::optional<int> lunar_day_number();

  // --- festivals and holidays (zh_festivals.cpp)
  std::optional<WhenExpr> parse_holidays();
  std::optional<DaySpan> dotted_date();
  std::optional<DaySpan> parse_lunar(YearRef year);
  std::optional<DaySpan> parse_solar_festival(YearRef year);
  const Festival* accept_festival();

  // --- recurring items (zh_recurring.cpp)
  bool starts_recurring();
  WhenExpr parse_recurring();
  bool parse_period(WhenExpr& expr);
  void parse_due(WhenExpr& expr);
  void parse_due_month(WhenExpr& expr, unsigned months);
  bool parse_due_day(WhenExpr& expr, unsigned month);
  bool parse_due_after_end(WhenExpr& expr);
  bool parse_due_working_day(WhenExpr& expr);
  bool names_only_past_periods(std::size_t from) const;
  WhenExpr parse_yearly_window();
  std::optional<WhenExpr> parse_yearly_months();

  // --- counts from an event or a given day (zh_relative.cpp)
  std::optional<WhenExpr> try_relative();
  struct CountWord {
    int count;
    Period unit;
    bool length;  ///< a length (半年), which needs 内 or an anchor; else a day (次日)
  };
  std::optional<CountWord> accept_count_word();
  Period count_unit(bool strict = false);
  std::size_t find_count(std::size_t from);

  static bool is_one_day(const DaySpan& span) {
    return span.first_month == span.last_month && span.first_day == span.last_day;
  }
  static bool is_year_suffix(char32_t c) {
    return c == U'底' || c == U'末' || c == U'初' || c == U'内' || c == U'前' || c == U'中';
  }
  static DaySpan month_span(YearRef year, unsigned first, unsigned last) {
    return DaySpan{year, first, 1, last, 0, {}, false};
  }
  static DaySpan day_span(YearRef year, unsigned month, unsigned day) {
    return DaySpan{year, month, day == 0 ? 0u : day, month, day, {}, false};
  }
  static DaySpan day_range(YearRef year, unsigned month, unsigned first, unsigned last) {
    return DaySpan{year, month, first, month, last, {}, false};
  }
  static DaySpan lunar_span(YearRef year, unsigned month, unsigned day) {
    DaySpan span = day_span(year, month, day);
    span.lunar = true;
    return span;
  }

  /// The words before a colon or 为 that label the phrase (办结时限为8个工作日).
  std::u32string label_;
  /// Where accept_action began to read past words (see dating_end).
  std::size_t words_at_ = std::u32string::npos;
  bool year_only_ = false;
  bool unmarked_ = false;
  /// The lunar day a note gives for the first day of a range (see parse_day_notes).
  std::optional<std::pair<unsigned, unsigned>> range_first_note_;
};

template <class Parse>
auto ZhParser::attempt(Parse parse) -> std::optional<decltype(parse())> {
  std::size_t at = pos_;
  auto note = range_first_note_;
  std::size_t words_at = words_at_;
  try {
    return parse();
  } catch (const ZhFailure&) {
    pos_ = at;
    range_first_note_ = note;
    words_at_ = words_at;
    return std::nullopt;
  }
}

}  // namespace plancheck
