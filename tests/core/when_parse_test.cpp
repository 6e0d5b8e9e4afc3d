// SPDX-License-Identifier: MIT
#include "catch.hpp"
#include "when/schedule.h"
#include "when/when_expr.h"

using namespace plancheck;

namespace {

std::optional<EventSpan> no_events(std::string_view) { return std::nullopt; }

Schedule compile(std::string_view phrase, int year = 2017, Date issued = make_date(2017, 4, 14),
                 std::string_view event = "") {
  WhenParse parsed = parse_when(phrase);
  if (auto* error = std::get_if<WhenError>(&parsed))
    FAIL(std::string(phrase) + ": " + error->message.english());
  auto compiled =
      compile_when(std::get<WhenExpr>(parsed), ScheduleContext{year, issued, no_events}, event);
  if (auto* problem = std::get_if<ScheduleProblem>(&compiled))
    FAIL(std::string(phrase) + ": " + problem->message.english());
  return std::get<Schedule>(compiled);
}

std::string date_of(std::string_view phrase, int year = 2017) {
  Schedule t = compile(phrase, year);
  REQUIRE(t.days().date);
  return format_iso(*t.days().date);
}

WhenError error_of(std::string_view phrase) {
  WhenParse parsed = parse_when(phrase);
  REQUIRE(std::holds_alternative<WhenError>(parsed));
  return std::get<WhenError>(parsed);
}

}  // namespace

TEST_CASE("design table: Chinese and English forms compile to the same dates", "[when]") {
  CHECK(date_of("10月底前") == "2017-10-31");
  CHECK(date_of("end of October") == "2017-10-31");
  CHECK(date_of("2017-06-30") == "2017-06-30");
  CHECK(date_of("6月30日前") == "2017-06-30");
  for (auto phrase : {"年前", "年底前", "2017年完成", "end of year"}) {
    CHECK(date_of(phrase) == "2017-12-31");
  }
  CHECK(date_of("2018年年底前") == "2018-12-31");
  CHECK(date_of("2018年年末") == "2018-12-31");
  for (auto phrase : {"6月1日开始实施", "from 06-01", "从6月起", "from June"}) {
    Schedule t = compile(phrase);
    CHECK(t.kind() == TimingKind::start);
    CHECK(format_iso(*t.days().start) == "2017-06-01");
  }
  CHECK(format_iso(*compile("1月1日起").days().start) == "2017-01-01");
  for (auto phrase : {"每年11月1日到次年2月底", "11-01 to end of February, every year"}) {
    Schedule t = compile(phrase);
    CHECK(t.kind() == TimingKind::window);
    CHECK(t.repeats());
    CHECK(format_iso(*t.days().start) == "2017-11-01");
    CHECK(format_iso(*t.days().end) == "2018-02-28");
  }
  for (auto phrase : {"每月", "月通报", "every month"}) {
    CHECK(compile(phrase).every() == Period::month);
  }
  for (auto phrase : {"按季度", "every quarter"}) {
    auto first = compile(phrase).first_occurrences(5);
    REQUIRE(first.size() == 3);  // the plan's span ends with its year
    CHECK(format_iso(first[0].due) == "2017-06-30");
    CHECK(format_iso(first[1].due) == "2017-09-30");
    CHECK(format_iso(first[2].due) == "2017-12-31");
  }
  for (auto phrase : {"实时", "不定期", "continuous"}) {
    CHECK(compile(phrase).kind() == TimingKind::continuous);
  }
}

TEST_CASE("monthly occurrences start in the issue month and end each month on its last day",
          "[when]") {
  auto first = compile("每月").first_occurrences(20);
  REQUIRE(first.size() == 9);  // April to December 2017
  CHECK(format_iso(first[0].due) == "2017-04-30");
  CHECK(format_iso(first[1].due) == "2017-05-31");
  CHECK(format_iso(first[8].due) == "2017-12-31");
  auto leap = compile("every month", 2020, make_date(2020, 1, 31)).first_occurrences(3);
  CHECK(format_iso(leap[1].due) == "2020-02-29");
  CHECK(format_iso(leap[2].due) == "2020-03-31");
}

TEST_CASE("a yearly window crossing New Year ends on February's last day of each year", "[when]") {
  Schedule t = compile("每年11月1日到次年2月底");
  auto windows = t.occurrences_between(make_date(2019, 1, 1), make_date(2020, 12, 31));
  REQUIRE(windows.size() == 3);
  CHECK(format_iso(windows[0].start) == "2018-11-01");
  CHECK(format_iso(windows[0].end) == "2019-02-28");
  CHECK(format_iso(windows[1].start) == "2019-11-01");
  CHECK(format_iso(windows[1].end) == "2020-02-29");
  CHECK(format_iso(windows[2].end) == "2021-02-28");
}

TEST_CASE("relative deadlines count calendar months from the event and clamp", "[when]") {
  auto events = [](std::string_view id) -> std::optional<EventSpan> {
    if (id == "plan") return EventSpan{make_date(2017, 11, 6), make_date(2017, 11, 6)};
    if (id == "jan31") return EventSpan{make_date(2017, 1, 31), make_date(2017, 1, 31)};
    return std::nullopt;
  };
  auto run = [&](std::string_view phrase, std::string_view event) {
    auto compiled = compile_when(std::get<WhenExpr>(parse_when(phrase)),
                                 ScheduleContext{2017, make_date(2017, 4, 14), events}, event);
    return std::get<Schedule>(compiled);
  };
  CHECK(format_iso(*run("印发实施后1个月内", "plan").days().date) == "2017-12-06");
  CHECK(format_iso(*run("1个月内", "jan31").days().date) == "2017-02-28");
  CHECK(format_iso(*run("1 month after plan", "").days().date) == "2017-12-06");
  Schedule pending = run("印发实施后1个月内", "unknown-yet");
  CHECK(pending.pending());
  CHECK(!pending.days().date);
}

TEST_CASE("a relative phrase without an event is an error, not a guess", "[when]") {
  auto compiled = compile_when(std::get<WhenExpr>(parse_when("印发实施后1个月内")),
                               ScheduleContext{2017, make_date(2017, 4, 14), no_events}, "");
  REQUIRE(std::holds_alternative<ScheduleProblem>(compiled));
  CHECK(std::get<ScheduleProblem>(compiled).needs_event);
  CHECK(std::get<ScheduleProblem>(compiled).message.english().find("event") != std::string::npos);
}

TEST_CASE("impossible days are errors at their position", "[when]") {
  WhenError e = error_of("2月30日前");
  CHECK(e.offset == 2);
  CHECK(e.message.english() == "2月 has no day 30");
  CHECK(error_of("13月底前").message.english() == "there is no month 13");
  CHECK(error_of("10月低前").offset == 3);
  CHECK(error_of("end of Octobr").message.english().find("Octobr") != std::string::npos);
  CHECK(error_of("every fortnight").offset == 6);
  auto leap = compile_when(std::get<WhenExpr>(parse_when("2月29日前")),
                           ScheduleContext{2017, make_date(2017, 1, 1), no_events}, "");
  REQUIRE(std::holds_alternative<ScheduleProblem>(leap));
  CHECK(std::get<ScheduleProblem>(leap).message.english().find("does not exist") !=
        std::string::npos);
  CHECK(date_of("2月29日前", 2020) == "2020-02-29");
}

TEST_CASE("a yearly window that names a year is refused (fuzz: it never advanced)",
          "[when][regression]") {
  for (std::string_view phrase : {"每年1013年11月到次年2月", "每年11月1日到2018年2月底"}) {
    auto compiled = compile_when(std::get<WhenExpr>(parse_when(phrase)),
                                 ScheduleContext{2017, make_date(2017, 4, 14), no_events}, "");
    const auto* problem = std::get_if<ScheduleProblem>(&compiled);
    REQUIRE(problem);
    CHECK(problem->message.english().find("cannot name a year") != std::string::npos);
  }
}

TEST_CASE("a window needs an end", "[when]") {
  CHECK(std::holds_alternative<WhenError>(parse_when("从6月1日到")));
  CHECK(std::holds_alternative<WhenError>(parse_when("6月1日到")));
  CHECK(std::holds_alternative<WhenError>(parse_when("06-01 to")));
}

TEST_CASE("full-width digits read like ASCII ones", "[when]") {
  CHECK(date_of("１０月底前") == "2017-10-31");
}

TEST_CASE("Chinese numerals name months, quarters and days", "[when]") {
  CHECK(date_of("十月底前") == "2017-10-31");
  CHECK(date_of("十二月三十一日前") == "2017-12-31");
  CHECK(date_of("三季度末前") == "2017-09-30");
}
