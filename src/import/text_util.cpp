// SPDX-License-Identifier: MIT
#include "import/text_util.h"

namespace plancheck::import_text {

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0' || c == U'\r' || c == U'\f' ||
         c == U'\v' || c == U'\uFEFF';
}

std::u32string_view trim(std::u32string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

namespace {

// Whether one of `affixes` passes `matches`, the first that does setting `length`.
template <typename Matches>
bool first_affix(std::initializer_list<std::u32string_view> affixes, std::size_t* length,
                 Matches matches) {
  for (std::u32string_view affix : affixes) {
    if (matches(affix)) {
      if (length) *length = affix.size();
      return true;
    }
  }
  return false;
}

}  // namespace

bool starts_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> prefixes,
                     std::size_t* length) {
  return first_affix(prefixes, length, [s](std::u32string_view p) { return s.starts_with(p); });
}

bool ends_with_any(std::u32string_view s, std::initializer_list<std::u32string_view> suffixes,
                   std::size_t* length) {
  return first_affix(suffixes, length, [s](std::u32string_view p) { return s.ends_with(p); });
}

bool is_open_bracket(char32_t c) {
  return c == U'（' || c == U'(' || c == U'〔' || c == U'[' || c == U'【' || c == U'［';
}
bool is_close_bracket(char32_t c) {
  return c == U'）' || c == U')' || c == U'〕' || c == U']' || c == U'】' || c == U'］';
}
bool is_list_separator(char32_t c) { return c == U'、' || c == U',' || c == U'，'; }
bool is_clause_separator(char32_t c) {
  return c == U'，' || c == U',' || c == U'；' || c == U';' || c == U'。';
}
bool is_sentence_end(char32_t c) {
  return c == U'。' || c == U'；' || c == U';' || c == U'！' || c == U'？';
}

int chinese_number(std::u32string_view s) {
  static const std::u32string_view digits = U"零一二三四五六七八九";
  if (s.empty() || s.size() > 3) return 0;
  auto digit = [&](char32_t c) {
    auto at = digits.find(c);
    return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
  };
  auto ten = s.find(U'十');
  if (ten == std::u32string_view::npos) return s.size() == 1 && digit(s[0]) > 0 ? digit(s[0]) : 0;
  int tens = 1, ones = 0;
  if (ten == 1) tens = digit(s[0]);
  if (ten > 1 || tens <= 0) return 0;
  if (ten + 1 < s.size()) {
    if (ten + 2 != s.size()) return 0;
    ones = digit(s[ten + 1]);
    if (ones <= 0) return 0;
  }
  return tens * 10 + ones;
}

int decimal_number(std::u32string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  int value = 0;
  for (char32_t c : s) {
    if (c >= U'0' && c <= U'9') {
      value = value * 10 + static_cast<int>(c - U'0');
    } else if (c >= U'０' && c <= U'９') {
      value = value * 10 + static_cast<int>(c - U'０');
    } else {
      return -1;
    }
  }
  return value;
}

std::u32string shorten(std::u32string_view s, std::size_t max) {
  if (s.size() <= max) return std::u32string(s);
  return std::u32string(s.substr(0, max)) + U"…";
}

}  // namespace plancheck::import_text
