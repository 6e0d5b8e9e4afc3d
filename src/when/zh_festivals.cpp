// SPDX-License-Identifier: MIT
// Festivals and holidays: a statutory holiday's official days off (春节期间, 国庆节前,
// 国庆节后3个工作日内), a festival written as its date (“十·一”, “八一”), lunar days
// (除夕, 正月十五, 腊月二十三) and the solar days plans count to (教师节).
#include <algorithm>

#include "text/utf8.h"
#include "when/zh_parser.h"

namespace plancheck {

// The longest festival word here. Words that are their date (十一, 五一) are not read
// before a calendar word: 十一月 is November, 五一 of 五一个 nothing.
const Festival* ZhParser::accept_festival() {
  skip_quotes();
  const Festival* found = nullptr;
  for (const Festival& festival : festivals()) {
    if (s_.compare(pos_, festival.word.size(), festival.word) != 0) continue;
    if (found && found->word.size() >= festival.word.size()) continue;
    char32_t next =
        pos_ + festival.word.size() < s_.size() ? s_[pos_ + festival.word.size()] : U'\0';
    if (festival.written_as_date &&
        (std::u32string_view(U"月日号年个次时点季周").find(next) != std::u32string_view::npos ||
         (next >= U'0' && next <= U'9'))) {
      continue;
    }
    found = &festival;
  }
  if (found) pos_ += found->word.size();
  return found;
}

// --- statutory holidays: 春节期间, 元旦春节期间, 国庆节前, “十·一”国庆节前, 春节后 -------
// A holiday's days off are the State Council's of that year, so the phrase keeps the
// holiday's name and the calendar dates it. A festival written as its date (“十·一”,
// “八一”) is dated by what is written.
std::optional<WhenExpr> ZhParser::parse_holidays() {
  std::size_t at = pos_;
  WhenExpr expr;
  std::optional<DaySpan> written;
  const Festival* last_holiday = nullptr;
  while (true) {
    std::size_t item = pos_;
    if (auto dotted = dotted_date()) {
      written = *dotted;
      continue;
    }
    pos_ = item;
    const Festival* festival = accept_festival();
    if (!festival) break;
    if (festival->holiday) {
      last_holiday = festival;
      if (std::find(expr.holidays.begin(), expr.holidays.end(), festival->holiday) ==
          expr.holidays.end()) {
        expr.holidays.emplace_back(festival->holiday);
      }
    } else if (festival->written_as_date) {
      written = day_span(YearRef{}, festival->month, festival->day);
    } else {
      pos_ = item;  // 元宵节, 教师节: a day, read as one (parse_span)
      break;
    }
    // 元旦、春节, 元旦和春节, 元旦至春节期间: one window from the first to the last.
    accept_any({U"、", U"和", U"及", U"与", U"至", U"到"});
  }
  bool read = !expr.holidays.empty() || written;
  if (!read) return pos_ = at, std::nullopt;
  // “五一”节前, 国庆长假前, “十一”黄金周期间, 中秋国庆双节期间: the holiday named again.
  std::size_t names_end = pos_;
  accept_any({U"小长假", U"长假", U"黄金周", U"双节", U"两节", U"节日", U"节"});
  accept_any({U"放假", U"假期", U"假日"});
  bool days_off_named = pos_ > names_end && s_[pos_ - 1] != U'节';  // 长假, 假期, 黄金周
  if (!expr.holidays.empty() && accept_any({U"当天", U"当日", U"当晚"})) {
    // 国庆节当天: the festival's own day, when it has a fixed one.
    if (expr.holidays.size() > 1 || last_holiday->month == 0) return pos_ = at, std::nullopt;
    accept_action();
    expect_end();
    WhenExpr day;
    day.kind = TimingKind::window;
    day.from = last_holiday->lunar ? lunar_span(YearRef{}, last_holiday->month, last_holiday->day)
                                   : day_span(YearRef{}, last_holiday->month, last_holiday->day);
    day.to = day.from;
    return day;
  }
  std::size_t said_at = pos_;
  if (accept_any({U"前后", U"左右"})) {
    fail(at, pos_ - at, message("'{}' has no extent", to_utf8(s_.substr(at, pos_ - at))),
         message("write the days: 2月5日至2月20日"));
  }
  if (accept_any({U"之前", U"以前", U"前"})) {
    std::size_t before_end = pos_;
    accept_verb({U"完成"});
    if (!at_end() && !accept_action()) return pos_ = at, std::nullopt;
    expr.kind = TimingKind::deadline;
    expr.before_holiday = true;
    if (written) {
      expr.holidays.clear();
      expr.from = *written;
    } else if (expr.holidays.size() > 1) {
      fail(at, before_end - at,
           message("'{}' is a deadline before each of {} holidays",
                   to_utf8(s_.substr(at, before_end - at)), expr.holidays.size()),
           message("give each holiday its own milestone"));
    }
    return expr;
  }
  pos_ = said_at;
  if (expr.holidays.size() == 1 && !written &&
      accept_any({U"结束后", U"收假后", U"过后", U"以后", U"之后", U"后"})) {
    // 春节后: from the first day after the days off. 国庆节后3个工作日内, 春节后第一个工作日:
    // counted from the last day off.
    expr.after_holiday = true;
    expr.kind = TimingKind::start;
    if (at_end()) return expr;
    std::size_t count_at = pos_;
    if (accept_any({U"上班第一天", U"上班首日", U"第一天上班", U"首个工作日"})) {
      expr.kind = TimingKind::deadline;
      expr.count = 1;
      expr.unit = Period::working_day;
      accept_action();
      expect_end();
      return expr;
    }
    bool ordinal = accept(U"第");
    auto count = number();
    if (count) {
      expr.unit = ordinal
                      ? (accept_any({U"个工作日", U"工作日"}) ? Period::working_day : Period::none)
                      : count_unit(true);
    }
    if (!count || expr.unit == Period::none) {
      fail(count_at, s_.size() - count_at,
           message("expected a count after '{}' (3个工作日内, 第一个工作日)",
                   to_utf8(s_.substr(at, count_at - at))));
    }
    accept_any({U"以内", U"之内", U"内", U"前"});
    accept_action();
    expect_end();
    expr.kind = TimingKind::deadline;
    expr.count = *count;
    return expr;
  }
  pos_ = said_at;
  if (!expr.holidays.empty() && (accept_any({U"期间", U"间"}) || days_off_named) &&
      (at_end() || accept_action())) {
    expr.kind = TimingKind::window;
    expr.event_span = true;
    return expr;
  }
  return pos_ = at, std::nullopt;
}

// “十·一”, “五·一”: a month and a day joined by a middle dot, as festivals are written.
std::optional<DaySpan> ZhParser::dotted_date() {
  std::size_t at = pos_;
  auto month = chinese_number();
  if (!month || !accept_any({U"·", U"・", U"•"})) return pos_ = at, std::nullopt;
  auto day = chinese_number();
  if (!day || *month < 1 || *month > 12 || *day < 1 || *day > 31) {
    fail(at, pos_ - at, message("'{}' is not a day", to_utf8(s_.substr(at, pos_ - at))));
  }
  check_day(at, static_cast<unsigned>(*month), *day);
  return day_span(YearRef{}, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
}

// 除夕, 春节, 元宵节, 正月十五, 腊月二十三, 农历八月十五, 正月 (the whole month).
std::optional<DaySpan> ZhParser::parse_lunar(YearRef year) {
  std::size_t at = pos_;
  bool marked = accept(U"农历");
  std::size_t word_at = pos_;
  if (const Festival* festival = accept_festival(); festival && festival->lunar) {
    bool before = peek() == U'前' || (peek() == U'之' && peek(1) == U'前') ||
                  (peek() == U'以' && peek(1) == U'前');
    if (festival->holiday && before) {
      // 春节前 alone is read from the holiday's official days off (parse_holidays); a
      // year or a date written with it is not.
      fail(at, pos_ - at + 1,
           message("'{}前' is read only alone, as the day before the holiday's official "
                   "days off",
                   to_utf8(festival->word)),
           message("write '{}前', or the date: 1月20日前", to_utf8(festival->word)));
    }
    accept_any({U"当天", U"当日", U"当晚"});
    return lunar_span(year, festival->month, festival->day);
  }
  pos_ = word_at;
  if (accept(U"小年")) {
    fail(at, pos_ - at, message("'小年' is 腊月二十三 in the north and 腊月二十四 in the south"),
         message("write 腊月二十三 or 腊月二十四"));
  }
  std::optional<unsigned> month;
  if (accept(U"正月")) {
    month = 1;
  } else if (accept(U"冬月")) {
    month = 11;
  } else if (accept(U"腊月")) {
    month = 12;
  } else if (marked) {
    std::size_t month_at = pos_;
    auto n = chinese_number();
    if (!n || !accept(U"月") || *n < 1 || *n > 12) {
      fail(month_at, 1, message("expected a lunar month after '农历' (正月, 二月 … 腊月)"));
    }
    month = static_cast<unsigned>(*n);
  }
  if (!month) {
    pos_ = at;
    return std::nullopt;
  }
  if (accept_any({U"底", U"末"})) return lunar_span(year, *month, 0);  // 正月底
  std::size_t day_at = pos_;
  if (auto day = lunar_day_number()) {
    if (*day < 1 || *day > 30)
      fail(day_at, pos_ - day_at, message("a lunar month has 29 or 30 days"));
    return lunar_span(year, *month, static_cast<unsigned>(*day));
  }
  DaySpan whole = lunar_span(year, *month, 1);
  whole.last_day = 0;
  return whole;
}

// 教师节, 建军节: a solar day with no days off, named. One written as its date (八一) is
// read by parse_holidays, where 前 is the day before it.
std::optional<DaySpan> ZhParser::parse_solar_festival(YearRef year) {
  std::size_t at = pos_;
  const Festival* festival = accept_festival();
  if (!festival || festival->lunar || festival->holiday || festival->written_as_date ||
      festival->month == 0) {
    pos_ = at;
    return std::nullopt;
  }
  accept_any({U"当天", U"当日", U"当晚"});
  return day_span(year, festival->month, festival->day);
}

}  // namespace plancheck
