// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::import_text {

/// Spaces a published text pads with: ASCII, ideographic (U+3000), no-break (U+00A0).
bool is_space(char32_t c);
std::u32string_view trim(std::u32string_view s);
bool starts_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> prefixes,
                     std::size_t* length = nullptr);
bool ends_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> suffixes,
                   std::size_t* length = nullptr);
/// Full-width and half-width forms of the punctuation annotations use.
bool is_open_bracket(char32_t c);
bool is_close_bracket(char32_t c);
bool is_list_separator(char32_t c);    ///< 、 , ，
bool is_clause_separator(char32_t c);  ///< ， , ； ; 。
bool is_sentence_end(char32_t c);      ///< 。 ； ; ！ ？
/// A Chinese numeral from 一 to 九十九, or nothing.
int chinese_number(std::u32string_view s);
/// Decimal digits, ASCII or full-width, or -1.
int decimal_number(std::u32string_view s);
/// The character count of `s` when it is cut to at most `max` characters, with an
/// ellipsis when cut.
std::u32string shorten(std::u32string_view s, std::size_t max);

}  // namespace plancheck::import_text
