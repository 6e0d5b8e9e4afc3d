// SPDX-License-Identifier: MIT
// Chinese deadline phrases: 10月底前, 6月1日开始实施, 每年11月1日到次年2月底, 按季度,
// 印发实施后1个月内 … A hand-written recursive descent over code points: the phrases are
// short, and a grammar keeps "what we accept" in one readable place.
#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <optional>

#include "text/utf8.h"
#include "when/when_expr.h"

namespace plancheck {
namespace {

constexpr unsigned kMaxDay[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

struct ParsedSpan {
  DaySpan span;
  bool point = false;      // names one day: 10月底, 6月30日, 年底
  bool year_only = false;  // names a whole year: 2017年, 2017年度
};

struct Failure {
  WhenError error;
};

class ZhParser {
 public:
  explicit ZhParser(std::u32string text) : s_(std::move(text)) {}

  WhenExpr parse() {
    if (auto expr = parse_fixed_word()) return *expr;
    if (auto expr = parse_dates_in_brackets()) return *expr;
    skip_label();
    if (auto expr = parse_holidays()) return *expr;
    // A heating season is each northern city's by its own regulation (北京 11-15..03-15,
    // 哈尔滨 10-20..04-20), and none for a city south of the 秦岭—淮河 line; a flood
    // season is each province's. Only the dates written with it say which.
    for (std::u32string_view season :
         {U"采暖季", U"采暖期", U"供暖季", U"供暖期", U"供热期", U"取暖季", U"主汛期", U"汛期"}) {
      if (std::size_t at = s_.find(season); at != std::u32string::npos) {
        fail(at, season.size(),
             message("'{}' has the dates of a city's or province's own regulation, which the "
                     "phrase does not give",
                     to_utf8(season)),
             message("write its dates in brackets: {}（11月15日至次年3月15日）", to_utf8(season)));
      }
    }
    if (contains_any({U"清明"}) && !ends_with(U"期间")) {
      fail(0, s_.size(), message("清明 is a solar term (April 4 or 5), which is not computed"),
           message("write its date: 4月5日前"));
    }
    if (ends_with(U"期间")) return parse_event_span();
    if (peek() == U'逐') return parse_recurring();
    if (peek() == U'每' || peek() == U'按' || s_ == U"月通报" || s_ == U"季度通报") {
      return parse_recurring();
    }
    if (auto expr = try_relative()) return *expr;
    return parse_dated();
  }

 private:
  // --- words that stand alone -------------------------------------------------------
  std::optional<WhenExpr> parse_fixed_word() {
    for (auto word : {U"实时", U"不定期", U"持续推进", U"持续", U"长期", U"长期坚持", U"常态化",
                      U"随时", U"全程"}) {
      if (s_ == word) return WhenExpr{};
    }
    // A duty with no date, said with a word of continuing or of promptness: 持续深化,
    // 及时修订完善, 第一时间, 抓长效. A phrase that also names a date is read for its date.
    if (!contains_date_word()) {
      std::size_t saved = pos_;
      for (auto word : {U"持续", U"及时", U"长期", U"常态化", U"第一时间", U"随时", U"经常"}) {
        if (accept(word)) return WhenExpr{};
      }
      if (contains_any({U"长效"})) return WhenExpr{};
      pos_ = saved;
    }
    for (auto word : {U"即日起", U"立行立改", U"自印发之日起", U"自印发之日起施行",
                      U"自发布之日起施行", U"自印发之日起实施", U"印发之日起"}) {
      if (s_ == word) {
        WhenExpr expr;
        expr.kind = TimingKind::start;
        expr.at_issue = true;
        return expr;
      }
    }
    return std::nullopt;
  }

  // --- statutory holidays: 春节期间, 元旦春节期间, 国庆节前, “十·一”国庆节前 ------------
  // A holiday's days off are the State Council's of that year, so the phrase keeps the
  // holiday's name and the calendar dates it. A festival written as its date (“十·一”) is
  // dated by what is written.
  std::optional<WhenExpr> parse_holidays() {
    struct Holiday {
      std::u32string_view word;
      const char* name;  ///< as the notices name it
    };
    static constexpr Holiday kHolidays[] = {
        {U"元旦", "元旦"},     {U"春节", "春节"},         {U"清明节", "清明节"},
        {U"清明", "清明节"},   {U"五一劳动节", "劳动节"}, {U"五一国际劳动节", "劳动节"},
        {U"劳动节", "劳动节"}, {U"五一", "劳动节"},       {U"端午节", "端午节"},
        {U"端午", "端午节"},   {U"中秋节", "中秋节"},     {U"中秋", "中秋节"},
        {U"国庆节", "国庆节"}, {U"国庆", "国庆节"}};
    std::size_t at = pos_;
    WhenExpr expr;
    std::optional<DaySpan> written;
    while (true) {
      std::size_t item = pos_;
      if (auto dotted = dotted_date()) {
        written = *dotted;
        continue;
      }
      pos_ = item;
      auto found = std::find_if(std::begin(kHolidays), std::end(kHolidays),
                                [&](const Holiday& h) { return accept(h.word); });
      if (found == std::end(kHolidays)) break;
      if (std::find(expr.holidays.begin(), expr.holidays.end(), found->name) ==
          expr.holidays.end()) {
        expr.holidays.emplace_back(found->name);
      }
      accept_any({U"、", U"和", U"及", U"与"});
    }
    bool read = !expr.holidays.empty() || written;
    if (read && accept_any({U"前后", U"左右"})) {
      fail(at, pos_ - at, message("'{}' has no extent", to_utf8(s_.substr(at, pos_ - at))),
           message("write the days: 2月5日至2月20日"));
    }
    if (read && accept_any({U"之前", U"以前", U"前"})) {
      accept_any({U"完成"});
      if (!at_end()) return pos_ = at, std::nullopt;
      expr.kind = TimingKind::deadline;
      expr.before_holiday = true;
      if (written) {
        expr.holidays.clear();
        expr.from = *written;
      } else if (expr.holidays.size() > 1) {
        fail(at, pos_ - at,
             message("'{}' is a deadline before each of {} holidays", to_utf8(s_.substr(at)),
                     expr.holidays.size()),
             message("give each holiday its own milestone"));
      }
      return expr;
    }
    if (!expr.holidays.empty() && accept(U"期间") && at_end()) {
      expr.kind = TimingKind::window;
      expr.event_span = true;
      return expr;
    }
    pos_ = at;
    return std::nullopt;
  }

  // “十·一”, “五·一”: a month and a day joined by a middle dot, as festivals are written.
  std::optional<DaySpan> dotted_date() {
    std::size_t at = pos_;
    auto month = chinese_number();
    if (!month || !accept_any({U"·", U"・", U"•"})) return pos_ = at, std::nullopt;
    auto day = chinese_number();
    if (!day || *month < 1 || *month > 12 || *day < 1 ||
        static_cast<unsigned>(*day) > kMaxDay[*month]) {
      fail(at, pos_ - at, message("'{}' is not a day", to_utf8(s_.substr(at, pos_ - at))));
    }
    return day_span(YearRef{}, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
  }

  WhenExpr parse_event_span() {
    if (s_.size() <= 2) fail(0, s_.size(), message("'期间' needs the event it belongs to"));
    WhenExpr expr;
    expr.kind = TimingKind::window;
    expr.event_span = true;
    return expr;
  }

  // --- recurring: 每月, 按季度, 每年11月1日到次年2月底 --------------------------------
  WhenExpr parse_recurring() {
    WhenExpr expr;
    expr.kind = TimingKind::recurring;
    if (s_ == U"月通报") return expr.every = Period::month, expr;
    if (s_ == U"季度通报") return expr.every = Period::quarter, expr;
    accept_any({U"每个", U"每", U"按", U"逐"});
    if (accept(U"年") && !at_end()) return parse_yearly_window();
    if (s_.substr(0, pos_).ends_with(U"年")) return expr.every = Period::year, expr;
    if (accept_any({U"月", U"个月"})) {
      expr.every = Period::month;
      if (!accept_any({U"月底前", U"月底", U"底前", U"底", U"末"})) parse_due_day(expr, 1);
    } else if (accept_any({U"季度", U"季", U"个季度"})) {
      expr.every = Period::quarter;
      if (!accept_any({U"末前", U"末", U"底前", U"底"})) parse_due_month(expr, 3);
    } else if (accept(U"半年")) {
      expr.every = Period::half_year;
      parse_due_month(expr, 6);
    } else if (accept_any({U"周", U"星期", U"个星期"})) {
      expr.every = Period::week;
    } else if (accept_any({U"日", U"天"})) {
      expr.every = Period::day;
    } else {
      fail(pos_, 1, message("expected a period after '每' (月, 季度, 半年, 年, 周, 日)"));
    }
    accept_any({U"通报", U"调度", U"报送", U"一次", U"1次"});
    // What is done each period, written after it (逐月进行分解, 每季度召开一次,
    // 报送上一个月工作情况): words with no date in them but the period they report on.
    if (!at_end() && names_only_past_periods(pos_)) pos_ = s_.size();
    expect_end();
    return expr;
  }

  // 首月10日前, 第二个月15日, 末月底: the month of a quarter or half-year an item is due
  // in, and its day.
  void parse_due_month(WhenExpr& expr, unsigned months) {
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
    if (!parse_due_day(expr, static_cast<unsigned>(*month))) {
      accept_any({U"底前", U"底", U"末"});
      expr.due_month = static_cast<unsigned>(*month);
      expr.due_day = 0;
    }
  }

  // 10日前, 5号: the day of the month an item is due, in month `month` of its period.
  bool parse_due_day(WhenExpr& expr, unsigned month) {
    std::size_t at = pos_;
    auto day = number();
    if (!day || !accept_any({U"日", U"号"})) return pos_ = at, false;
    if (*day < 1 || *day > 31) fail(at, pos_ - at, message("a month has no day {}", *day));
    accept_any({U"之前", U"以前", U"前"});
    expr.due_month = month;
    expr.due_day = static_cast<unsigned>(*day);
    return true;
  }

  // Whether what follows names no date but the period an item reports on (上月, 上季度).
  bool names_only_past_periods(std::size_t from) const {
    std::u32string rest = s_.substr(from);
    for (std::u32string_view word :
         {U"上一个月", U"上个月", U"上月", U"本月", U"当月", U"上一季度", U"上个季度", U"上季度",
          U"本季度", U"当季", U"上半年", U"上年度", U"上一年", U"上年"}) {
      for (std::size_t at; (at = rest.find(word)) != std::u32string::npos;)
        rest.erase(at, word.size());
    }
    return !contains_date_word_in(rest);
  }

  WhenExpr parse_yearly_window() {
    WhenExpr expr;
    expr.kind = TimingKind::window;
    expr.yearly = true;
    ParsedSpan first = parse_span(nullptr);
    if (first.point && first.span.first_month == first.span.last_month && !first.span.lunar &&
        accept_any({U"之前", U"以前", U"前", U"底前"}) && at_end()) {
      // 每年1月10日前, 每年6月底前: due on that day every year.
      expr.kind = TimingKind::recurring;
      expr.yearly = false;
      expr.every = Period::year;
      expr.due_month = first.span.last_month;
      expr.due_day = first.span.last_day;
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

  // --- relative: 印发实施后1个月内, 5个工作日内, 超过办理时限5个工作日, 到期次日 ----------
  // A count of days, working days, weeks, months or years, after what the phrase counts
  // from: 印发实施后, or any words with no date in them (超过办理时限, 停产整顿), whose day
  // is the milestone's event or `when --from`. Without such words the count needs 内.
  std::optional<WhenExpr> try_relative() {
    std::size_t saved = pos_;
    accept_any({U"应当在", U"应在", U"须在", U"需在"});  // 应在一月内: 一月 is 1个月 here
    bool anchored = accept_any(
        {U"印发实施后", U"印发后", U"实施后", U"发布后", U"出台后", U"印发之日起", U"之日起"});
    std::size_t count_at = pos_;
    if (!anchored) count_at = find_count(pos_);
    if (count_at == std::u32string::npos) return pos_ = saved, std::nullopt;
    bool described = count_at > pos_;
    pos_ = count_at;
    WhenExpr expr;
    expr.kind = TimingKind::relative;
    if (accept_any({U"次日", U"翌日", U"第二天", U"第二日"})) {
      expr.count = 1;
      expr.unit = Period::day;
      return expr;
    }
    auto count = number();
    // 2017年内 and 到2020年 name a year, not a count of years; after 印发实施后 a count is one.
    if (!count || (*count >= 1000 && !anchored)) return pos_ = saved, std::nullopt;
    expr.count = *count;
    expr.unit = count_unit(described);
    accept(U"时间");
    bool within = accept_any({U"以内", U"之内", U"内", U"之后", U"以后", U"后"});
    accept_any({U"完成", U"办结"});
    if (expr.unit == Period::none || (!anchored && !described && !within) || !at_end()) {
      return pos_ = saved, std::nullopt;
    }
    return expr;
  }

  // The unit of a count. After words that are not a known anchor, only units that cannot
  // be a date are read: 到12月 is December and 于5日 the 5th, but 5个月 and 5天 are counts
  // (5日 is one only before 内 or 后).
  Period count_unit(bool strict = false) {
    if (accept_any({U"个工作日", U"工作日"})) return Period::working_day;
    if (accept_any({U"个自然日", U"自然日", U"个日历日", U"天"})) return Period::day;
    if (accept(U"个月")) return Period::month;
    if (accept_any({U"个星期", U"星期", U"周"})) return Period::week;
    if (accept(U"个季度")) return Period::quarter;
    if (strict) {
      std::size_t at = pos_;
      if (accept(U"日") &&
          (peek() == U'内' || peek() == U'后' || peek() == U'以' || peek() == U'之')) {
        return Period::day;
      }
      pos_ = at;
      return Period::none;
    }
    if (accept(U"日")) return Period::day;
    if (accept(U"月")) return Period::month;
    if (accept(U"季度")) return Period::quarter;
    if (accept(U"年")) return Period::year;
    return Period::none;
  }

  // Where a count that ends the phrase begins (超过办理时限|5个工作日, 到期|次日), after
  // words that name no date and are not a period of the year (前3个月 is January to March,
  // 每3个月 a recurrence). npos when there is none.
  std::size_t find_count(std::size_t from) {
    for (std::size_t at = from; at < s_.size(); ++at) {
      char32_t c = s_[at];
      bool starts_count =
          (c >= U'0' && c <= U'9') || c == U'次' || c == U'翌' || c == U'第' ||
          std::u32string_view(U"一二两三四五六七八九十").find(c) != std::u32string_view::npos;
      if (!starts_count) continue;
      std::u32string_view words(s_.data() + from, at - from);
      if (has_digit(from, at) || contains_date_word_in(words)) return std::u32string::npos;
      if (words == U"前" || words == U"近" || words == U"最近" || words == U"头" ||
          words.starts_with(U"每") || words.ends_with(U"第")) {
        continue;
      }
      std::size_t back = pos_;
      pos_ = at;
      bool counted = accept_any({U"次日", U"翌日", U"第二天", U"第二日"});
      if (!counted) {
        auto n = number();
        counted = n && count_unit(at > from) != Period::none;
      }
      if (counted) {
        accept(U"时间");
        accept_any({U"以内", U"之内", U"内", U"之后", U"以后", U"后"});
        accept_any({U"完成", U"办结"});
      }
      bool ends = counted && at_end();
      pos_ = back;
      if (ends) return at;
    }
    return std::u32string::npos;
  }

  // --- dated: 10月底前, 从6月起, 2017年10月至2018年3月 ------------------------------------
  enum class Mode { bare, by, from };

  WhenExpr parse_dated() {
    Mode mode = Mode::bare;
    if (accept_any({U"本方案自", U"本计划自", U"本办法自", U"本通知自", U"自从", U"从", U"自"})) {
      mode = Mode::from;
    } else if (accept_any({U"力争到", U"力争在", U"力争于", U"力争", U"计划于", U"计划在", U"计划",
                           U"截至", U"截止到", U"截止", U"到", U"于", U"在"})) {
      mode = Mode::by;
    }
    ParsedSpan first = parse_span(nullptr);
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
      skip_trailing_label();
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
    if (accept_any({U"前完成", U"以前", U"之前", U"前", U"完成", U"内完成", U"以内", U"内"})) {
      accept_any({U"完成"});
      if (mode == Mode::from)
        fail(range_at, 1, message("a start ('从…') cannot also be a deadline"));
      mode = Mode::by;
    } else if (accept_any({U"开始实施", U"开始执行", U"起开始", U"起实施", U"起施行", U"起执行",
                           U"开始", U"起"})) {
      mode = Mode::from;
    }
    skip_trailing_label();
    expect_end();
    if (mode == Mode::from) {
      expr.kind = TimingKind::start;
    } else if (mode == Mode::by || first.point || first.year_only) {
      expr.kind = TimingKind::deadline;
    } else {
      expr.kind = TimingKind::window;
      expr.to = first.span;
    }
    return expr;
  }

  // A span of days: 2017年, 10月, 10月底, 6月30日, 下半年, 三季度末, 10月上旬, 年底 …
  // `start` is the range's first span when this is its end: an end without a year or
  // month takes them from there (至29日), and 次年 counts from its year.
  ParsedSpan parse_span(const DaySpan* start) {
    ParsedSpan out;
    std::optional<YearRef> year = parse_year(start);
    if (year) {
      out.span.year = *year;
    } else if (start) {
      out.span.year = start->year;
    }
    if (year && accept(U"度")) {
      out.year_only = true;
      return out;
    }
    // 2017年年底前: 年 written again before 底, as plans often do (肥政发〔2017〕17号).
    if (year && peek() == U'年' && (peek(1) == U'底' || peek(1) == U'末')) accept(U"年");
    bool bare_year_word = !year && peek() == U'年' && is_year_suffix(peek(1));
    if (bare_year_word) accept(U"年");
    if (year || bare_year_word) {
      if (accept_any({U"底", U"末"})) {
        out.span = with_year(year_end_span(), out.span.year);
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
    if (auto lunar = parse_lunar(out.span.year)) return out.span = *lunar, out;
    if (accept(U"上半年")) return out.span = month_span(out.span.year, 1, 6), out;
    if (auto first_months = parse_first_months(out.span.year)) {
      out.span = *first_months;
      return out;
    }
    if (accept(U"下半年")) return out.span = month_span(out.span.year, 7, 12), out;
    if (accept(U"全年")) return out.span = month_span(out.span.year, 1, 12), out;
    std::size_t number_at = pos_;
    accept(U"第");
    auto value = number();
    if (value && accept_any({U"季度", U"季"})) {
      if (*value < 1 || *value > 4)
        fail(number_at, pos_ - number_at, message("there is no such quarter"));
      unsigned last = static_cast<unsigned>(*value) * 3;
      out.span = month_span(out.span.year, last - 2, last);
      if (accept_any({U"末", U"底"})) out.span = month_span(out.span.year, last, last);
      return out;
    }
    if (value && (peek() == U'、' || is_range_separator(peek()))) {
      if (auto months = parse_month_range(number_at, *value, out.span.year)) {
        out.span = *months;
        return out;
      }
    }
    if (value && accept(U"月")) {
      if (*value < 1 || *value > 12)
        fail(number_at, pos_ - number_at, message("there is no month {}", *value));
      auto month = static_cast<unsigned>(*value);
      out.span = month_span(out.span.year, month, month);
      parse_day_part(out, month);
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
    return out;
  }

  // 11—12月, 7、8月, 2007年4-5月: consecutive months as one span. Nothing (and nothing
  // read) when what follows the first number is not a second month.
  std::optional<DaySpan> parse_month_range(std::size_t number_at, int first, YearRef year) {
    std::size_t separator_at = pos_;
    bool listed = peek() == U'、';
    if (listed) {
      ++pos_;
    } else {
      accept_range_separator();
    }
    std::size_t last_at = pos_;
    auto last = number();
    if (!last || !accept(U"月")) {
      pos_ = separator_at;
      return std::nullopt;
    }
    if (first < 1 || first > 12) {
      fail(number_at, separator_at - number_at, message("there is no month {}", first));
    }
    if (*last < 1 || *last > 12) {
      fail(last_at, pos_ - last_at - 1, message("there is no month {}", *last));
    }
    if (*last <= first) {
      fail(number_at, pos_ - number_at,
           message("a span of months runs forward: {}月 to {}月", first, *last));
    }
    if (listed && *last != first + 1) {
      fail(number_at, pos_ - number_at,
           message("'{}' names months that are not one span",
                   to_utf8(s_.substr(number_at, pos_ - number_at))),
           message("give each month its own milestone"));
    }
    return month_span(year, static_cast<unsigned>(first), static_cast<unsigned>(*last));
  }

  // 前9月, 前三季度: the year's first months, from January.
  std::optional<DaySpan> parse_first_months(YearRef year) {
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

  // 除夕, 春节, 元宵节, 正月十五, 腊月二十三, 农历八月十五, 正月 (the whole month).
  std::optional<DaySpan> parse_lunar(YearRef year) {
    struct Festival {
      std::u32string_view word;
      unsigned month, day;
      bool days_off;  ///< a statutory holiday, whose days off the State Council sets each year
    };
    static constexpr Festival kFestivals[] = {
        {U"除夕", 12, 0, false},    {U"大年三十", 12, 0, false}, {U"春节", 1, 1, true},
        {U"大年初一", 1, 1, false}, {U"元宵节", 1, 15, false},   {U"元宵", 1, 15, false},
        {U"端午节", 5, 5, true},    {U"端午", 5, 5, true},       {U"七夕", 7, 7, false},
        {U"中秋节", 8, 15, true},   {U"中秋", 8, 15, true},      {U"重阳节", 9, 9, false},
        {U"重阳", 9, 9, false},     {U"腊八", 12, 8, false}};
    std::size_t at = pos_;
    bool marked = accept(U"农历");
    for (const Festival& festival : kFestivals) {
      if (!accept(festival.word)) continue;
      bool before = peek() == U'前' || (peek() == U'之' && peek(1) == U'前') ||
                    (peek() == U'以' && peek(1) == U'前');
      if (festival.days_off && before) {
        // 春节前 alone is read from the holiday's official days off (parse_holidays); a
        // year or a date written with it is not.
        fail(at, pos_ - at + 1,
             message("'{}前' is read only alone, as the day before the holiday's official "
                     "days off",
                     to_utf8(festival.word)),
             message("write '{}前', or the date: 1月20日前", to_utf8(festival.word)));
      }
      return lunar_span(year, festival.month, festival.day);
    }
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

  // 6月18日（星期二）, 2月2日（农历正月初九，星期日）, 2月2日（腊月二十三）17时,
  // 6月18日上午下班前: what a plan writes beside a day for its reader. A weekday or a lunar
  // day is kept, to be checked against the day once the year is known; a time of day is
  // read past, since a deadline is a day.
  void parse_day_notes(DaySpan& span) {
    if (peek() == U'(') {
      ++pos_;
      do {
        if (auto weekday = parse_weekday()) {
          span.noted_weekday = *weekday;
          continue;
        }
        std::size_t note_at = pos_;
        auto lunar = parse_lunar(span.year);
        if (!lunar || lunar->first_day != lunar->last_day) {
          fail(note_at, 1,
               message("expected a weekday or a lunar day in the brackets after a day"));
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
    accept_any({U"上午", U"下午", U"中午", U"晚上", U"凌晨", U"全天", U"当天"});
    std::size_t hour_at = pos_;
    if (auto hour = number()) {
      if (!accept_any({U"时", U"点"})) {
        pos_ = hour_at;
      } else if (*hour > 24) {
        fail(hour_at, pos_ - hour_at, message("there is no hour {}", *hour));
      }
    }
    accept_any({U"下班前", U"下班之前"});
  }

  // 星期二, 周日, 礼拜天: 0 Sunday .. 6 Saturday.
  std::optional<int> parse_weekday() {
    std::size_t at = pos_;
    if (!accept_any({U"星期", U"周", U"礼拜"})) return std::nullopt;
    if (accept_any({U"日", U"天"})) return 0;
    auto n = chinese_number();
    if (n && *n >= 1 && *n <= 6) return *n;
    pos_ = at;
    return std::nullopt;
  }

  // 春节：2月15日至23日, 上报审核阶段：4月: a name before a colon labels the dates after it.
  void skip_label() {
    std::size_t colon = s_.find(U':');
    if (colon == std::u32string::npos || colon == 0) return;
    if (has_digit(0, colon)) return;  // 10:30 is a time, not a label
    pos_ = colon + 1;
  }

  // 4月8日至20日为自查整改期: what the dates are, after them.
  void skip_trailing_label() {
    std::size_t at = pos_;
    if (accept(U"为") && !at_end() && !contains_date_word(pos_)) {
      pos_ = s_.size();
      return;
    }
    pos_ = at;
  }

  // 初一 … 初十, 十一 … 二十九, 廿三, 三十.
  std::optional<int> lunar_day_number() {
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

  static DaySpan lunar_span(YearRef year, unsigned month, unsigned day) {
    DaySpan span = day_span(year, month, day);
    span.lunar = true;
    return span;
  }

  bool has_digit(std::size_t from, std::size_t to) const {
    return std::any_of(s_.begin() + static_cast<std::ptrdiff_t>(from),
                       s_.begin() + static_cast<std::ptrdiff_t>(to),
                       [](char32_t c) { return c >= U'0' && c <= U'9'; });
  }

  // Whether the text from `from` on names a date: a digit, or a word of the calendar.
  bool contains_date_word(std::size_t from = 0) const {
    return contains_date_word_in(std::u32string_view(s_).substr(from));
  }
  static bool contains_date_word_in(std::u32string_view text) {
    return std::any_of(text.begin(), text.end(), [](char32_t c) {
      return (c >= U'0' && c <= U'9') || c == U'年' || c == U'月' || c == U'日' || c == U'号' ||
             c == U'季' || c == U'旬' || c == U'周' || c == U'节';
    });
  }

  // 汛前（1—4月）, 清明节（4月1日至4月10日）期间, 上报审核阶段（2007年4-5月）: a named
  // season or stage with its dates in brackets. The dates win; the name is the label. Only
  // when the name has no date of its own (6月18日（星期二） is a date with a note).
  std::optional<WhenExpr> parse_dates_in_brackets() {
    std::size_t open = s_.find(U'(');
    std::size_t close = s_.find(U')');
    if (open == std::u32string::npos || close == std::u32string::npos || close < open + 2) {
      return std::nullopt;
    }
    std::u32string_view after(s_.data() + close + 1, s_.size() - close - 1);
    if (!after.empty() && after != U"期间") return std::nullopt;
    if (has_digit(0, open)) return std::nullopt;
    if (s_.find(U'(', open + 1) != std::u32string::npos) return std::nullopt;
    ZhParser inner(s_.substr(open + 1, close - open - 1));
    try {
      return inner.parse();
    } catch (Failure& failure) {
      failure.error.offset += open + 1;
      throw;
    }
  }

  void parse_day_part(ParsedSpan& out, unsigned month) {
    if (accept_any({U"底", U"末"})) {
      out.span = day_span(out.span.year, month, 0);
      out.point = true;
      return;
    }
    if (accept_any({U"上中旬", U"中上旬"})) {
      return void(out.span = day_range(out.span.year, month, 1, 20));
    }
    if (accept_any({U"中下旬", U"下中旬"})) {
      return void(out.span = day_range(out.span.year, month, 11, 0));
    }
    if (accept(U"上旬")) return void(out.span = day_range(out.span.year, month, 1, 10));
    if (accept(U"中旬")) return void(out.span = day_range(out.span.year, month, 11, 20));
    if (accept(U"下旬")) return void(out.span = day_range(out.span.year, month, 21, 0));
    std::size_t day_at = pos_;
    auto day = number();
    if (!day) return;
    if (!accept_any({U"日", U"号"})) fail(pos_, 1, message("expected '日' after the day"));
    check_day(day_at, month, *day);
    out.span = day_span(out.span.year, month, static_cast<unsigned>(*day));
    out.point = true;
    parse_day_notes(out.span);
  }

  std::optional<YearRef> parse_year(const DaySpan* start) {
    std::size_t at = pos_;
    if (auto five_year = parse_five_year_plan()) return five_year;
    auto digits = arabic_number();
    if (digits && pos_ - at == 4) {
      // 2016-2020年: the first year borrows the 年 of the second.
      if (accept(U"年") || is_range_separator(peek())) return YearRef{true, *digits};
    }
    pos_ = at;
    if (accept_any({U"今年", U"本年", U"当年"})) return YearRef{false, 0};
    if (accept_any({U"明年", U"来年"})) return YearRef{false, 1};
    if (accept_any({U"次年", U"第二年", U"翌年"})) {
      return start ? YearRef{start->year.absolute, start->year.value + 1} : YearRef{false, 1};
    }
    return std::nullopt;
  }

  // “十三五”末: the 13th five-year plan runs 2016–2020 (regular since the 6th, 1981–1985).
  std::optional<YearRef> parse_five_year_plan() {
    std::size_t at = pos_;
    auto n = chinese_number();
    if (!n || !accept(U"五")) {
      pos_ = at;
      return std::nullopt;
    }
    if (*n < 6) fail(at, pos_ - at, message("five-year plans before the sixth are not dated"));
    int first_year = 1981 + 5 * (*n - 6);
    skip_quotes();
    if (accept_any({U"期末", U"末"})) return YearRef{true, first_year + 4};
    if (accept(U"期间")) return YearRef{true, first_year};
    fail(pos_, 1, message("expected '末' after a five-year plan"));
    return std::nullopt;
  }

  void check_day(std::size_t at, unsigned month, int day) {
    if (day < 1 || static_cast<unsigned>(day) > kMaxDay[month]) {
      fail(at, pos_ - at, message("{}月 has no day {}", month, day));
    }
  }

  static bool is_year_suffix(char32_t c) {
    return c == U'底' || c == U'末' || c == U'初' || c == U'内' || c == U'前' || c == U'中';
  }

  static DaySpan year_end_span() { return day_span(YearRef{}, 12, 0); }
  static DaySpan with_year(DaySpan span, YearRef year) {
    span.year = year;
    return span;
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

  // --- lexing -----------------------------------------------------------------------
  std::optional<int> number() {
    if (auto n = arabic_number()) return n;
    return chinese_number();
  }

  std::optional<int> arabic_number() {
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

  // 三, 十, 十二, 二十, 二十九: one or two digits around an optional 十.
  std::optional<int> chinese_number() {
    skip_quotes();
    std::size_t at = pos_;
    auto digit = [&]() -> int {
      static const std::u32string digits = U"零一二三四五六七八九";
      if (pos_ >= s_.size()) return -1;
      std::size_t d = s_[pos_] == U'两' ? 2 : digits.find(s_[pos_]);
      if (d == std::u32string::npos) return -1;
      ++pos_;
      return static_cast<int>(d);
    };
    int leading = digit();
    if (!accept(U"十")) {
      if (leading < 0) pos_ = at;
      return leading < 0 ? std::nullopt : std::optional<int>(leading);
    }
    int trailing = digit();
    return (leading < 0 ? 1 : leading) * 10 + std::max(trailing, 0);
  }

  static bool is_range_separator(char32_t c) {
    return c == U'到' || c == U'至' || c == U'—' || c == U'-' || c == U'~' || c == U'～' ||
           c == U'－' || c == U'–';
  }
  bool accept_range_separator() {
    if (at_end() || !is_range_separator(s_[pos_])) return false;
    while (!at_end() && is_range_separator(s_[pos_])) ++pos_;  // —— is one dash
    return true;
  }

  void skip_quotes() {
    while (pos_ < s_.size() && (s_[pos_] == U'“' || s_[pos_] == U'”' || s_[pos_] == U'"')) ++pos_;
  }

  bool accept(std::u32string_view word) {
    skip_quotes();
    if (s_.compare(pos_, word.size(), word) != 0) return false;
    pos_ += word.size();
    return true;
  }
  // Callers list longer words first where one is a prefix of another.
  bool accept_any(std::initializer_list<std::u32string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](auto word) { return accept(word); });
  }
  bool contains_any(std::initializer_list<std::u32string_view> words) const {
    return std::any_of(words.begin(), words.end(),
                       [&](auto word) { return s_.find(word) != std::u32string::npos; });
  }
  bool ends_with(std::u32string_view word) const { return s_.ends_with(word); }
  char32_t peek(std::size_t ahead = 0) const {
    return pos_ + ahead < s_.size() ? s_[pos_ + ahead] : U'\0';
  }
  bool at_end() {
    skip_quotes();
    return pos_ >= s_.size();
  }
  void expect_end() {
    if (!at_end()) {
      fail(pos_, s_.size() - pos_,
           message("unexpected '{}' after the date", to_utf8(s_.substr(pos_))));
    }
  }

  [[noreturn]] void fail(std::size_t at, std::size_t length, Message message, Message help = {}) {
    throw Failure{
        WhenError{at, std::max<std::size_t>(length, 1), std::move(message), std::move(help)}};
  }

  static bool is_one_day(const DaySpan& span) {
    return span.first_month == span.last_month && span.first_day == span.last_day;
  }

  std::u32string s_;
  std::size_t pos_ = 0;
  /// The lunar day a note gives for the first day of a range (see parse_day_notes).
  std::optional<std::pair<unsigned, unsigned>> range_first_note_;
};

}  // namespace

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
    return ZhParser(std::move(text)).parse();
  } catch (const Failure& failure) {
    return failure.error;
  }
}

}  // namespace plancheck
