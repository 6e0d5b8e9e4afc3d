// SPDX-License-Identifier: MIT
#include "calendar/official_calendar.h"

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "catch.hpp"

using namespace plancheck;

namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

std::string iso(const std::variant<Date, UnknownYear>& result) {
  if (auto* date = std::get_if<Date>(&result)) return format_iso(*date);
  return "unknown " + std::to_string(std::get<UnknownYear>(result).year);
}

}  // namespace

TEST_CASE("the shipped calendar reads and knows 2017 to 2026", "[calendar]") {
  OfficialCalendar calendar;
  std::ifstream in(PLANCHECK_SOURCE_DIR "/data/calendar/cn-official-days.tsv");
  std::stringstream text;
  text << in.rdbuf();
  auto problems = calendar.add_file(text.str());
  for (const auto& p : problems)
    FAIL_CHECK(p.line << ":" << p.column << ": " << p.message.english());
  std::vector<int> years;
  for (int y = 2017; y <= 2026; ++y) years.push_back(y);
  CHECK(shipped_calendar().years() == years);
  CHECK(calendar.years() == years);
}

TEST_CASE("every day of 2017-2026 is a working day or not as the notices say", "[calendar]") {
  // The research file, one row a day the notices name, read independently of the shipped one.
  std::ifstream in(PLANCHECK_TEST_DATA "/calendar/cn-holidays-2017-2026.tsv");
  REQUIRE(in);
  std::map<Date, bool> listed;  // true: worked
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::stringstream split(line);
    std::string date, type;
    std::getline(split, date, '\t');
    std::getline(split, type, '\t');
    listed[day(date.c_str())] = type == "workday";
  }
  REQUIRE(listed.size() > 300);
  const OfficialCalendar& calendar = shipped_calendar();
  for (Date d = day("2017-01-01"); d <= day("2026-12-31"); d += std::chrono::days{1}) {
    std::chrono::weekday weekday{d};
    bool weekend = weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
    auto found = listed.find(d);
    bool expected = found != listed.end() ? found->second : !weekend;
    INFO(format_iso(d));
    REQUIRE(calendar.is_working_day(d) == std::optional<bool>(expected));
  }
  CHECK(!calendar.is_working_day(day("2016-12-30")));
  CHECK(!calendar.is_working_day(day("2027-01-04")));
}

TEST_CASE("working days count over holidays and make-up days", "[calendar]") {
  const OfficialCalendar& calendar = shipped_calendar();
  // 2017-09-29 (Fri) + 1: 09-30 is a Saturday worked for 国庆节.
  CHECK(iso(calendar.add_working_days(day("2017-09-29"), 1)) == "2017-09-30");
  // + 2: 10-01..08 are off, so the next is 10-09.
  CHECK(iso(calendar.add_working_days(day("2017-09-29"), 2)) == "2017-10-09");
  // 2020's Spring Festival, extended to 02-02 (国办发明电〔2020〕1号).
  CHECK(iso(calendar.add_working_days(day("2020-01-23"), 1)) == "2020-02-03");
  CHECK(iso(calendar.add_working_days(day("2020-02-03"), -1)) == "2020-01-23");
  CHECK(iso(calendar.add_working_days(day("2019-06-03"), 0)) == "2019-06-03");
  // A count that runs past what the notices cover says which year it needs.
  CHECK(iso(calendar.add_working_days(day("2026-12-28"), 10)) == "unknown 2027");
}

TEST_CASE("a holiday's period is its year's days off, with the days worked for it", "[calendar]") {
  const OfficialCalendar& calendar = shipped_calendar();
  auto national = calendar.holiday(2017, "国庆节");
  REQUIRE(national);
  CHECK(format_iso(national->first) == "2017-10-01");
  CHECK(format_iso(national->last) == "2017-10-08");
  REQUIRE(national->worked.size() == 1);
  CHECK(format_iso(national->worked[0]) == "2017-09-30");
  CHECK(calendar.holiday(2017, "中秋节"));  // shares the days of 国庆节 in 2017
  auto spring = calendar.holiday(2020, "春节");
  REQUIRE(spring);
  CHECK(format_iso(spring->first) == "2020-01-24");
  CHECK(format_iso(spring->last) == "2020-02-02");  // the extension counts
  CHECK(spring->notices.size() == 2);
  auto new_year = calendar.holiday(2018, "元旦");
  REQUIRE(new_year);
  CHECK(format_iso(new_year->first) == "2017-12-30");
  CHECK(!calendar.holiday(2027, "春节"));
  CHECK(!calendar.holiday(2017, "圣诞节"));
}

TEST_CASE("a schedule file that does not read says where, and adds nothing", "[calendar]") {
  OfficialCalendar calendar;
  auto problems = calendar.add_file(
      "year\tdate\ttype\tholiday\tnotice\n"
      "2027\t2027-02-30\toff\t春节\tX\n"
      "2027\t2027-02-06\tholiday\t春节\tX\n"
      "2027\t2027-02-07\toff\t春节\n"
      "2029\t2027-02-08\toff\t春节\tX\n");
  REQUIRE(problems.size() == 4);
  CHECK(problems[0].line == 2);
  CHECK(problems[0].column == 6);
  CHECK(problems[1].line == 3);
  CHECK(problems[1].message.english() == "type must be 'off' or 'workday', got 'holiday'");
  CHECK(problems[2].line == 4);
  CHECK(problems[3].line == 5);
  CHECK(calendar.years().empty());
  CHECK(!calendar.add_file("2027\t2027-02-06\toff\t春节\tX\n").empty());  // no header
  CHECK(!calendar.add_file("").empty());
}

TEST_CASE("a year added later replaces what was known of it", "[calendar]") {
  OfficialCalendar calendar;
  REQUIRE(calendar
              .add_file("year\tdate\ttype\tholiday\tnotice\n"
                        "2027\t2027-02-05\toff\t春节\t国办发明电〔2026〕X号\n")
              .empty());
  CHECK(calendar.is_working_day(*parse_iso_date("2027-02-05")) == std::optional<bool>(false));
  CHECK(calendar.is_working_day(*parse_iso_date("2027-02-08")) == std::optional<bool>(true));
  REQUIRE(calendar
              .add_file("year\tdate\ttype\tholiday\tnotice\n"
                        "2027\t2027-02-08\toff\t春节\t国办发明电〔2026〕Y号\n")
              .empty());
  CHECK(calendar.is_working_day(*parse_iso_date("2027-02-05")) == std::optional<bool>(true));
}
