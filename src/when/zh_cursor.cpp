// SPDX-License-Identifier: MIT
#include "when/zh_cursor.h"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <vector>

#include "text/utf8.h"
#include "when/zh_lexicon.h"

namespace plancheck {

bool ZhCursor::accept(std::u32string_view word) {
  skip_quotes();
  if (s_.compare(pos_, word.size(), word) != 0) return false;
  pos_ += word.size();
  return true;
}

bool ZhCursor::accept_any(std::initializer_list<std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](auto word) { return accept(word); });
}

bool ZhCursor::accept_any(std::span<const std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](auto word) { return accept(word); });
}

bool ZhCursor::contains_any(std::initializer_list<std::u32string_view> words) const {
  return std::any_of(words.begin(), words.end(),
                     [&](auto word) { return s_.find(word) != std::u32string::npos; });
}

bool ZhCursor::looking_at_any(std::span<const std::u32string_view> words) const {
  return std::any_of(words.begin(), words.end(), [&](std::u32string_view word) {
    return s_.compare(pos_, word.size(), word) == 0;
  });
}

bool ZhCursor::at_end() {
  skip_quotes();
  return pos_ >= s_.size();
}

void ZhCursor::expect_end() {
  if (!at_end()) {
    ZhFailure failure{WhenError{pos_,
                                s_.size() - pos_,
                                message("unexpected '{}' after the date", to_utf8(s_.substr(pos_))),
                                {}},
                      true};
    throw failure;
  }
}

void ZhCursor::skip_quotes() {
  while (pos_ < s_.size() && (s_[pos_] == U'“' || s_[pos_] == U'”' || s_[pos_] == U'"' ||
                              s_[pos_] == U'《' || s_[pos_] == U'》')) {
    ++pos_;
  }
}

bool ZhCursor::is_range_separator(char32_t c) {
  return c == U'到' || c == U'至' || c == U'—' || c == U'-' || c == U'~' || c == U'～' ||
         c == U'－' || c == U'–';
}

bool ZhCursor::accept_range_separator() {
  skip_quotes();
  if (at_end() || !is_range_separator(s_[pos_])) return false;
  while (!at_end() && is_range_separator(s_[pos_])) ++pos_;  // —— is one dash
  return true;
}

std::optional<int> ZhCursor::number() {
  if (auto n = arabic_number()) return n;
  return chinese_number();
}

std::optional<int> ZhCursor::arabic_number() {
  skip_quotes();
  std::size_t at = pos_;
  long value = 0;
  while (pos_ < s_.size() && s_[pos_] >= U'0' && s_[pos_] <= U'9' && pos_ - at < 6) {
    value = value * 10 + (s_[pos_] - U'0');
    ++pos_;
  }
  if (pos_ == at) return std::nullopt;
  return static_cast<int>(value);
}

std::optional<int> ZhCursor::chinese_number() {
  skip_quotes();
  std::size_t at = pos_;
  auto digit_at = [&](std::size_t i) -> int {
    static const std::u32string digits = U"〇一二三四五六七八九";
    if (i >= s_.size()) return -1;
    if (s_[i] == U'两') return 2;
    if (s_[i] == U'零') return 0;
    std::size_t d = digits.find(s_[i]);
    return d == std::u32string::npos ? -1 : static_cast<int>(d);
  };
  // 二〇二〇, 一九九八: a year written digit by digit.
  std::size_t run = 0;
  while (run < 4 && digit_at(pos_ + run) >= 0) ++run;
  if (run == 4) {
    int value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = value * 10 + digit_at(pos_ + i);
    pos_ += 4;
    return value;
  }
  int leading = digit_at(pos_);
  if (leading >= 0) ++pos_;
  if (!accept(U"十")) {
    if (leading < 0) pos_ = at;
    return leading < 0 ? std::nullopt : std::optional<int>(leading);
  }
  int trailing = digit_at(pos_);
  if (trailing > 0) ++pos_;
  return (leading < 0 ? 1 : leading) * 10 + std::max(trailing, 0);
}

bool ZhCursor::has_digit(std::size_t from, std::size_t to) const {
  return std::any_of(s_.begin() + static_cast<std::ptrdiff_t>(from),
                     s_.begin() + static_cast<std::ptrdiff_t>(to),
                     [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

bool ZhCursor::contains_date_word(std::size_t from) const {
  return contains_date_word_in(std::u32string_view(s_).substr(std::min(from, s_.size())));
}

namespace {

// A number with a calendar unit after it (3月, 十五日, 两个月, 二〇二〇年); a unit alone
// is a date only in the words below (年底, 上旬), not in 销号, 节能 or 常年.
constexpr std::u32string_view kNumerals = U"〇零一二两三四五六七八九十廿";
constexpr std::u32string_view kUnits = U"年月日号季周旬个天";
constexpr std::u32string_view kCalendarWords[] = {
    U"年底", U"年末",   U"年初", U"年内", U"年中", U"年前", U"今年",   U"明年",   U"去年", U"次年",
    U"当年", U"本年",   U"上年", U"前年", U"来年", U"翌年", U"季度",   U"上旬",   U"中旬", U"下旬",
    U"半年", U"月底",   U"月末", U"月初", U"底前", U"春节", U"元旦",   U"国庆",   U"中秋", U"端午",
    U"清明", U"除夕",   U"元宵", U"正月", U"腊月", U"农历", U"五一",   U"劳动节", U"节前", U"节后",
    U"节日", U"节假日", U"星期", U"礼拜", U"周末", U"每",   U"上半年", U"下半年", U"元月"};
// Words the text finder also begins at, though they are no date by themselves: a day
// counted from an event (次日, 下一个工作日), an event's span (高考期间, whose phrase begins
// where the clause does), the whole year, every other month, a month's item due in the
// next (次月5日前).
constexpr std::u32string_view kCountWords[] = {U"次日",       U"翌日", U"第二天", U"下一个工作日",
                                               U"下个工作日", U"期间", U"全年",   U"逢单月",
                                               U"逢双月",     U"次月", U"下月"};

bool is_numeral(char32_t c) { return kNumerals.find(c) != std::u32string_view::npos; }

}  // namespace

bool ZhCursor::contains_date_word_in(std::u32string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] >= U'0' && text[i] <= U'9') return true;
    if (!is_numeral(text[i])) continue;
    std::size_t end = i;
    while (end < text.size() && is_numeral(text[end])) ++end;
    if (end < text.size() && kUnits.find(text[end]) != std::u32string_view::npos) return true;
    i = end;
  }
  return std::any_of(
      std::begin(kCalendarWords), std::end(kCalendarWords),
      [&](std::u32string_view word) { return text.find(word) != std::u32string_view::npos; });
}

namespace {

// Every word the text finder begins at, by its first character, longest first.
struct WordIndex {
  std::bitset<0x10000> can_begin;  // every such word is in the BMP
  std::vector<std::u32string_view> words;
};

const WordIndex& word_index() {
  static const WordIndex index = [] {
    WordIndex out;
    auto add = [&](std::u32string_view word) { out.words.push_back(word); };
    for (std::u32string_view word : kCalendarWords) add(word);
    for (std::u32string_view word : kCountWords) add(word);
    for (const Festival& festival : festivals()) add(festival.word);
    for (const PeriodicNoun& noun : periodic_nouns()) add(noun.word);
    for (std::u32string_view word : issue_start_words()) add(word);
    for (const SeasonWord& season : regional_seasons()) add(season.word);
    std::sort(out.words.begin(), out.words.end(),
              [](auto a, auto b) { return a[0] != b[0] ? a[0] < b[0] : a.size() > b.size(); });
    for (char32_t c = U'0'; c <= U'9'; ++c) out.can_begin.set(c);
    for (char32_t c : kNumerals) out.can_begin.set(c);
    for (std::u32string_view word : out.words) out.can_begin.set(word[0]);
    for (std::u32string_view word : period_lead_words()) out.can_begin.set(word[0]);
    return out;
  }();
  return index;
}

}  // namespace

std::size_t ZhCursor::date_word_at(std::u32string_view text, std::size_t at) {
  const WordIndex& index = word_index();
  if (text[at] >= 0x10000 || !index.can_begin[text[at]]) return 0;
  auto is_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  // 5个乡镇, 一个企业: 个 counts periods only before one (个月, 个工作日, 个季度).
  auto counts_periods = [&](std::size_t unit) {
    return text[unit] != U'个' ||
           (unit + 1 < text.size() &&
            std::u32string_view(U"月工季星自日").find(text[unit + 1]) != std::u32string_view::npos);
  };
  if (is_digit(text[at])) {
    // PM2.5, NO2, 3.5: a number inside a name or after a decimal point is no date.
    if (at > 0 && (is_digit(text[at - 1]) || text[at - 1] == U'.' ||
                   (text[at - 1] < 0x80 && std::isalpha(static_cast<int>(text[at - 1]))))) {
      return 0;
    }
    std::size_t end = at;
    while (end < text.size() && is_digit(text[end])) ++end;
    // A number the grammar reads is followed by its unit (年, 个, 时), by a separator (、,
    // 至, /, :) or by nothing: 10%, 3000台 and PM2.5 are not dates.
    static constexpr std::u32string_view kAfterNumber =
        U"年月日号个天周季旬时点、至到-—~～－–/.:和及或";
    if (end < text.size() &&
        (kAfterNumber.find(text[end]) == std::u32string_view::npos || !counts_periods(end))) {
      return 0;
    }
    return end - at;
  }
  if (is_numeral(text[at]) && (at == 0 || !is_numeral(text[at - 1]))) {
    std::size_t end = at;
    while (end < text.size() && is_numeral(text[end])) ++end;
    // 一、二季度, 三至五月: numerals listed before their unit.
    std::size_t unit = end;
    while (unit + 1 < text.size() && (text[unit] == U'、' || is_range_separator(text[unit])) &&
           is_numeral(text[unit + 1])) {
      ++unit;
      while (unit < text.size() && is_numeral(text[unit])) ++unit;
    }
    if (unit < text.size() && kUnits.find(text[unit]) != std::u32string_view::npos &&
        counts_periods(unit)) {
      return unit + 1 - at;
    }
    // 十·一, 五·一: a day written with a dot (dotted_date).
    if (end + 1 < text.size() && (text[end] == U'·' || text[end] == U'・' || text[end] == U'•') &&
        is_numeral(text[end + 1])) {
      return end + 2 - at;
    }
    // 十三五, 十四五: a five-year plan.
    if (end - at >= 2 && text[end - 1] == U'五' && text[at] == U'十') return end - at;
  }
  std::u32string_view rest = text.substr(at);
  auto first = std::lower_bound(index.words.begin(), index.words.end(), rest[0],
                                [](std::u32string_view word, char32_t c) { return word[0] < c; });
  for (auto word = first; word != index.words.end() && (*word)[0] == rest[0]; ++word) {
    if (rest.starts_with(*word)) return word->size();
  }
  // 逐月, 按季度: a period's word after the word that makes it recur.
  for (std::u32string_view word : period_lead_words()) {
    if (rest.starts_with(word) && rest.size() > word.size() &&
        std::u32string_view(U"年月季周日天半旬").find(rest[word.size()]) !=
            std::u32string_view::npos) {
      return word.size() + 1;
    }
  }
  return 0;
}

std::u32string ZhCursor::without_words(std::u32string_view text,
                                       std::initializer_list<std::u32string_view> words) {
  std::u32string rest(text);
  for (std::u32string_view word : words) {
    for (std::size_t at; (at = rest.find(word)) != std::u32string::npos;)
      rest.erase(at, word.size());
  }
  return rest;
}

std::u32string ZhCursor::without_period_references(std::u32string_view text) {
  return without_words(
      text, {U"上一个月", U"上个月",   U"上月",   U"本月",   U"当月",     U"上一季度", U"上个季度",
             U"上季度",   U"本季度",   U"当季",   U"上半年", U"上一年度", U"上年度",   U"上一年",
             U"上年",     U"下一年度", U"下年度", U"下一年", U"本年度",   U"全年",     U"年度"});
}

void ZhCursor::fail(std::size_t at, std::size_t length, Message message, Message help) {
  throw ZhFailure{
      WhenError{at, std::max<std::size_t>(length, 1), std::move(message), std::move(help)}};
}

}  // namespace plancheck
