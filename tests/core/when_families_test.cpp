// SPDX-License-Identifier: MIT
// Phrase families beyond the first plan's: lunar days and spans, months written as a
// range or a list, combined 旬, the year's first months, dates given in brackets after a
// season's name, duties with no date, and what a recurring phrase says it does.
#include <string>

#include "catch.hpp"
#include "when/schedule.h"
#include "when/when_expr.h"

using namespace plancheck;

namespace {

std::optional<EventSpan> no_events(std::string_view) { return std::nullopt; }

std::variant<Schedule, std::string> compile(std::string_view phrase, int year) {
  WhenParse parsed = parse_when(phrase);
  if (auto* error = std::get_if<WhenError>(&parsed)) return error->message.english();
  auto compiled = compile_when(std::get<WhenExpr>(parsed),
                               ScheduleContext{year, make_date(year, 1, 1), no_events}, "");
  if (auto* problem = std::get_if<ScheduleProblem>(&compiled)) return problem->message.english();
  return std::get<Schedule>(compiled);
}

// "kind first..last" of the phrase's first occurrence, or the error.
std::string reading(std::string_view phrase, int year) {
  auto compiled = compile(phrase, year);
  if (auto* error = std::get_if<std::string>(&compiled)) return "error: " + *error;
  const Schedule& schedule = std::get<Schedule>(compiled);
  std::string kind(kind_name(schedule.kind()));
  auto first = schedule.first_occurrences(1);
  if (first.empty()) return kind;
  return kind + " " + format_iso(first[0].start) + ".." + format_iso(first[0].end);
}

}  // namespace

TEST_CASE("lunar days and spans, in any year the tables cover", "[when][lunar]") {
  CHECK(reading("除夕", 2017) == "window 2017-01-27..2017-01-27");
  CHECK(reading("春节", 2017) == "window 2017-01-28..2017-01-28");
  CHECK(reading("正月十五", 2017) == "window 2017-02-11..2017-02-11");
  CHECK(reading("除夕至正月十五", 2017) == "window 2017-01-27..2017-02-11");
  CHECK(reading("腊月二十三至正月十五", 2017) == "window 2017-01-20..2017-02-11");
  // Another year, where ICU would be a day off: 春节 2027 is 02-06, 除夕 the 29th of 腊月.
  CHECK(reading("除夕至正月十五", 2027) == "window 2027-02-05..2027-02-20");
  CHECK(reading("2025年除夕", 2024) == "window 2025-01-28..2025-01-28");
  CHECK(reading("农历十二月二十三至正月十五", 2025) == "window 2025-01-22..2025-02-12");
  CHECK(reading("元宵节前", 2026) == "deadline 2026-03-03..2026-03-03");
  CHECK(reading("中秋节", 2017) == "window 2017-10-04..2017-10-04");
  CHECK(reading("正月", 2018) == "window 2018-02-16..2018-03-16");
  CHECK(reading("每年除夕至正月十五", 2017) == "window 2017-01-27..2017-02-11");
}

TEST_CASE("a range's note may give both its lunar days, and two days may be listed",
          "[when][lunar]") {
  CHECK(reading("2025年1月22日至2月12日（农历十二月二十三至正月十五）", 2025) ==
        "window 2025-01-22..2025-02-12");
  CHECK(reading("2025年1月22日至2月12日（农历十二月二十四至正月十五）", 2025) ==
        "error: 2025-01-22 is not lunar month 12 day 24, which is written beside it");
  CHECK(reading("农历除夕、正月初一全天", 2025) == "window 2025-01-28..2025-01-29");
  CHECK(reading("6月1日、2日", 2025) == "window 2025-06-01..2025-06-02");
  CHECK(reading("6月1日、6月3日", 2025) ==
        "error: 2025-06-01 and 2025-06-03 are not two days running");
}

TEST_CASE("lunar phrases that cannot be dated say why", "[when][lunar]") {
  CHECK(reading("2017年春节前", 2017).starts_with("error: '春节前' is read only alone"));
  CHECK(reading("小年", 2017).starts_with("error: '小年' is 腊月二十三 in the north"));
  CHECK(reading("腊月三十", 2025) == "error: lunar month 12 has no day 30 in 2025");
  CHECK(reading("除夕", 1901).starts_with("error: lunar dates are known for 1901 to 2099"));
  CHECK(reading("正月初十一", 2017).starts_with("error:"));
  CHECK(reading("清明", 2017).starts_with("error: 清明 is a solar term"));
}

TEST_CASE("months as a range or a list, combined 旬, the year's first months", "[when]") {
  CHECK(reading("11—12月", 2025) == "window 2025-11-01..2025-12-31");
  CHECK(reading("7、8月", 2019) == "window 2019-07-01..2019-08-31");
  CHECK(reading("2007年4-5月", 2007) == "window 2007-04-01..2007-05-31");
  CHECK(reading("1-4月前", 2023) == "deadline 2023-04-30..2023-04-30");
  CHECK(reading("7、9月", 2019).starts_with("error: '7、9月' names months that are not one span"));
  CHECK(reading("12-3月", 2019).starts_with("error: a span of months runs forward"));
  CHECK(reading("8月中上旬", 2019) == "window 2019-08-01..2019-08-20");
  CHECK(reading("8月中下旬", 2019) == "window 2019-08-11..2019-08-31");
  CHECK(reading("今年前9月", 2015) == "window 2015-01-01..2015-09-30");
  CHECK(reading("前三季度", 2015) == "window 2015-01-01..2015-09-30");
}

TEST_CASE("a season named with its dates in brackets is its dates", "[when]") {
  CHECK(reading("汛前（1—4月）", 2023) == "window 2023-01-01..2023-04-30");
  CHECK(reading("清明节（4月1日至4月10日）期间", 2026) == "window 2026-04-01..2026-04-10");
  CHECK(reading("上报审核阶段（2007年4-5月）", 2007) == "window 2007-04-01..2007-05-31");
  // An error inside the brackets points into them.
  WhenParse parsed = parse_when("汛前（1—13月）");
  REQUIRE(std::holds_alternative<WhenError>(parsed));
  CHECK(std::get<WhenError>(parsed).offset >= 3);
}

TEST_CASE("duties with no date and what recurring phrases say they do", "[when]") {
  for (auto phrase : {"及时修订完善", "持续深化", "抓长效", "第一时间", "长期坚持"}) {
    CHECK(reading(phrase, 2017) == "continuous");
  }
  CHECK(reading("每月1次", 2019).starts_with("recurring 2019-01-01..2019-01-31"));
  CHECK(reading("逐月进行分解", 2012).starts_with("recurring 2012-01-01..2012-01-31"));
  CHECK(reading("每季度召开一次调度会", 2017).starts_with("recurring 2017-01-01..2017-03-31"));
  CHECK(reading("应在一月内", 2017).starts_with("error: a relative deadline needs the event"));
}

TEST_CASE("a day's notes are checked against it, and a time of day is read past", "[when]") {
  CHECK(reading("于6月18日（星期二）上午下班前", 2019) == "deadline 2019-06-18..2019-06-18");
  CHECK(reading("于6月18日（星期一）上午下班前", 2019) ==
        "error: 2019-06-18 is a Tuesday, not the Monday written beside it");
  CHECK(reading("2月2日（农历正月初九，星期日）", 2020) == "deadline 2020-02-02..2020-02-02");
  CHECK(reading("2月2日（农历正月初十）", 2020) ==
        "error: 2020-02-02 is not lunar month 1 day 10, which is written beside it");
  CHECK(reading("2024年2月2日（腊月二十三）17时至2月3日凌晨1时", 2024) ==
        "window 2024-02-02..2024-02-03");
  CHECK(reading("春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）", 2026) ==
        "window 2026-02-15..2026-02-23");
  // 2022-12-23 is 腊月初一 of lunar year 2022: a December day in the 腊月 it is in.
  CHECK(reading("12月23日（腊月初一）", 2022) == "deadline 2022-12-23..2022-12-23");
  CHECK(reading("6月18日（下午）", 2019).starts_with("error: expected a weekday or a lunar day"));
  CHECK(reading("6月18日25时", 2019) == "error: there is no hour 25");
  CHECK(reading("2017年6月30日24时前", 2017) ==
        "deadline 2017-06-30..2017-06-30");  // the day's end
}

TEST_CASE("a label before a colon or after 为 names the dates", "[when]") {
  CHECK(reading("4月8日至20日为自查整改期", 2017) == "window 2017-04-08..2017-04-20");
  CHECK(reading("集中整治：5月至6月", 2017) == "window 2017-05-01..2017-06-30");
  CHECK(reading("4月8日至20日为5月", 2017).starts_with("error:"));
  CHECK(reading("农历除夕", 2025) == "window 2025-01-28..2025-01-28");
}
