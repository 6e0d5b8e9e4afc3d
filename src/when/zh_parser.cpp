// SPDX-License-Identifier: MIT
// The phrase as a whole: which family it is, the words around its dates (labels, what is
// done by then), and the entry point parse_when_zh.
#include "when/zh_parser.h"

#include <algorithm>
#include <vector>

#include "text/utf8.h"

namespace plancheck {

WhenExpr ZhParser::parse_with_notes() {
  bool rolls = strip_roll_note();
  WhenExpr expr = parse();
  if (rolls) {
    expr.rolls_past_days_off = true;
    expr.due.rolls_past_days_off = expr.kind == TimingKind::recurring;
  }
  return expr;
}

// 4月30日前（遇节假日顺延）, 每月10日前，如遇法定节假日顺延至下一个工作日: a note at the end
// that a due day falling on a day off moves to the next working day. It is taken off the
// phrase, which is read without it. Only a note of days off and 顺延 is one: 顺延三天 is not.
bool ZhParser::strip_roll_note() {
  std::size_t at = s_.rfind(U"顺延");
  if (at == std::u32string::npos) return false;
  std::size_t open = s_.find_last_of(U"(,", at);
  if (open == std::u32string::npos || open == 0) return false;
  std::u32string_view rest(s_.data() + at + 2, s_.size() - at - 2);
  for (std::u32string_view onto :
       {U"至下一个工作日", U"至下一工作日", U"至节后第一个工作日", U"到下一个工作日"}) {
    if (rest.starts_with(onto)) rest.remove_prefix(onto.size());
  }
  if (!(rest.empty() || (rest == U")" && s_[open] == U'('))) return false;
  std::u32string_view note(s_.data() + open + 1, at - open - 1);
  static constexpr std::u32string_view kDaysOff[] = {U"节假日", U"假日", U"休息日",
                                                     U"双休日", U"周末", U"节日"};
  bool names_days_off = std::any_of(std::begin(kDaysOff), std::end(kDaysOff), [&](auto word) {
    return note.find(word) != std::u32string_view::npos;
  });
  std::u32string left =
      without_words(note, {U"如遇", U"若遇",   U"如逢", U"遇到",   U"遇",     U"逢",   U"法定",
                           U"国家", U"节假日", U"假日", U"休息日", U"双休日", U"周末", U"节日",
                           U"的",   U"则",     U"时",   U"、",     U"或",     U"和"});
  if (!names_days_off || !left.empty()) return false;
  s_.resize(open);
  return true;
}

WhenExpr ZhParser::parse() {
  if (auto expr = parse_fixed_word()) return *expr;
  if (auto expr = parse_dates_in_brackets()) return *expr;
  skip_label();
  if (auto expr = parse_holidays()) return *expr;
  if (contains_any({U"清明"}) && !ends_with(U"期间")) {
    fail(0, s_.size(), message("清明 is a solar term (April 4 or 5), which is not computed"),
         message("write its date: 4月5日前"));
  }
  if (auto expr = parse_season_after_words()) return *expr;
  if (starts_recurring()) return parse_recurring();
  if (auto expr = try_relative()) return *expr;
  if (ends_with(U"期间")) {
    // “十四五”期间 is dated; 重污染天气预警期间 is an event's.
    if (auto expr = attempt([&] { return parse_dated_after_words(); })) return *expr;
    return parse_event_span();
  }
  return parse_dated_after_words();
}

// 请于2018年3月15日前…, 各单位务必于…, 不迟于…, 统计时间截至…: who, or how, before the
// date, in words that name no date. The date is read from each place such words could end;
// when none reads, the failure that got furthest is the one reported.
WhenExpr ZhParser::parse_dated_after_words() {
  std::size_t start = pos_;
  std::optional<ZhFailure> furthest;
  std::size_t furthest_read = 0;
  for (std::size_t from = start; from < s_.size(); ++from) {
    if (from > start && contains_date_word_in(std::u32string_view(s_).substr(start, from - start)))
      break;
    pos_ = from;
    range_first_note_.reset();
    words_at_ = std::u32string::npos;
    year_only_ = unmarked_ = false;
    try {
      return parse_dated();
    } catch (const ZhFailure& failure) {
      std::size_t read = failure.error.offset > from ? failure.error.offset - from : 0;
      if (!furthest || read > furthest_read) furthest = failure, furthest_read = read;
    }
  }
  if (!furthest) return parse_dated();  // nothing after a label: its error says so
  throw *furthest;
}

// --- seasons of a region: 采暖季, 2023—2024年采暖季, 每年汛期, 汛前, 供暖期结束后 ----------
// A heating season is each northern city's by its own regulation (北京 11-15..03-15, 哈尔滨
// 10-20..04-20), and none for a city south of the 秦岭—淮河 line; a flood season is each
// province's. The phrase names the season; the plan's region dates it (compile_when).
std::optional<WhenExpr> ZhParser::parse_season_after_words() {
  // Where a season's word begins, the first few: 在采暖季期间, 各地汛前 name who or how before
  // it, in words that name no date.
  constexpr std::size_t kMostTried = 8;
  std::vector<std::size_t> starts;
  for (const SeasonWord& word : regional_seasons()) {
    for (std::size_t at = s_.find(word.word, pos_);
         at != std::u32string::npos && starts.size() < kMostTried * 2;
         at = s_.find(word.word, at + 1)) {
      starts.push_back(at);
    }
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  if (starts.size() > kMostTried) starts.resize(kMostTried);
  std::size_t start = pos_;
  for (std::size_t at : starts) {
    // 2023年采暖季, 每年汛期: the year or 每年 before the season is the season's.
    std::size_t from = at;
    if (from >= start + 2 && s_.compare(from - 2, 2, U"每年") == 0) from -= 2;
    while (from > start &&
           (s_[from - 1] == U'年' || s_[from - 1] == U'度' ||
            (s_[from - 1] >= U'0' && s_[from - 1] <= U'9') || is_range_separator(s_[from - 1]))) {
      --from;
    }
    if (from > start && contains_date_word_in(std::u32string_view(s_).substr(start, from - start)))
      break;
    pos_ = from;
    // 汛期结束后一个月内 and 汛前检查于4月20日前 are read otherwise: a season only whole.
    if (auto expr = attempt([&] { return parse_season(); }); expr && *expr) return *expr;
  }
  pos_ = start;
  return std::nullopt;
}

std::optional<WhenExpr> ZhParser::parse_season() {
  std::size_t at = pos_;
  WhenExpr expr;
  expr.kind = TimingKind::window;
  if (accept(U"每年")) {
    expr.yearly = true;
  } else if (auto year = parse_year(nullptr)) {
    // 2023年采暖季, 2023—2024年采暖季: the season that begins in the (first) year.
    expr.from.year = *year;
    if (accept_range_separator()) {
      auto second = parse_year(nullptr);
      if (!second || !year->absolute || !second->absolute || second->value != year->value + 1) {
        return pos_ = at, std::nullopt;
      }
    }
    accept(U"度");
  }
  const SeasonWord* found = nullptr;
  for (const SeasonWord& word : regional_seasons()) {
    if (accept(word.word)) {
      found = &word;
      break;
    }
  }
  if (!found) return pos_ = at, std::nullopt;
  expr.season = found->season;
  if (accept_any({U"结束前", U"结束之前"})) {
    expr.kind = TimingKind::deadline;  // 采暖季结束前: by its last day
  } else if (accept_any({U"之前", U"以前", U"前"})) {
    expr.kind = TimingKind::deadline;  // 汛前: the day before it begins
    expr.before_holiday = true;
  } else if (accept_any({U"结束后", U"过后", U"之后", U"以后", U"后"})) {
    expr.kind = TimingKind::start;  // 汛后: the day after it ends
    expr.starts_after = true;
  } else if (found->word == U"汛") {
    return pos_ = at, std::nullopt;  // 防汛, 汛情: not the season
  } else {
    accept_any({U"期间", U"期内", U"内", U"中"});
  }
  if (expr.yearly && expr.kind != TimingKind::window) {
    fail(at, pos_ - at, message("a day before or after a season each year is not read yet"),
         message("write it as a recurring day: 每年4月30日前"));
  }
  accept_action();
  expect_end();
  return expr;
}

// --- words that stand alone -------------------------------------------------------
std::optional<WhenExpr> ZhParser::parse_fixed_word() {
  for (std::u32string_view word : standing_duty_words()) {
    if (s_ == word) return WhenExpr{};
  }
  // 即日起, 自印发之日起施行; 即日起开展专项整治: what starts then may follow.
  for (std::u32string_view word : issue_start_words()) {
    if (s_.starts_with(word) &&
        (s_.size() == word.size() || (pos_ = word.size(), accept_action()))) {
      WhenExpr expr;
      expr.kind = TimingKind::start;
      expr.at_issue = true;
      return expr;
    }
  }
  // A duty with no date, said with a word of continuing or of promptness (持续深化,
  // 及时修订完善, 第一时间, 抓长效, 常抓不懈), or as doing one thing as the other comes
  // (边查边改, 即知即改, 立查立改). A phrase that also names a date is read for its date.
  // 月通报…贯穿全年: a report named by its period recurs, whatever words follow.
  bool periodic = std::any_of(periodic_nouns().begin(), periodic_nouns().end(),
                              [&](const PeriodicNoun& noun) { return s_.starts_with(noun.word); });
  if (contains_date_word() || periodic) return std::nullopt;
  for (std::u32string_view word : continuing_words()) {
    if (s_.find(word) != std::u32string::npos) return WhenExpr{};
  }
  if (s_.size() == 4 && s_[0] == s_[2] &&
      std::u32string_view(U"边即立随").find(s_[0]) != std::u32string_view::npos) {
    return WhenExpr{};
  }
  return std::nullopt;
}

// 汛前（1—4月）, 清明节（4月1日至4月10日）期间, 上报审核阶段（2007年4-5月）: a named
// season or stage with its dates in brackets. The dates win; the name is the label. Only
// when the name has no date of its own (6月18日（星期二） is a date with a note).
std::optional<WhenExpr> ZhParser::parse_dates_in_brackets() {
  std::size_t open = s_.find(U'(');
  std::size_t close = s_.find(U')');
  if (open == std::u32string::npos || close == std::u32string::npos || close < open + 2) {
    return std::nullopt;
  }
  std::u32string_view after(s_.data() + close + 1, s_.size() - close - 1);
  if (!after.empty() && after != U"期间") return std::nullopt;
  if (has_digit(0, open)) return std::nullopt;
  if (s_.find(U'(', open + 1) != std::u32string::npos) return std::nullopt;
  // 正月初八（2月17日）: a day with its solar date beside it is a day with a note.
  auto name_is_a_day = attempt([&] {
    pos_ = 0;
    ParsedSpan name = parse_span(nullptr);
    return pos_ >= open && is_one_day(name.span);
  });
  pos_ = 0;
  if (name_is_a_day && *name_is_a_day) return std::nullopt;
  ZhParser inner(s_.substr(open + 1, close - open - 1));
  try {
    WhenExpr expr = inner.parse();
    // 每年汛期（5—9月）: a named season that comes back each year.
    if (s_.starts_with(U"每年") && expr.kind == TimingKind::window && !expr.event_span &&
        expr.holidays.empty() && !expr.from.year.absolute && !expr.to.year.absolute) {
      expr.yearly = true;
    }
    return expr;
  } catch (ZhFailure& failure) {
    failure.error.offset += open + 1;
    throw;
  }
}

WhenExpr ZhParser::parse_event_span() {
  if (s_.size() <= 2) fail(0, s_.size(), message("'期间' needs the event it belongs to"));
  WhenExpr expr;
  expr.kind = TimingKind::window;
  expr.event_span = true;
  // 空气重污染期间: in running text, which words name the event is the clause's guess.
  unmarked_ = true;
  return expr;
}

// --- dated: 10月底前, 从6月起, 2017年10月至2018年3月, 9月30日前报送 ---------------------
WhenExpr ZhParser::parse_dated() {
  // at: 于, 在: on the days named, whatever they are (于12月下旬召开总结会 is a window).
  enum class Mode { bare, at, by, from, after };
  Mode mode = Mode::bare;
  // 2018年从6月起, 2017年要于10月底前: a year said before the words that date the rest.
  std::size_t year_at = pos_;
  std::optional<YearRef> said_year = parse_year(nullptr);
  if (!said_year || !said_year->absolute ||
      !(looking_at_any(start_words()) || looking_at_any(at_words()) ||
        looking_at_any(modal_words()))) {
    said_year.reset();
    pos_ = year_at;
  }
  if (accept_any(start_words())) {
    mode = Mode::from;
  } else {
    // 力争到, 确保在, 计划于, 截至: words of intent or of reckoning before a date.
    bool modal = accept_any(modal_words());
    if (accept_any(by_words()) || modal) mode = Mode::by;
    if (accept_any(at_words()) && mode == Mode::bare) mode = Mode::at;
  }
  ParsedSpan first = parse_span(nullptr);
  if (said_year && !first.span.year.absolute && first.span.year.value == 0) {
    first.span.year = *said_year;
  }
  WhenExpr expr;
  expr.from = first.span;
  std::size_t range_at = pos_;
  if (accept_range_separator()) {
    if (mode == Mode::from && at_end()) fail(range_at, 1, message("window has no end"));
    ParsedSpan second = parse_span(&first.span);
    expr.kind = TimingKind::window;
    expr.to = second.span;
    // 1月22日至2月12日（农历十二月二十三至正月十五）: the note gives both ends.
    if (range_first_note_) {
      expr.from.noted_lunar_month = range_first_note_->first;
      expr.from.noted_lunar_day = range_first_note_->second;
    }
    accept_any({U"期间", U"期", U"内"});
    if (!skip_trailing_label()) accept_action();  // 10月15日至11月15日开展“回头看”
    expect_end();
    return expr;
  }
  if (is_one_day(first.span) && peek() == U'、') {
    // 农历除夕、正月初一全天: two days running, listed.
    ++pos_;
    ParsedSpan second = parse_span(&first.span);
    if (!is_one_day(second.span)) fail(range_at, pos_ - range_at, message("expected a day"));
    accept_any({U"全天", U"当天"});
    expect_end();
    expr.kind = TimingKind::window;
    expr.to = second.span;
    expr.listed_days = true;
    return expr;
  }
  std::size_t around_at = pos_;
  if (accept_any({U"前后", U"左右"})) {
    fail(around_at, pos_ - around_at, message("'{}' has no extent", to_utf8(s_.substr(0, pos_))),
         message("write the days: 6月1日至6月15日"));
  }
  bool marked = true;
  bool verb_of_doing = false;  // 2017年实施…政策: the year's work, not its deadline
  if (accept_any({U"以前", U"之前", U"前", U"以内", U"之内", U"内", U"止", U"为止"})) {
    accept_verb({U"完成"});
    if (mode == Mode::from) fail(range_at, 1, message("a start ('从…') cannot also be a deadline"));
    mode = Mode::by;
  } else if (accept_any({U"起开始", U"开始", U"起"})) {
    mode = Mode::from;
    accept_verb({U"实施", U"执行", U"施行"});
    // 2019年起三年内, 7月起6个月内: a deadline the count after the start's first day.
    std::size_t count_at = pos_;
    auto count = number();
    Period unit = count ? count_unit(true) : Period::none;
    if (unit != Period::none && accept_any({U"以内", U"之内", U"内"})) {
      accept_action();
      expect_end();
      expr.kind = TimingKind::deadline;
      expr.count = *count;
      expr.unit = unit;
      return expr;
    }
    pos_ = count_at;
  } else if (mode != Mode::from && accept_any({U"以后", U"之后", U"过后", U"后"})) {
    // 6月30日后, 9月以后: from the day after. 以后 is read as 后: a plan means the work
    // that follows the day.
    mode = Mode::after;
  } else if (accept_any(starting_verbs())) {
    // A verb that is the date's only mark is the phrase's: 8月1日启动 (8月1日 alone would
    // be due then), 三季度完成 (三季度 alone, the quarter's days).
    if (mode == Mode::bare) mode = Mode::from;
    verb_of_doing = true;
  } else if (accept_any(finishing_verbs())) {
    if (mode == Mode::bare || mode == Mode::at) mode = Mode::by;
  } else if (looking_at_any(doing_verbs())) {
    verb_of_doing = true;
    // 三季度开展交叉检查: done over the days named, whatever they are.
  } else {
    marked = false;
  }
  // What is done then, after a word that dates it (9月30日前报送, 于12月下旬召开总结会,
  // 到2035年基本实现); after a bare date, unknown words are an error (10月低前).
  // A note on the day may come after the word that dates it (8月15日前（星期三）).
  if (marked && peek() == U'(') attempt([&] { return parse_day_notes(expr.from), true; });
  if (marked || mode != Mode::bare) accept_action();
  // 2019年为全面推进年: the span a trailing label names is a stage, a window.
  bool labelled = skip_trailing_label();
  expect_end();
  if (labelled && !first.point && mode == Mode::bare) first.year_only = false;
  year_only_ = first.year_only && (!marked || verb_of_doing);
  unmarked_ = mode == Mode::bare && !marked;
  if (mode == Mode::after) {
    expr.kind = TimingKind::start;
    expr.starts_after = true;
  } else if (mode == Mode::from) {
    expr.kind = TimingKind::start;
  } else if (mode == Mode::by || first.point || first.year_only) {
    expr.kind = TimingKind::deadline;
  } else {
    expr.kind = TimingKind::window;
    expr.to = first.span;
  }
  return expr;
}

bool ZhParser::accept_action() {
  if (at_end()) return false;
  // 报送上年度总结, 报送下一年度计划: the period an action is about is not its date.
  if (contains_date_word_in(without_period_references(std::u32string_view(s_).substr(pos_))))
    return false;
  words_at_ = std::min(words_at_, pos_);
  pos_ = s_.size();
  return true;
}

bool ZhParser::accept_verb(std::initializer_list<std::u32string_view> verbs) {
  std::size_t at = pos_;
  if (!accept_any(verbs)) return false;
  words_at_ = std::min(words_at_, at);
  return true;
}

// 春节：2月15日至23日, 上报审核阶段：4月, 报送截止时间为2023年3月10日: a name before a colon
// or 为 labels the dates after it.
void ZhParser::skip_label() {
  std::size_t colon = s_.find(U':');
  if (colon == std::u32string::npos) {
    std::size_t is = s_.find(U'为');
    if (is != std::u32string::npos && is >= 2 && !contains_date_word_in(s_.substr(0, is)) &&
        contains_date_word(is + 1)) {
      colon = is;
    }
  }
  if (colon == std::u32string::npos || colon == 0) return;
  if (has_digit(0, colon)) return;  // 10:30 is a time, not a label
  pos_ = colon + 1;
  label_ = s_.substr(0, colon);
}

// 4月8日至20日为自查整改期: what the dates are, after them.
bool ZhParser::skip_trailing_label() {
  std::size_t at = pos_;
  if (accept(U"为") && !at_end() && !contains_date_word(pos_)) {
    pos_ = s_.size();
    return true;
  }
  pos_ = at;
  return false;
}

WhenParse parse_when_zh(std::string_view phrase) {
  std::u32string text = to_u32(nfkc(phrase));
  // NFKC keeps one code point per CJK character and full-width digit, so offsets into
  // `text` are character offsets into the phrase as written.
  if (text.empty()) return WhenError{0, 1, message("empty deadline phrase"), {}};
  if (std::find(text.begin(), text.end(), U' ') != text.end()) {
    auto at = static_cast<std::size_t>(std::find(text.begin(), text.end(), U' ') - text.begin());
    return WhenError{at, 1, message("unexpected space in a Chinese deadline phrase"), {}};
  }
  try {
    return ZhParser(std::move(text)).parse_with_notes();
  } catch (const ZhFailure& failure) {
    return failure.error;
  }
}

}  // namespace plancheck
