// SPDX-License-Identifier: MIT
// Phrases dated by the official calendar: a statutory holiday's days off (春节期间, 国庆节前),
// working days (5个工作日内), counts from a given day (when --from), and recurring items
// due on a day of their period (每季度首月10日前).
#include <string>

#include "catch.hpp"
#include "when/schedule.h"
#include "when/when_expr.h"

using namespace plancheck;

namespace {

struct Options {
  Date issued{};
  std::optional<Date> from = {};
  const OfficialCalendar* calendar = nullptr;
  std::string region = {};
};

// "kind first..last" of the phrase's first occurrence (or its due day), or the error.
std::string reading(std::string_view phrase, int year, Options options = {}) {
  WhenParse parsed = parse_when(phrase);
  if (auto* error = std::get_if<WhenError>(&parsed)) return "error: " + error->message.english();
  ScheduleContext context{
      year,         options.issued == Date{} ? make_date(year, 1, 1) : options.issued,
      {},           options.calendar,
      options.from, options.region};
  auto compiled = compile_when(std::get<WhenExpr>(parsed), context, "");
  if (auto* problem = std::get_if<ScheduleProblem>(&compiled)) {
    return "error: " + problem->message.english();
  }
  const Schedule& schedule = std::get<Schedule>(compiled);
  std::string kind(kind_name(schedule.kind()));
  auto first = schedule.first_occurrences(1);
  if (first.empty()) return kind;
  if (schedule.shape() == Shape::point) return kind + " " + format_iso(first[0].due);
  return kind + " " + format_iso(first[0].start) + ".." + format_iso(first[0].end);
}

Date d(int y, unsigned m, unsigned day) { return make_date(y, m, day); }

}  // namespace

TEST_CASE("a statutory holiday's period is its official days off", "[when][calendar]") {
  CHECK(reading("春节期间", 2017) == "window 2017-01-27..2017-02-02");
  CHECK(reading("国庆节期间", 2017) == "window 2017-10-01..2017-10-08");
  CHECK(reading("国庆期间", 2023) == "window 2023-09-29..2023-10-06");  // shared with 中秋节
  CHECK(reading("五一期间", 2025) == "window 2025-05-01..2025-05-05");
  // 2020's Spring Festival, extended by 国办发明电〔2020〕1号 to February 2.
  CHECK(reading("春节期间", 2020) == "window 2020-01-24..2020-02-02");
  CHECK(reading("元旦春节期间", 2017) == "window 2017-01-01..2017-02-02");
  // The next one after the plan's issue: 2018's for a plan issued in April 2017.
  CHECK(reading("春节期间", 2017, {.issued = d(2017, 4, 14)}) == "window 2018-02-15..2018-02-21");
}

TEST_CASE("before a holiday is the day before its days off", "[when][calendar]") {
  CHECK(reading("春节前", 2017) == "deadline 2017-01-26");
  CHECK(reading("国庆节前", 2023) == "deadline 2023-09-28");
  CHECK(reading("端午节前完成", 2017) == "deadline 2017-05-27");
  CHECK(reading("清明节前", 2025) == "deadline 2025-04-03");
  // 元旦 of 2018 begins on 2017-12-30, a Saturday.
  CHECK(reading("元旦前", 2017) == "deadline 2017-12-29");
  // A festival written as its date is dated by what is written, in any year.
  CHECK(reading("“十·一”国庆节前", 2009) == "deadline 2009-09-30");
  CHECK(reading("“七·一”前", 2030) == "deadline 2030-06-30");
  CHECK(
      reading("元旦、春节前", 2019).starts_with("error: '元旦、春节前' is a deadline before each"));
  CHECK(reading("春节前后", 2021).starts_with("error: '春节前后' has no extent"));
}

TEST_CASE("a year the calendar does not know is an error naming it", "[when][calendar]") {
  CHECK(reading("春节期间", 2027) == "error: the official days off of 春节 in 2027 are not known");
  CHECK(reading("5个工作日内", 2026, {.from = d(2026, 12, 28)}) ==
        "error: counting 5 working days from 2026-12-28 needs the official working days of 2027, "
        "which plancheck does not have");
  OfficialCalendar next_year = shipped_calendar();
  REQUIRE(next_year
              .add_file("year\tdate\ttype\tholiday\tnotice\n"
                        "2027\t2027-01-01\toff\t元旦\tX\n"
                        "2027\t2027-02-05\toff\t春节\tX\n"
                        "2027\t2027-02-11\toff\t春节\tX\n")
              .empty());
  CHECK(reading("春节期间", 2027, {.calendar = &next_year}) == "window 2027-02-05..2027-02-11");
  CHECK(reading("5个工作日内", 2026, {.from = d(2026, 12, 28), .calendar = &next_year}) ==
        "relative 2027-01-05");
}

TEST_CASE("working days skip the days off and count the weekend days worked", "[when][calendar]") {
  // 09-29, 09-30 (a Saturday worked), 10-09, 10-10, 10-11.
  CHECK(reading("超过办理时限5个工作日", 2017, {.from = d(2017, 9, 28)}) == "relative 2017-10-11");
  // 09-29 (a Sunday worked), 09-30, 10-08, 10-09, 10-10.
  CHECK(reading("五个工作日内", 2019, {.from = d(2019, 9, 27)}) == "relative 2019-10-10");
  CHECK(reading("3个工作日内", 2020, {.from = d(2020, 1, 23)}) == "relative 2020-02-05");
}

TEST_CASE("a relative phrase counts from the given day", "[when][calendar]") {
  CHECK(reading("1个月内", 2017, {.from = d(2017, 1, 31)}) == "relative 2017-02-28");
  CHECK(reading("应在一月内", 2017, {.from = d(2017, 1, 31)}) == "relative 2017-02-28");
  CHECK(reading("印发实施后1个月内", 2017, {.from = d(2017, 3, 15)}) == "relative 2017-04-15");
  CHECK(reading("在办理时限到期次日", 2017, {.from = d(2017, 9, 29)}) == "relative 2017-09-30");
  CHECK(reading("停产整顿6个月", 2017, {.from = d(2017, 6, 1)}) == "relative 2017-12-01");
  CHECK(reading("3个月内", 2017).starts_with("error: a relative deadline needs the event"));
  // Words before a count that are a period of the year are not what it counts from.
  CHECK(reading("前3个月", 2017) == "window 2017-01-01..2017-03-31");
  CHECK(reading("第三季度", 2017) == "window 2017-07-01..2017-09-30");
}

TEST_CASE("a recurring item may fall due on a day of its period", "[when][calendar]") {
  CHECK(reading("每月10日前", 2017) == "recurring 2017-01-10");
  CHECK(reading("每月10日前报送上一个月工作情况", 2017) == "recurring 2017-01-10");
  CHECK(reading("每季度首月10日前", 2012, {.issued = d(2012, 5, 1)}) == "recurring 2012-07-10");
  CHECK(reading("每季度第二个月15日", 2017) == "recurring 2017-02-15");
  CHECK(reading("每半年末月底前", 2017) == "recurring 2017-06-30");
  CHECK(reading("每年1月10日前", 2017) == "recurring 2017-01-10");
  CHECK(reading("每月31日前", 2017, {.issued = d(2017, 2, 1)}) == "recurring 2017-02-28");
  CHECK(reading("每季度第4个月10日", 2017).starts_with("error: expected a month of the period"));
}

TEST_CASE("a season each city or province sets is asked for", "[when][calendar]") {
  CHECK(reading("2023—2024年采暖季", 2023).starts_with("error: '采暖季' has the dates"));
  CHECK(reading("汛期", 2023).starts_with("error: '汛期' has the dates"));
  CHECK(reading("汛期（5月1日至9月30日）", 2023) == "window 2023-05-01..2023-09-30");
}

TEST_CASE("the holidays a span of days crosses", "[calendar]") {
  auto crossed = shipped_calendar().holidays_between(d(2017, 9, 28), d(2017, 10, 11));
  REQUIRE(crossed.size() == 1);
  CHECK(crossed[0].name == "国庆节、中秋节");
  CHECK(format_iso(crossed[0].first) == "2017-10-01");
  CHECK(format_iso(crossed[0].last) == "2017-10-08");
  REQUIRE(crossed[0].worked.size() == 1);
  CHECK(format_iso(crossed[0].worked[0]) == "2017-09-30");
  CHECK(shipped_calendar().holidays_between(d(2017, 3, 1), d(2017, 3, 20)).empty());
}

TEST_CASE("a recurring item's due day: a weekday, a working day, after the period, next month",
          "[when][calendar]") {
  CHECK(reading("每周三", 2024) == "recurring 2024-01-03");
  CHECK(reading("每月第二个星期四", 2024) == "recurring 2024-01-11");
  CHECK(reading("每月最后一个星期一", 2024, {.issued = d(2024, 2, 1)}) == "recurring 2024-02-26");
  CHECK(reading("每季度结束后7日内", 2024) == "recurring 2024-04-07");
  CHECK(reading("每季度结束后3个工作日内", 2024) == "recurring 2024-04-03");
  CHECK(reading("每半年结束后两个月内", 2024) == "recurring 2024-08-31");
  // 2024-01-01 is 元旦: the second working day is the 3rd, the third of the quarter the 4th.
  CHECK(reading("每月第2个工作日", 2024) == "recurring 2024-01-03");
  CHECK(reading("每季度首月前3个工作日内", 2024) == "recurring 2024-01-04");
  CHECK(reading("每季度最后一个工作日", 2024) == "recurring 2024-03-29");
  CHECK(reading("每月报表于次月8日前报送", 2024) == "recurring 2024-02-08");
  // Sunday 2024-02-04 was worked for 春节: February's third working day.
  CHECK(reading("次月第3个工作日前", 2024) == "recurring 2024-02-04");
  CHECK(reading("逢双月5日前", 2024) == "recurring 2024-02-05");
  // A working day of a named month, the last one too.
  CHECK(reading("每季度末月最后一个工作日", 2024) == "recurring 2024-03-29");
  CHECK(reading("次月最后一个工作日", 2024) == "recurring 2024-02-29");
  CHECK(reading("每月情况于次月第3个工作日前报送", 2024) == "recurring 2024-02-04");
  CHECK(reading("每日17时前报送", 2024) == "recurring 2024-01-01");
  // A working day counted into a year with no notice waits for the notice.
  CHECK(reading("每月第2个工作日", 2027).starts_with("error: its due days are counted"));
}

TEST_CASE("recurring every so many periods, months evenly spaced, once a period",
          "[when][calendar]") {
  CHECK(reading("每三个月", 2024) == "recurring 2024-03-31");
  CHECK(reading("每两个月", 2024, {.issued = d(2024, 3, 15)}) == "recurring 2024-04-30");
  // Weeks run from the first whole week after the issue.
  CHECK(reading("每两周", 2024, {.issued = d(2024, 1, 3)}) == "recurring 2024-01-21");
  CHECK(reading("每年3、6、9、12月20日前", 2024) == "recurring 2024-03-20");
  CHECK(reading("每年4月、10月底前", 2024) == "recurring 2024-04-30");
  CHECK(reading("一季一通报", 2024) == "recurring 2024-03-31");
  CHECK(reading("每年第一季度", 2024) == "window 2024-01-01..2024-03-31");
  CHECK(reading("每年汛期（6—9月）", 2024) == "window 2024-06-01..2024-09-30");
}

TEST_CASE("counted from a holiday's last day off", "[when][calendar]") {
  CHECK(reading("中秋节后2个工作日内", 2019) == "deadline 2019-09-17");  // off 09-13..15
  CHECK(reading("端午节后", 2019) == "start 2019-06-10..2019-06-10");
  CHECK(reading("国庆节后上班第一天", 2019) == "deadline 2019-10-08");
  CHECK(reading("国庆长假后", 2019) == "start 2019-10-08..2019-10-08");
  CHECK(reading("国庆长假前", 2019) == "deadline 2019-09-30");
  CHECK(reading("五一假期期间", 2024) == "window 2024-05-01..2024-05-05");
  CHECK(reading("国庆节当天", 2024) == "window 2024-10-01..2024-10-01");
  CHECK(reading("“七一”前", 2024) == "deadline 2024-06-30");
}

TEST_CASE("words around the date: who, what is done, notes", "[when]") {
  CHECK(reading("请各镇于2024年5月20日前报送统计表", 2024) == "deadline 2024-05-20");
  CHECK(reading("不迟于11月30日", 2024) == "deadline 2024-11-30");
  CHECK(reading("于3月下旬召开推进会", 2024) == "window 2024-03-21..2024-03-31");
  CHECK(reading("三季度开展督查", 2024) == "window 2024-07-01..2024-09-30");
  CHECK(reading("10月1日前（星期二）", 2024) == "deadline 2024-10-01");
  CHECK(reading("10月1日前（星期三）", 2024).starts_with("error: 2024-10-01 is a Tuesday"));
  CHECK(reading("正月初八（2月17日）", 2024) == "window 2024-02-17..2024-02-17");
  CHECK(reading("正月初八（2月18日）", 2024).starts_with("error: 2024-02-17 is not 2月18日"));
  CHECK(reading("6月30日17:30前", 2024) == "deadline 2024-06-30");
  // After a bare date, words that are no verb of the lexicon are an error, not an action.
  CHECK(reading("10月低前", 2024).starts_with("error: unexpected '低前'"));
  CHECK(reading("10月底前后", 2024).starts_with("error: '10月底前后' has no extent"));
  // A label with nothing after it (the fuzzer's first find in this grammar).
  CHECK(reading("报送时间：", 2024) == "error: expected a date, got the end of the phrase");
  CHECK(reading("每999个月", 2024).starts_with("error: every 999 periods"));
}

TEST_CASE("dates in digits, numerals, halves and lists", "[when]") {
  CHECK(reading("2024.5.20前", 2024) == "deadline 2024-05-20");
  CHECK(reading("5/20", 2024) == "deadline 2024-05-20");
  CHECK(reading("二〇二四年底前", 2020) == "deadline 2024-12-31");
  CHECK(reading("截至去年底", 2024) == "deadline 2023-12-31");
  CHECK(reading("11月上、中旬", 2024) == "window 2024-11-01..2024-11-20");
  CHECK(reading("9月中旬至下旬", 2024) == "window 2024-09-11..2024-09-30");
  CHECK(reading("6月下半月", 2024) == "window 2024-06-16..2024-06-30");
  CHECK(reading("2024年Q2", 2024) == "window 2024-04-01..2024-06-30");
  CHECK(reading("上半年末", 2024) == "deadline 2024-06-30");
  CHECK(reading("“十五五”期间", 2024) == "window 2026-01-01..2030-12-31");
  CHECK(reading("“十五五”开局之年", 2024) == "window 2026-01-01..2026-12-31");
  CHECK(reading("2024年起两年内", 2024) == "deadline 2025-12-31");
  CHECK(reading("9、10、11三个月", 2024) == "window 2024-09-01..2024-11-30");
  CHECK(reading("9、10、12月", 2024).starts_with("error: '9、10、12月' names months"));
  CHECK(reading("收到通知之日起15个工作日内", 2024, {.from = d(2024, 3, 29)}) ==
        "relative 2024-04-22");
  CHECK(reading("办理期限为20个工作日", 2024, {.from = d(2024, 3, 29)}) == "relative 2024-04-28");
  CHECK(reading("边学边改", 2024) == "continuous");
  CHECK(reading("常年坚持", 2024) == "continuous");
}

TEST_CASE("a region's season is dated by the plan's region", "[when][calendar][seasons]") {
  // Plans are issued in spring: the season is the coming winter's.
  Options beijing{.issued = d(2017, 4, 14), .region = "北京市"};
  CHECK(reading("采暖季", 2017, beijing) == "window 2017-11-15..2018-03-15");
  CHECK(reading("供暖期期间", 2017, beijing) == "window 2017-11-15..2018-03-15");
  CHECK(reading("采暖季前", 2017, beijing) == "deadline 2017-11-14");
  CHECK(reading("采暖季结束后", 2017, beijing) == "start 2018-03-16..2018-03-16");
  CHECK(reading("2023—2024年采暖季", 2023, {.region = "北京市"}) ==
        "window 2023-11-15..2024-03-15");
  CHECK(reading("每年采暖季", 2017, beijing) == "window 2017-11-15..2018-03-15");
  CHECK(reading("采暖季期间加强巡查", 2017, beijing) == "window 2017-11-15..2018-03-15");
  // Issued in winter, the season is the one under way.
  Options winter{.issued = d(2018, 2, 1), .region = "北京市"};
  CHECK(reading("采暖季", 2018, winter) == "window 2017-11-15..2018-03-15");
  CHECK(reading("采暖季", 2017, {.issued = d(2017, 6, 1), .region = "黑龙江省哈尔滨市"}) ==
        "window 2017-10-20..2018-04-20");
  // The most specific place the region names: 成都, in 四川, heats no city.
  Options chengdu{.region = "四川省成都市青白江区"};
  CHECK(reading("汛期", 2017, chengdu) == "window 2017-05-01..2017-09-30");
  CHECK(reading("汛前", 2017, chengdu) == "deadline 2017-04-30");
  CHECK(reading("汛后", 2017, chengdu) == "start 2017-10-01..2017-10-01");
  CHECK(reading("采暖季", 2017, chengdu) ==
        "error: 成都 has no 采暖季: 成都在秦岭—淮河以南，没有法定采暖期，也没有城市集中供暖");
  CHECK(reading("采暖季", 2017, {.region = "河北省石家庄市"}) ==
        "error: '采暖季' has the dates of a city's or province's own regulation, and plancheck "
        "knows none for 河北省石家庄市");
  CHECK(reading("采暖季", 2017) ==
        "error: '采暖季' has the dates of a city's or province's own regulation, and the plan "
        "names no region");
  // The dates written with it win, whatever the region.
  CHECK(reading("采暖季（11月1日至次年3月31日）", 2017, beijing) ==
        "window 2017-11-01..2018-03-31");
  // 防汛 and 汛情 are not the season.
  CHECK(reading("防汛检查", 2017, chengdu).starts_with("error:"));
}

TEST_CASE("a due day off moves to the next working day when the phrase says 顺延",
          "[when][calendar]") {
  Options spring{.issued = d(2025, 3, 1)};
  CHECK(reading("4月30日前（遇节假日顺延）", 2025, spring) == "deadline 2025-04-30");
  CHECK(reading("5月1日前（遇节假日顺延）", 2025, spring) == "deadline 2025-05-06");
  CHECK(reading("10月1日前，如遇法定节假日顺延至下一个工作日", 2025, spring) ==
        "deadline 2025-10-09");
  CHECK(reading("6月1日前(遇周末顺延)", 2025, spring) == "deadline 2025-06-03");  // 端午
  // Each period's due day, and a count's.
  CHECK(reading("每月1日前（遇节假日顺延）", 2025, {.issued = d(2025, 4, 15)}) ==
        "recurring 2025-05-06");
  CHECK(reading("5日内（遇节假日顺延）", 2025, {.from = d(2025, 9, 26)}) == "relative 2025-10-09");
  // Not a note of days off, or nothing to move.
  CHECK(reading("5月1日前（顺延三天）", 2025, spring).starts_with("error:"));
  CHECK(reading("春节期间（遇节假日顺延）", 2025, spring).starts_with("error:"));
  // A year with no notice is an error that names it.
  CHECK(reading("5月1日前（遇节假日顺延）", 2030, {.issued = d(2030, 3, 1)}) ==
        "error: moving 2030-05-01 past days off needs the official working days of 2030, which "
        "plancheck does not have");
}
