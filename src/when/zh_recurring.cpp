// SPDX-License-Identifier: MIT
// Recurring items: 每月, 按季度, 逐月, 每两个月, 一月一调度, 每年11月1日到次年2月底, and
// the day each period falls due: 每月10日前, 每季度首月10日前, 每周五, 每季度结束后10日内,
// 次月5日前, 每季度最后一个工作日, 每年6月、12月底前.
#include <algorithm>

#include "text/utf8.h"
#include "when/zh_parser.h"

namespace plancheck {
namespace {

// The months of one period, for a due month past them (次月) and for 末月.
unsigned months_in(Period period) {
  return static_cast<unsigned>(std::max(period_months(period), 1));
}

// More periods than any plan spans (每999个月) are a mistake, not a rhythm.
constexpr int kMostPeriods = 366;

bool is_period_word_start(char32_t c) {
  return std::u32string_view(U"年月季周星日天半旬个").find(c) != std::u32string_view::npos;
}

}  // namespace

// 每…; 于每季度…, 各单位每月10日前…: words with no date before 每 are who or how; 按月,
// 逐月; 一月一调度.
bool ZhParser::starts_recurring() {
  for (const PeriodicNoun& noun : periodic_nouns()) {
    if (s_.compare(pos_, noun.word.size(), noun.word) == 0) return true;
  }
  std::size_t each = s_.find(U'每', pos_);
  if (each != std::u32string::npos && !contains_date_word_in(s_.substr(pos_, each - pos_))) {
    pos_ = each;
    return true;
  }
  if (looking_at_any(period_lead_words()) && is_period_word_start(peek(1))) return true;
  // 逢单月10日前, 逢双月: every other month.
  if (s_.compare(pos_, 3, U"逢单月") == 0 || s_.compare(pos_, 3, U"逢双月") == 0) return true;
  // 次月第3个工作日前, 次月5日前: each month's item, due in the month after it.
  if (s_.compare(pos_, 2, U"次月") == 0 || s_.compare(pos_, 2, U"下月") == 0) return true;
  // 一月一调度, 一季一通报, 一周一报: once a period.
  std::size_t at = pos_;
  WhenExpr probe;
  bool once = accept(U"一") && parse_period(probe) && peek() == U'一';
  pos_ = at;
  return once;
}

WhenExpr ZhParser::parse_recurring() {
  WhenExpr expr;
  expr.kind = TimingKind::recurring;
  // 月通报, 季度调度制度: what the report is, after it, is read past.
  for (const PeriodicNoun& noun : periodic_nouns()) {
    if (accept(noun.word)) {
      expr.every = noun.every;
      words_at_ = pos_;
      pos_ = s_.size();
      return expr;
    }
  }
  if (accept(U"一")) {  // 一月一调度
    parse_period(expr);
    accept(U"一");
    accept_action();
    expect_end();
    return expr;
  }
  if (accept_any({U"逢单月", U"逢双月", U"单月", U"双月"})) {
    // Two months a period from January; the odd month is the first, the even the second.
    bool even = s_[pos_ - 2] == U'双';
    expr.every = Period::month;
    expr.every_count = 2;
    if (!parse_due_day(expr, even ? 2 : 1)) {
      expr.due.month = even ? 2 : 1;
      expr.due.day = 0;
    }
    accept_action();
    expect_end();
    return expr;
  }
  if (peek(1) == U'月' && (peek() == U'次' || peek() == U'下')) {
    // 次月5日前: a monthly item whose due day parse_due reads.
    expr.every = Period::month;
    parse_due(expr);
    accept_action();
    expect_end();
    return expr;
  }
  accept_any({U"每个", U"每", U"按", U"逐"});
  // 每两个月, 每2周, 每三年: so many periods a time.
  std::size_t count_at = pos_;
  if (auto count = number(); count && *count >= 1 && is_period_word_start(peek())) {
    if (*count > kMostPeriods) {
      fail(count_at, pos_ - count_at,
           message("every {} periods is more than a plan's years", *count));
    }
    expr.every_count = *count;
  } else {
    pos_ = count_at;
  }
  std::size_t year_at = pos_;
  if (accept_any({U"年度", U"年"})) {
    if (accept_any({U"一次", U"1次", U"一报", U"一评"}) || at_end()) {
      expr.every = Period::year;
    } else if (expr.every_count == 1) {
      auto months = attempt([&] { return parse_yearly_months(); });
      if (months && *months) return **months;
      pos_ = year_at + 1;
      if (s_.compare(year_at, 2, U"年度") == 0) ++pos_;
      return parse_yearly_window();
    } else {
      expr.every = Period::year;
    }
  } else if (!parse_period(expr)) {
    fail(pos_, 1, message("expected a period after '每' (月, 季度, 半年, 年, 周, 日)"));
  }
  parse_due(expr);
  if (!accept_any({U"一次", U"1次"})) accept_verb({U"通报", U"调度", U"报送"});
  // What is done each period, written after it (逐月进行分解, 每季度召开一次,
  // 报送上一个月工作情况): words with no date in them but the period they report on.
  if (!at_end() && names_only_past_periods(pos_)) {
    words_at_ = std::min(words_at_, pos_);
    pos_ = s_.size();
  }
  expect_end();
  return expr;
}

bool ZhParser::parse_period(WhenExpr& expr) {
  if (accept(U"半年")) {
    expr.every = Period::half_year;
  } else if (accept_any({U"个月", U"月"})) {
    expr.every = Period::month;
  } else if (accept_any({U"个季度", U"季度", U"季"})) {
    expr.every = Period::quarter;
  } else if (accept_any({U"个星期", U"星期", U"周"})) {
    expr.every = Period::week;
  } else if (accept_any({U"日", U"天"})) {
    expr.every = Period::day;
  } else if (accept(U"年")) {
    expr.every = Period::year;
  } else {
    return false;
  }
  return true;
}

// The day each period falls due, if the phrase gives one; what is done may come between
// (每月工作进展于次月5日前报送).
void ZhParser::parse_due(WhenExpr& expr) {
  std::size_t at = pos_;
  auto due_here = [&]() -> bool {
    switch (expr.every) {
      case Period::month:
        if (accept_any({U"月底前", U"月底", U"月末", U"底前", U"底", U"末"})) return true;
        if (parse_due_day(expr, 1)) return true;
        if (std::size_t nth_at = pos_; accept_any({U"最后一个", U"最后1个", U"第"})) {
          // 每月第一个星期一, 每月最后一个星期五
          int nth = -1;
          if (s_[pos_ - 1] == U'第') {
            auto n = number();
            nth = n && *n >= 1 && *n <= 5 && accept(U"个") ? *n : 0;
          }
          auto weekday = nth != 0 ? parse_weekday() : std::nullopt;
          if (weekday) {
            expr.due.weekday = *weekday;
            expr.due.nth = nth;
            expr.due.month = 1;
            return true;
          }
          pos_ = nth_at;
        }
        if (auto part = parse_part_of_month()) {  // 每月上旬: due by its last day
          expr.due.month = 1;
          expr.due.day = part->second;
          accept_any({U"之前", U"以前", U"前"});
          return true;
        }
        break;
      case Period::quarter:
      case Period::half_year:
      case Period::year: {
        std::size_t before = pos_;
        parse_due_month(expr, months_in(expr.every));
        if (pos_ != before) return true;
        if (accept_any({U"末前", U"末", U"底前", U"底"})) return true;
        break;
      }
      case Period::week:
        if (auto weekday = chinese_number();
            weekday && *weekday >= 1 && *weekday <= 6 && peek() != U'次') {
          expr.due.weekday = *weekday;
          accept_any({U"之前", U"以前", U"前"});
          return true;
        }
        if (accept_any({U"日", U"天"})) {
          expr.due.weekday = 0;
          return true;
        }
        break;
      default:
        break;
    }
    if (accept_any({U"次月", U"下月", U"下个月", U"下一个月"})) {
      unsigned next = months_in(expr.every) + 1;
      if (parse_due_working_day(expr)) return expr.due.month = next, true;  // 次月第3个工作日
      if (!parse_due_day(expr, next)) {
        fail(pos_, 1, message("expected the day of the next month (5日前)"));
      }
      return true;
    }
    if (parse_due_after_end(expr) || parse_due_working_day(expr)) return true;
    std::size_t time_at = pos_;
    skip_time_of_day();  // 每日17时前: the period's own day, by a time
    return pos_ != time_at;
  };
  auto due_then = [&] {
    if (!due_here()) return false;
    skip_time_of_day();  // 每周四12时前, 每日17时前
    accept_any({U"之前", U"以前", U"前"});
    return true;
  };
  if (due_then()) return;
  // Words of who or what before the due day, with no date in them.
  for (std::size_t from = pos_ + 1; from < s_.size(); ++from) {
    if (contains_date_word_in(std::u32string_view(s_).substr(at, from - at))) break;
    pos_ = from;
    if (auto read = attempt(due_then); read && *read) return;
  }
  pos_ = at;
}

// 首月10日前, 第二个月15日, 末月底, 末月20日前: the month of a quarter or half-year an item
// is due in, and its day.
void ZhParser::parse_due_month(WhenExpr& expr, unsigned months) {
  std::size_t at = pos_;
  std::optional<int> month;
  if (accept_any({U"首月", U"第一个月", U"第一月", U"第1个月", U"第1月"})) {
    month = 1;
  } else if (accept_any({U"末月", U"最后一个月", U"最后1个月"})) {
    month = static_cast<int>(months);
  } else if (accept(U"第")) {
    month = number();
    if (!month || !accept_any({U"个月", U"月"}) || *month < 1 ||
        *month > static_cast<int>(months)) {
      fail(at, pos_ - at + 1, message("expected a month of the period, 1 to {}", months));
    }
  }
  if (!month) return;
  // 首月5个工作日内, 末月最后一个工作日: the working days of that month.
  if (parse_due_working_day(expr)) return void(expr.due.month = static_cast<unsigned>(*month));
  if (!parse_due_day(expr, static_cast<unsigned>(*month))) {
    accept_any({U"底前", U"底", U"末"});
    expr.due.month = static_cast<unsigned>(*month);
    expr.due.day = 0;
  }
}

// 10日前, 5号: the day of the month an item is due, in month `month` of its period.
bool ZhParser::parse_due_day(WhenExpr& expr, unsigned month) {
  std::size_t at = pos_;
  auto day = number();
  if (!day || !accept_any({U"日", U"号"})) return pos_ = at, false;
  if (*day < 1 || *day > 31) fail(at, pos_ - at, message("a month has no day {}", *day));
  accept_any({U"之前", U"以前", U"前"});
  expr.due.month = month;
  expr.due.day = static_cast<unsigned>(*day);
  return true;
}

// 结束后10日内, 结束后15个工作日内, 后5日内: so long after the period's last day.
bool ZhParser::parse_due_after_end(WhenExpr& expr) {
  std::size_t at = pos_;
  if (!accept_any({U"结束后", U"结束以后", U"结束之后", U"期满后", U"后"})) return false;
  auto count = number();
  Period unit = count ? count_unit(true) : Period::none;
  if (unit != Period::day && unit != Period::working_day && unit != Period::month)
    return pos_ = at, false;
  if (*count > kMostPeriods) {
    fail(at, pos_ - at, message("every {} periods is more than a plan's years", *count));
  }
  accept_any({U"以内", U"之内", U"内", U"前"});
  expr.due.after_end = *count;
  expr.due.after_unit = unit;
  return true;
}

// 最后一个工作日, 前5个工作日内, 第3个工作日: a working day of the period.
bool ZhParser::parse_due_working_day(WhenExpr& expr) {
  std::size_t at = pos_;
  if (accept_any({U"最后一个工作日", U"最后1个工作日"})) {
    expr.due.working_day = -1;
    return true;
  }
  accept_any({U"前", U"第"});
  {
    auto count = number();
    if (count && *count >= 1 && *count <= kMostPeriods && accept_any({U"个工作日", U"工作日"})) {
      accept_any({U"以内", U"之内", U"内"});
      expr.due.working_day = *count;
      return true;
    }
  }
  pos_ = at;
  return false;
}

// Whether what follows names no date but the period an item reports on (上月, 上季度).
bool ZhParser::names_only_past_periods(std::size_t from) const {
  return !contains_date_word_in(without_period_references(std::u32string_view(s_).substr(from)));
}

WhenExpr ZhParser::parse_yearly_window() {
  WhenExpr expr;
  expr.kind = TimingKind::window;
  expr.yearly = true;
  ParsedSpan first = parse_span(nullptr);
  if (first.span.first_month == first.span.last_month && !first.span.lunar &&
      accept_any({U"之前", U"以前", U"前", U"底前"})) {
    // 每年1月10日前, 每年6月底前: due on that day every year.
    accept_action();
    expect_end();
    expr.kind = TimingKind::recurring;
    expr.yearly = false;
    expr.every = Period::year;
    expr.due.month = first.span.last_month;
    expr.due.day = first.span.last_day;
    return expr;
  }
  if (!first.point && (at_end() || accept_action())) {
    // 每年第一季度, 每年7月: the span comes back each year.
    expr.from = expr.to = first.span;
    return expr;
  }
  if (!accept_range_separator()) {
    fail(pos_, 1, message("expected '到' or '至' in a yearly window"),
         message("write it as 每年11月1日到次年2月底"));
  }
  ParsedSpan second = parse_span(&first.span);
  expr.from = first.span;
  expr.to = second.span;
  expect_end();
  return expr;
}

// 每年6月、12月底前, 每年3、6、9、12月10日前: months evenly spaced through the year are a
// period of their spacing (6: a half-year), due on that day of their month in it.
std::optional<WhenExpr> ZhParser::parse_yearly_months() {
  std::size_t at = pos_;
  std::vector<int> months;
  while (true) {
    auto month = number();
    if (!month || *month < 1 || *month > 12) return pos_ = at, std::nullopt;
    accept_any({U"月份", U"月"});
    months.push_back(*month);
    if (!accept_any({U"、", U"和", U"及"})) break;
  }
  if (months.size() < 2 || s_[pos_ - 1] != U'月') return pos_ = at, std::nullopt;
  WhenExpr expr;
  if (!accept_any({U"底", U"末"})) parse_due_day(expr, 0);
  accept_any({U"之前", U"以前", U"前"});
  int spacing = months[1] - months[0];
  bool even = spacing > 0 && 12 % spacing == 0 && static_cast<int>(months.size()) * spacing == 12;
  for (std::size_t i = 1; i < months.size(); ++i) even &= months[i] - months[i - 1] == spacing;
  if (!even) {
    fail(at, pos_ - at,
         message("'{}' names months that are not evenly spaced through the year",
                 to_utf8(s_.substr(at, pos_ - at))),
         message("give each month its own milestone"));
  }
  accept_action();
  expect_end();
  expr.kind = TimingKind::recurring;
  expr.every = spacing == 6 ? Period::half_year : spacing == 3 ? Period::quarter : Period::month;
  expr.every_count = spacing == 6 || spacing == 3 ? 1 : spacing;
  expr.due.month = static_cast<unsigned>((months[0] - 1) % spacing + 1);
  return expr;
}

}  // namespace plancheck
