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
