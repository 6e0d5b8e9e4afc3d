// SPDX-License-Identifier: MIT
// Dates and spans of days: 2017年, 10月, 10月底, 6月30日, 2019.6.30, 下半年, 三季度末,
// 10月上旬, 年底, “十四五”期间, and what a plan writes beside a day (星期二, 农历正月初九).
#include <algorithm>

#include "text/utf8.h"
#include "when/zh_parser.h"

namespace plancheck {
namespace {

constexpr unsigned kMaxDay[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

DaySpan with_year(DaySpan span, YearRef year) {
  span.year = year;
  return span;
}

}  // namespace

// `start` is the range's first span when this is its end: an end without a year or month
// takes them from there (至29日), and 次年 counts from its year.
ParsedSpan ZhParser::parse_span(const DaySpan* start) {
  ParsedSpan out;
  if (auto plan = parse_five_year_plan()) return *plan;
  std::optional<YearRef> year = parse_year(start);
  if (year) {
    out.span.year = *year;
  } else if (start) {
    out.span.year = start->has_last_year ? start->last_year : start->year;
  }
  if (year && accept(U"度")) {
    out.year_only = true;
    return out;
  }
  if (auto numeric = parse_numeric_date(out.span.year)) {
    out.span = *numeric;
    out.point = is_one_day(*numeric);
    return out;
  }
  // 2017年年底前, 今年年初: 年 written again before 底, as plans often do (肥政发〔2017〕17号).
  if (year && peek() == U'年' && is_year_suffix(peek(1))) accept(U"年");
  bool bare_year_word = !year && peek() == U'年' && is_year_suffix(peek(1));
  if (bare_year_word) accept(U"年");
  if (year || bare_year_word) {
    if (accept_any({U"底", U"末"})) {
      out.span = with_year(day_span(YearRef{}, 12, 0), out.span.year);
      out.point = true;
      return out;
    }
    if (accept(U"初")) {
      out.span = month_span(out.span.year, 1, 2);
      return out;
    }
    if (accept(U"中"))
      fail(pos_ - 1, 1, message("'年中' is too vague to date"), message("write 6月底前"));
  }
  // A festival is a day to act on, not a day to be done by: 除夕 alone is a window of one
  // day, 除夕前 a deadline.
  if (auto lunar = parse_lunar(out.span.year)) {
    out.span = *lunar;
    if (peek() == U'(') parse_day_notes(out.span);
    return out;
  }
  if (auto festival = parse_solar_festival(out.span.year)) {
    out.span = *festival;
    out.point = true;
    return out;
  }
  for (auto [half, last] : {std::pair{U"上半年", 6u}, std::pair{U"下半年", 12u}}) {
    if (!accept(half)) continue;
    out.span = month_span(out.span.year, last - 5, last);
    if (accept_any({U"底", U"末"})) {  // 上半年末: the half-year's last day
      out.span = day_span(out.span.year, last, 0);
      out.point = true;
    }
    return out;
  }
  if (auto first_months = parse_first_months(out.span.year)) {
    out.span = *first_months;
    return out;
  }
  if (accept(U"全年")) return out.span = month_span(out.span.year, 1, 12), out;
  if (start && !year) {
    if (auto part = parse_part_of_month()) {  // 8月中旬—下旬
      out.span = day_range(out.span.year, start->last_month, part->first, part->second);
      return out;
    }
  }
  std::size_t number_at = pos_;
  std::optional<int> value;
  bool quarter_letter = false;  // 2022年Q3: a quarter, as spreadsheets write it
  if (accept(U"元月")) {
    value = 1;
    pos_ -= 1;  // 月 is read below, as for any month
  } else if (accept_any({U"Q", U"q"})) {
    value = arabic_number();
    if (!value) fail(number_at, pos_ - number_at + 1, message("there is no such quarter"));
    quarter_letter = true;
  } else {
    accept(U"第");
    value = number();
  }
  if (value && (peek() == U'、' || is_range_separator(peek()))) {
    if (auto listed = parse_listed_range(number_at, *value, out.span.year)) {
      out.span = *listed;
      return out;
    }
  }
  if (value && (quarter_letter || accept_any({U"季度", U"季"}))) {
    if (*value < 1 || *value > 4)
      fail(number_at, pos_ - number_at, message("there is no such quarter"));
    unsigned last = static_cast<unsigned>(*value) * 3;
    out.span = month_span(out.span.year, last - 2, last);
    if (accept_any({U"末", U"底"})) out.span = month_span(out.span.year, last, last);
    return out;
  }
  if (value && accept(U"月")) {
    if (*value < 1 || *value > 12)
      fail(number_at, pos_ - number_at, message("there is no month {}", *value));
    accept(U"份");
    auto month = static_cast<unsigned>(*value);
    out.span = month_span(out.span.year, month, month);
    parse_day_part(out, month);
    return out;
  }
  if (value && start && start->lunar) {  // 正月初六至十五
    if (*value < 1 || *value > 30)
      fail(number_at, pos_ - number_at, message("a lunar month has 29 or 30 days"));
    out.span = lunar_span(out.span.year, start->last_month, static_cast<unsigned>(*value));
    out.point = true;
    return out;
  }
  if (value && start && accept_any({U"日", U"号"})) {  // 明年2月1日至29日
    unsigned month = start->last_month;
    check_day(number_at, month, *value);
    out.span = day_span(out.span.year, month, static_cast<unsigned>(*value));
    out.point = true;
    parse_day_notes(out.span);
    return out;
  }
  if (value) pos_ = number_at;
  if (year || bare_year_word) {
    out.span = month_span(out.span.year, 1, 12);
    out.year_only = true;
    return out;
  }
  fail(pos_, 1,
       at_end() ? message("expected a date, got the end of the phrase")
                : message("expected a date"));
}

// 2019.6.30, 2020/11/30, 2019-6-30, 6.30: a day written with dots, slashes or dashes, as
// tables and notices often do. A dash between two numbers followed by 月 is a range of
// months (9-12月), not this.
std::optional<DaySpan> ZhParser::parse_numeric_date(YearRef year) {
  std::size_t at = pos_;
  auto first = arabic_number();
  if (!first) return std::nullopt;
  std::size_t first_digits = pos_ - at;
  char32_t separator = peek();
  if (separator != U'.' && separator != U'/' && separator != U'-') return pos_ = at, std::nullopt;
  ++pos_;
  auto second = arabic_number();
  std::size_t second_end = pos_;
  std::optional<int> third;
  if (second && peek() == separator) {
    ++pos_;
    third = arabic_number();
    if (!third) pos_ = second_end;
  }
  bool calendar_word_follows =
      std::u32string_view(U"月日号年季").find(peek()) != std::u32string_view::npos;
  if (!second || calendar_word_follows) return pos_ = at, std::nullopt;
  int y = 0, m = 0, d = 0;
  if (third && first_digits == 4) {
    y = *first, m = *second, d = *third;
  } else if (!third && first_digits <= 2 && separator != U'-') {
    m = *first, d = *second;
  } else if (!third && first_digits == 4 && separator != U'-') {
    if (*second < 1 || *second > 12) return pos_ = at, std::nullopt;
    return month_span(YearRef{true, *first}, static_cast<unsigned>(*second),
                      static_cast<unsigned>(*second));
  } else {
    return pos_ = at, std::nullopt;
  }
  if (m < 1 || m > 12) fail(at, pos_ - at, message("there is no month {}", m));
  if (d < 1 || static_cast<unsigned>(d) > kMaxDay[m]) {
    fail(at, pos_ - at, message("{}月 has no day {}", m, d));
  }
  DaySpan span =
      day_span(y ? YearRef{true, y} : year, static_cast<unsigned>(m), static_cast<unsigned>(d));
  parse_day_notes(span);
  return span;
}

// 11—12月, 7、8月, 2007年4-5月, 一、二季度: consecutive months or quarters as one span.
// Nothing (and nothing read) when what follows the first number is not a second one.
std::optional<DaySpan> ZhParser::parse_listed_range(std::size_t number_at, int first,
                                                    YearRef year) {
  std::size_t separator_at = pos_;
  bool listed = peek() == U'、';
  if (listed) {
    ++pos_;
  } else {
    accept_range_separator();
  }
  std::size_t last_at = pos_;
  auto last = number();
  // 7、8、9月, 7、8、9三个月: more months listed, one after another.
  int listed_count = 2;
  bool consecutive = true;
  while (listed && last && peek() == U'、') {
    std::size_t more_at = pos_;
    ++pos_;
    auto more = number();
    if (!more) {
      pos_ = more_at;
      break;
    }
    consecutive &= *more == *last + 1;
    last = more;
    last_at = more_at + 1;
    ++listed_count;
  }
  int months_each = 0;
  if (last && accept(U"月")) {
    months_each = 1;
  } else if (last && accept_any({U"季度", U"季"})) {
    months_each = 3;
  } else if (std::size_t count_at = pos_; last && listed) {
    auto count = number();
    if (count && *count == listed_count && accept(U"个月")) {
      months_each = 1;  // 8、9两个月: the count says they are months
    } else {
      pos_ = count_at;
    }
  }
  if (months_each == 0) {
    pos_ = separator_at;
    return std::nullopt;
  }
  int most = 12 / months_each;
  if (first < 1 || first > most) {
    fail(number_at, separator_at - number_at,
         months_each == 1 ? message("there is no month {}", first)
                          : message("there is no such quarter"));
  }
  if (*last < 1 || *last > most) {
    fail(last_at, pos_ - last_at - 1,
         months_each == 1 ? message("there is no month {}", *last)
                          : message("there is no such quarter"));
  }
  if (*last <= first) {
    fail(number_at, pos_ - number_at,
         months_each == 1 ? message("a span of months runs forward: {}月 to {}月", first, *last)
                          : message("a span of quarters runs forward"));
  }
  if (listed && (!consecutive || *last != first + listed_count - 1)) {
    fail(number_at, pos_ - number_at,
         message("'{}' names months that are not one span",
                 to_utf8(s_.substr(number_at, pos_ - number_at))),
         message("give each month its own milestone"));
  }
  accept(U"份");
  return month_span(year, static_cast<unsigned>((first - 1) * months_each + 1),
                    static_cast<unsigned>(*last * months_each));
}

// 前9月, 前三季度: the year's first months, from January.
std::optional<DaySpan> ZhParser::parse_first_months(YearRef year) {
  std::size_t at = pos_;
  if (!accept(U"前")) return std::nullopt;
  auto count = number();
  if (count && accept_any({U"个月", U"月"})) {
    if (*count < 1 || *count > 12) fail(at, pos_ - at, message("there is no month {}", *count));
    return month_span(year, 1, static_cast<unsigned>(*count));
  }
  if (count && accept_any({U"个季度", U"季度"})) {
    if (*count < 1 || *count > 4) fail(at, pos_ - at, message("there is no such quarter"));
    return month_span(year, 1, static_cast<unsigned>(*count) * 3);
  }
  pos_ = at;
  return std::nullopt;
}

// 上旬, 中下旬, 上、中旬, 上半月: days of a month as the first and last (0: the month's
// last day).
std::optional<std::pair<unsigned, unsigned>> ZhParser::parse_part_of_month() {
  if (accept_any({U"上中旬", U"中上旬", U"上、中旬", U"上,中旬"})) return std::pair{1u, 20u};
  if (accept_any({U"中下旬", U"下中旬", U"中、下旬", U"中,下旬"})) return std::pair{11u, 0u};
  if (accept(U"上旬")) return std::pair{1u, 10u};
  if (accept(U"中旬")) return std::pair{11u, 20u};
  if (accept(U"下旬")) return std::pair{21u, 0u};
  if (accept_any({U"上半月", U"前半月"})) return std::pair{1u, 15u};
  if (accept_any({U"下半月", U"后半月"})) return std::pair{16u, 0u};
  if (accept(U"初")) return std::pair{1u, 10u};  // 3月初: its first ten days, as 上旬
  return std::nullopt;
}

void ZhParser::parse_day_part(ParsedSpan& out, unsigned month) {
  if (accept_any({U"底", U"末"})) {
    out.span = day_span(out.span.year, month, 0);
    out.point = true;
    return;
  }
  if (auto part = parse_part_of_month()) {
    out.span = day_range(out.span.year, month, part->first, part->second);
    return;
  }
  std::size_t day_at = pos_;
  auto day = number();
  if (!day) return;
  if (!accept_any({U"日", U"号"})) fail(pos_, 1, message("expected '日' after the day"));
  check_day(day_at, month, *day);
  out.span = day_span(out.span.year, month, static_cast<unsigned>(*day));
  out.point = true;
  parse_day_notes(out.span);
}

// 6月18日（星期二）, 2月2日（农历正月初九，星期日）, 2月2日（腊月二十三）17时,
// 6月18日上午下班前: what a plan writes beside a day for its reader. A weekday or a lunar
// day is kept, to be checked against the day once the year is known; a time of day is
// read past, since a deadline is a day.
void ZhParser::parse_day_notes(DaySpan& span) {
  if (peek() == U'(') {
    ++pos_;
    do {
      if (auto weekday = parse_weekday()) {
        span.noted_weekday = *weekday;
        continue;
      }
      std::size_t note_at = pos_;
      if (span.lunar) {  // 正月初八（2月24日）: the solar day of a lunar one
        auto month = number();
        if (month && *month >= 1 && *month <= 12 && accept(U"月")) {
          auto day = number();
          if (!day || !accept_any({U"日", U"号"}))
            fail(note_at, pos_ - note_at + 1, message("expected '日' after the day"));
          check_day(note_at, static_cast<unsigned>(*month), *day);
          span.noted_month = static_cast<unsigned>(*month);
          span.noted_day = static_cast<unsigned>(*day);
          continue;
        }
        pos_ = note_at;
      }
      // 腊月二十三（小年）: a festival's name beside its day is what the day is called.
      if (const Festival* festival = accept_festival(); festival && peek() == U')') continue;
      if (accept(U"小年") && peek() == U')') continue;
      pos_ = note_at;
      auto lunar = parse_lunar(span.year);
      if (!lunar || lunar->first_day != lunar->last_day) {
        fail(note_at, 1, message("expected a weekday or a lunar day in the brackets after a day"));
      }
      span.noted_lunar_month = lunar->last_month;
      span.noted_lunar_day = lunar->last_day;
      if (accept_range_separator()) {
        // The note of a range's end may give the range's both days.
        std::size_t second_at = pos_;
        auto second = parse_lunar(span.year);
        if (!second || second->first_day != second->last_day) {
          fail(second_at, 1, message("expected a lunar day after '至' in the note"));
        }
        range_first_note_ = std::pair{span.noted_lunar_month, span.noted_lunar_day};
        span.noted_lunar_month = second->last_month;
        span.noted_lunar_day = second->last_day;
      }
    } while (accept_any({U",", U"、"}));
    if (!accept(U")")) fail(pos_, 1, message("expected ')' after the note on the day"));
  }
  skip_time_of_day();
}

// 上午, 17时, 12时30分, 下班前: a time of day is read past, since a deadline is a day.
void ZhParser::skip_time_of_day() {
  accept_any({U"上午", U"下午", U"中午", U"晚上", U"凌晨", U"全天", U"当天", U"当日"});
  // 17时, 12时30分, 17:00, and times listed (每日8时、17时).
  for (std::size_t back = pos_;;) {
    std::size_t hour_at = pos_;
    auto hour = number();
    bool clock = hour && (accept(U":") ? number().has_value() : accept_any({U"时", U"点"}));
    if (!clock) {
      pos_ = back;  // before the 、 that did not list a time
      break;
    }
    if (*hour > 24) fail(hour_at, pos_ - hour_at, message("there is no hour {}", *hour));
    std::size_t minute_at = pos_;
    if (!number() || !accept(U"分")) pos_ = minute_at;
    accept(U"整");
    back = pos_;
    if (!accept(U"、")) break;
  }
  accept_any({U"下班前", U"下班之前"});
}

// 星期二, 周日, 礼拜天: 0 Sunday .. 6 Saturday.
std::optional<int> ZhParser::parse_weekday() {
  std::size_t at = pos_;
  if (!accept_any({U"星期", U"周", U"礼拜"})) return std::nullopt;
  if (accept_any({U"日", U"天"})) return 0;
  auto n = chinese_number();
  if (n && *n >= 1 && *n <= 6) return *n;
  pos_ = at;
  return std::nullopt;
}

std::optional<YearRef> ZhParser::parse_year(const DaySpan* start) {
  std::size_t at = pos_;
  auto digits = arabic_number();
  if (digits && pos_ - at == 4) {
    // 2016-2020年: the first year borrows the 年 of the second.
    if (accept(U"年") || is_range_separator(peek())) return YearRef{true, *digits};
  }
  pos_ = at;
  skip_quotes();
  std::size_t chinese_at = pos_;
  if (auto chinese = chinese_number(); chinese && pos_ - chinese_at == 4 && accept(U"年")) {
    return YearRef{true, *chinese};  // 二〇二〇年
  }
  pos_ = at;
  if (accept_any({U"今年", U"本年", U"当年"})) {
    return start ? (start->has_last_year ? start->last_year : start->year) : YearRef{false, 0};
  }
  if (accept_any({U"明年", U"来年"})) return YearRef{false, 1};
  if (accept_any({U"去年", U"上年", U"上一年", U"头年"})) return YearRef{false, -1};
  if (accept(U"前年")) return YearRef{false, -2};
  if (accept_any({U"次年", U"第二年", U"翌年"})) {
    return start ? YearRef{start->year.absolute, start->year.value + 1} : YearRef{false, 1};
  }
  return std::nullopt;
}

// “十三五”末, “十四五”期间: the 13th five-year plan runs 2016–2020 (regular since the 6th,
// 1981–1985). Its end is a deadline on its last year's end; 期间 and 时期 are its five years.
std::optional<ParsedSpan> ZhParser::parse_five_year_plan() {
  std::size_t at = pos_;
  auto n = chinese_number();
  if (!n || !accept(U"五")) {
    pos_ = at;
    return std::nullopt;
  }
  if (*n < 6) fail(at, pos_ - at, message("five-year plans before the sixth are not dated"));
  int first_year = 1981 + 5 * (*n - 6);
  skip_quotes();
  accept_any({U"规划", U"计划"});
  ParsedSpan out;
  // 末 says the end, as 年底 does; 收官之年 names the last year.
  if (accept_any({U"期末", U"末期", U"末"})) {
    out.span = month_span(YearRef{true, first_year + 4}, 1, 12);
    out.point = true;
    return out;
  }
  if (accept_any({U"收官之年", U"收官战", U"收官年", U"收官"})) {
    out.span = month_span(YearRef{true, first_year + 4}, 1, 12);
    out.year_only = true;
    return out;
  }
  if (accept_any({U"开局之年", U"开局年", U"开局", U"首年", U"第一年"})) {
    out.span = month_span(YearRef{true, first_year}, 1, 12);
    return out;
  }
  if (accept_any({U"期间", U"时期", U"以来", U"内"})) {
    out.span = month_span(YearRef{true, first_year}, 1, 12);
    out.span.has_last_year = true;
    out.span.last_year = YearRef{true, first_year + 4};
    return out;
  }
  fail(pos_, 1, message("expected '末' after a five-year plan"));
}

void ZhParser::check_day(std::size_t at, unsigned month, int day) {
  if (day < 1 || static_cast<unsigned>(day) > kMaxDay[month]) {
    fail(at, pos_ - at, message("{}月 has no day {}", month, day));
  }
}

// 初一 … 初十, 十一 … 二十九, 廿三, 三十.
std::optional<int> ZhParser::lunar_day_number() {
  if (accept(U"初")) {
    std::size_t at = pos_;
    auto n = chinese_number();
    if (!n || *n < 1 || *n > 10) fail(at, 1, message("expected 初一 to 初十"));
    return n;
  }
  if (accept(U"廿")) {
    auto n = chinese_number();
    return 20 + (n ? *n : 0);
  }
  return chinese_number();
}

}  // namespace plancheck
