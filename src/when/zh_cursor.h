// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "when/when_expr.h"

namespace plancheck {

/// How a Chinese phrase failed to parse; parse_when_zh returns its error.
struct ZhFailure {
  WhenError error;
  /// The phrase read whole up to the error, and more words follow (10月底前|和2018年…): a
  /// finder in running text takes the phrase up to there.
  bool trailing = false;
};

/// What the Chinese grammar stands on: the phrase as code points (after NFKC, so full-width
/// brackets, colons and digits are ASCII), a position in it, and the words and numbers read
/// there. Quotation marks are read past wherever a word or a number may begin (“十三五”末).
class ZhCursor {
 public:
  explicit ZhCursor(std::u32string text) : s_(std::move(text)) {}

 protected:
  bool accept(std::u32string_view word);
  /// Callers list longer words first where one is a prefix of another.
  bool accept_any(std::initializer_list<std::u32string_view> words);
  bool accept_any(std::span<const std::u32string_view> words);
  bool contains_any(std::initializer_list<std::u32string_view> words) const;
  /// Whether one of `words` begins here; nothing is read.
  bool looking_at_any(std::span<const std::u32string_view> words) const;
  bool ends_with(std::u32string_view word) const { return s_.ends_with(word); }
  char32_t peek(std::size_t ahead = 0) const {
    return pos_ + ahead < s_.size() ? s_[pos_ + ahead] : U'\0';
  }
  bool at_end();
  void expect_end();
  void skip_quotes();

  /// 到, 至, and the dashes and tildes plans write between two dates (—— is one).
  static bool is_range_separator(char32_t c);
  bool accept_range_separator();

  /// A number in Arabic digits or in Chinese (三, 十二, 二十九, 二〇二〇).
  std::optional<int> number();
  std::optional<int> arabic_number();
  std::optional<int> chinese_number();

  bool has_digit(std::size_t from, std::size_t to) const;
  /// Whether the text from `from` on names a date: a digit, or a word of the calendar.
  bool contains_date_word(std::size_t from = 0) const;
  static bool contains_date_word_in(std::u32string_view text);

 public:
  /// How long the date word beginning at `at` is (a number, a number with its calendar unit,
  /// a word of the calendar, a festival, a five-year plan), 0 when none begins there. Where
  /// the text finder tries a phrase.
  static std::size_t date_word_at(std::u32string_view text, std::size_t at);

 protected:
  /// `text` without any of `words` (each taken out wherever it stands).
  static std::u32string without_words(std::u32string_view text,
                                      std::initializer_list<std::u32string_view> words);
  /// `text` without the words that name a period an action is about rather than a date
  /// (上月, 上季度, 上年度, 下一年度, 全年).
  static std::u32string without_period_references(std::u32string_view text);

  [[noreturn]] void fail(std::size_t at, std::size_t length, Message message, Message help = {});

  std::u32string s_;
  std::size_t pos_ = 0;
};

}  // namespace plancheck
