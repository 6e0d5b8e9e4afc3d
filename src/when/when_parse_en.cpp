// SPDX-License-Identifier: MIT
// English deadline phrases: "end of October", "from 06-01", "11-01 to end of February,
// every year", "every quarter", "1 month after <event>", "during <event>", "continuous".
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <vector>

#include "calendar/dates.h"
#include "when/when_expr.h"

namespace plancheck {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr unsigned kMaxDay[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

struct Word {
  std::string text;  // lowercased
  std::size_t offset;
  std::size_t length;
};

struct Failure {
  WhenError error;
};

class EnParser {
 public:
  EnParser(std::string_view phrase) : phrase_(phrase) { split(); }

  WhenExpr parse() {
    if (words_.empty()) fail(0, 1, message("empty deadline phrase"));
    if (only("continuous") || only("ongoing") || only("real-time")) return WhenExpr{};
    if (accept("every")) return parse_every();
    if (accept("during")) return parse_during();
    if (auto expr = try_relative()) return *expr;
    return parse_dated();
  }

 private:
  WhenExpr parse_every() {
    WhenExpr expr;
    expr.kind = TimingKind::recurring;
    static const std::pair<std::string_view, Period> periods[] = {
        {"day", Period::day},         {"week", Period::week},           {"month", Period::month},
        {"quarter", Period::quarter}, {"half-year", Period::half_year}, {"year", Period::year}};
    for (auto [name, period] : periods) {
      if (accept(name)) {
        expr.every = period;
        expect_end();
        return expr;
      }
    }
    fail_here(message("expected day, week, month, quarter, half-year or year after 'every'"));
  }

  WhenExpr parse_during() {
    WhenExpr expr;
    expr.kind = TimingKind::window;
    expr.event_span = true;
    expr.event = event_name();
    return expr;
  }

  std::optional<WhenExpr> try_relative() {
    if (words_.size() < 3 || !all_digits(words_[0].text) || words_[2].text != "after") {
      return std::nullopt;
    }
    WhenExpr expr;
    expr.kind = TimingKind::relative;
    expr.count = std::stoi(words_[0].text.substr(0, 6));
    std::string unit = words_[1].text;
    if (unit.ends_with('s')) unit.pop_back();
    if (unit == "day")
      expr.unit = Period::day;
    else if (unit == "week")
      expr.unit = Period::week;
    else if (unit == "month")
      expr.unit = Period::month;
    else if (unit == "year")
      expr.unit = Period::year;
    else
      fail(words_[1].offset, words_[1].length, message("expected days, weeks, months or years"));
    pos_ = 3;
    expr.event = event_name();
    return expr;
  }

  std::string event_name() {
    if (at_end()) fail_here(message("expected an event id from events.yaml"));
    std::string name = words_[pos_].text;
    ++pos_;
    expect_end();
    return name;
  }

  WhenExpr parse_dated() {
    bool from = accept("from") || accept("since") || accept("starting");
    bool by = !from && (accept("by") || accept("before"));
    auto [first, first_point] = day_ref(nullptr);
    WhenExpr expr;
    expr.from = first;
    if (accept("to") || accept("until") || accept("through")) {
      auto [second, second_point] = day_ref(&first);
      (void)second_point;
      expr.kind = TimingKind::window;
      expr.to = second;
      if (accept("every")) {
        if (!accept("year"))
          fail_here(message("only a yearly window can repeat: write ', every year'"));
        expr.yearly = true;
      } else if (accept("yearly")) {
        expr.yearly = true;
      }
      expect_end();
      return expr;
    }
    expect_end();
    if (from) {
      expr.kind = TimingKind::start;
    } else if (by || first_point) {
      expr.kind = TimingKind::deadline;
    } else {
      expr.kind = TimingKind::window;
      expr.to = first;
    }
    return expr;
  }

  // A day or span: 2017-06-30, 06-30, end of October [2018], end of year, June [2018], 2017,
  // Q3, end of Q3, first half. Returns the span and whether it names one day.
  std::pair<DaySpan, bool> day_ref(const DaySpan* start) {
    DaySpan span;
    if (start) span.year = start->year;
    if (at_end()) fail_here(message("expected a date, got the end of the phrase"));
    const Word& word = words_[pos_];
    if (auto iso = parse_iso_date(word.text)) {
      ++pos_;
      span = DaySpan{YearRef{true, year_of(*iso)},
                     month_of(*iso),
                     day_of(*iso),
                     month_of(*iso),
                     day_of(*iso),
                     {},
                     false};
      return {span, true};
    }
    if (DateProblem problem = iso_date_problem(word.text); problem != DateProblem::shape) {
      fail(word.offset, word.length,
           message("'{}' {}", phrase_.substr(word.offset, word.length), describe(problem)));
    }
    if (word.text.size() == 5 && word.text[2] == '-' && all_digits(word.text.substr(0, 2)) &&
        all_digits(word.text.substr(3))) {
      unsigned month = static_cast<unsigned>(std::stoi(word.text.substr(0, 2)));
      unsigned day = static_cast<unsigned>(std::stoi(word.text.substr(3)));
      if (month < 1 || month > 12 || day < 1 || day > kMaxDay[month]) {
        fail(word.offset, word.length, message("no such day"));
      }
      ++pos_;
      span.first_month = span.last_month = month;
      span.first_day = span.last_day = day;
      return {span, true};
    }
    if (accept("end")) {
      if (!accept("of")) fail_here(message("expected 'of' after 'end'"));
      if (accept("year")) return {set_months(span, 12, 12, true), true};
      if (auto quarter = quarter_word()) {
        return {set_months(span, *quarter * 3, *quarter * 3, true), true};
      }
      if (auto year = year_word()) {
        span.year = YearRef{true, *year};
        return {set_months(span, 12, 12, true), true};
      }
      unsigned month = month_word();
      set_months(span, month, month, true);
      if (auto year = year_word()) span.year = YearRef{true, *year};
      if (accept("next")) {
        if (!accept("year")) fail_here(message("expected 'year' after 'next'"));
        span.year = YearRef{span.year.absolute, span.year.value + 1};
      }
      return {span, true};
    }
    if (accept("first")) {
      if (!accept("half")) fail_here(message("expected 'half'"));
      return {set_months(span, 1, 6, false), false};
    }
    if (accept("second")) {
      if (!accept("half")) fail_here(message("expected 'half'"));
      return {set_months(span, 7, 12, false), false};
    }
    if (auto quarter = quarter_word()) {
      if (auto year = year_word()) span.year = YearRef{true, *year};
      return {set_months(span, *quarter * 3 - 2, *quarter * 3, false), false};
    }
    if (auto year = year_word()) {
      span.year = YearRef{true, *year};
      return {set_months(span, 1, 12, false), true};  // "by 2020": the year's last day
    }
    unsigned month = month_word();
    set_months(span, month, month, false);
    if (auto year = year_word()) span.year = YearRef{true, *year};
    return {span, false};
  }

  static DaySpan& set_months(DaySpan& span, unsigned first, unsigned last, bool end_only) {
    span.first_month = end_only ? last : first;
    span.first_day = end_only ? 0 : 1;
    span.last_month = last;
    span.last_day = 0;
    return span;
  }

  unsigned month_word() {
    if (at_end()) fail_here(message("expected a month name"));
    const Word& word = words_[pos_];
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
      if (word.text == kMonths[i] ||
          (word.text.size() >= 3 && kMonths[i].starts_with(word.text) && word.text.size() == 3)) {
        ++pos_;
        return static_cast<unsigned>(i + 1);
      }
    }
    fail(word.offset, word.length,
         message("expected a date or a month name, got '{}'",
                 phrase_.substr(word.offset, word.length)));
  }

  std::optional<unsigned> quarter_word() {
    if (at_end()) return std::nullopt;
    const std::string& text = words_[pos_].text;
    if (text.size() == 2 && text[0] == 'q' && text[1] >= '1' && text[1] <= '4') {
      ++pos_;
      return static_cast<unsigned>(text[1] - '0');
    }
    return std::nullopt;
  }

  std::optional<int> year_word() {
    if (at_end() || words_[pos_].text.size() != 4 || !all_digits(words_[pos_].text)) {
      return std::nullopt;
    }
    return std::stoi(words_[pos_++].text);
  }

  static bool all_digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  void split() {
    std::size_t at = 0;
    while (at < phrase_.size()) {
      char c = phrase_[at];
      if (c == ' ' || c == ',' || c == '\t') {
        ++at;
        continue;
      }
      std::size_t begin = at;
      while (at < phrase_.size() && phrase_[at] != ' ' && phrase_[at] != ',' &&
             phrase_[at] != '\t') {
        ++at;
      }
      std::string text(phrase_.substr(begin, at - begin));
      std::transform(text.begin(), text.end(), text.begin(),
                     [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
      words_.push_back(Word{std::move(text), begin, at - begin});
    }
  }

  bool only(std::string_view word) const { return words_.size() == 1 && words_[0].text == word; }
  bool accept(std::string_view word) {
    if (at_end() || words_[pos_].text != word) return false;
    ++pos_;
    return true;
  }
  bool at_end() const { return pos_ >= words_.size(); }
  void expect_end() {
    if (!at_end()) {
      fail(words_[pos_].offset, phrase_.size() - words_[pos_].offset,
           message("unexpected '{}'", phrase_.substr(words_[pos_].offset)));
    }
  }
  [[noreturn]] void fail_here(Message message) {
    if (at_end()) fail(phrase_.size(), 1, std::move(message));
    fail(words_[pos_].offset, words_[pos_].length, std::move(message));
  }
  [[noreturn]] void fail(std::size_t offset, std::size_t length, Message message) {
    throw Failure{WhenError{offset, length, std::move(message), {}}};
  }

  std::string_view phrase_;
  std::vector<Word> words_;
  std::size_t pos_ = 0;
};

}  // namespace

WhenParse parse_when_en(std::string_view phrase) {
  try {
    return EnParser(phrase).parse();
  } catch (const Failure& failure) {
    return failure.error;
  }
}

}  // namespace plancheck
