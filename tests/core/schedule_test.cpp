// SPDX-License-Identifier: MIT
#include "when/schedule.h"

#include "catch.hpp"
#include "when/recurrence.h"

using namespace plancheck;
using namespace plancheck::schedule_form;

namespace {

Date d(int y, unsigned m, unsigned day) { return make_date(y, m, day); }

Schedule recurring(Period every, Date issued, int year) {
  auto instances = recurrence_instances({every, 1, {}}, issued, year, shipped_calendar());
  return Schedule{Recurring{every, 1, {}, std::get<std::vector<Occurrence>>(instances)}, year};
}

}  // namespace

TEST_CASE("each form says how it lies in the calendar", "[schedule]") {
  CHECK(Schedule{Deadline{d(2018, 3, 31)}, 2018}.shape() == Shape::point);
  CHECK(Schedule{Start{d(2018, 6, 1)}, 2018}.shape() == Shape::open);
  CHECK(Schedule{Window{d(2018, 6, 1), d(2018, 9, 30)}, 2018}.shape() == Shape::span);
  CHECK(Schedule{EventWindow{"spring", std::nullopt}, 2018}.shape() == Shape::span);
  CHECK(Schedule{Continuous{}, 2018}.shape() == Shape::none);
  Schedule quarterly = recurring(Period::quarter, d(2018, 2, 10), 2018);
  CHECK(quarterly.shape() == Shape::point);
  CHECK(quarterly.periodic());
  CHECK(!Schedule{Deadline{d(2018, 3, 31)}, 2018}.repeats());
}

TEST_CASE("a recurring item's instances are named by their period", "[schedule]") {
  Schedule quarterly = recurring(Period::quarter, d(2018, 2, 10), 2018);
  auto all = quarterly.occurrences_between(d(2018, 1, 1), d(2019, 12, 31));
  REQUIRE(all.size() == 4);  // up to the end of the plan's year, not past it
  CHECK(all[0].due == d(2018, 3, 31));
  CHECK(quarterly.instance_id("2.2a", all[1]) == "2.2a@2018-Q2");
  Schedule weekly = recurring(Period::week, d(2018, 2, 7), 2018);  // a Wednesday
  auto weeks = weekly.first_occurrences(2);
  REQUIRE(weeks.size() == 2);
  CHECK(weeks[0].start == d(2018, 2, 12));  // the first whole week after issue
  CHECK(weekly.instance_id("1.1a", weeks[0]) == "1.1a@2018-02-18");
}

TEST_CASE("a yearly window is named by the year it starts and may cross New Year", "[schedule]") {
  DaySpan from;  // 11月1日
  from.first_month = from.last_month = 11;
  from.first_day = from.last_day = 1;
  DaySpan to;  // 次年2月底
  to.year = YearRef{false, 1};
  to.first_month = to.last_month = 2;
  to.first_day = to.last_day = 0;
  Schedule heating{YearlyWindow{from, to, {d(2019, 11, 1), d(2020, 2, 29), d(2020, 2, 29)}}, 2019};
  auto all = heating.occurrences_between(d(2020, 1, 1), d(2021, 1, 31));
  REQUIRE(all.size() == 2);
  CHECK(heating.instance_id("3.1.2b", all[0]) == "3.1.2b@2019");
  CHECK(all[1].end == d(2021, 2, 28));
  // Shown on the first day asked for while it runs; due on its last day.
  CHECK(heating.shown_day(all[0], d(2020, 1, 1)) == d(2020, 1, 1));
  CHECK(all[0].due == d(2020, 2, 29));
}

TEST_CASE("what is under way without falling due", "[schedule]") {
  Schedule start{Start{d(2018, 6, 1)}, 2018};
  CHECK(!start.ongoing(d(2018, 5, 1), d(2018, 5, 31)));
  auto running = start.ongoing(d(2018, 7, 1), d(2018, 7, 31));
  REQUIRE(running);
  CHECK(running->start == d(2018, 6, 1));
  auto duty = Schedule{Continuous{}, 2018}.ongoing(d(2018, 7, 1), d(2018, 7, 31));
  REQUIRE(duty);
  CHECK(duty->end == d(2018, 7, 31));
  CHECK(!Schedule{Deadline{d(2018, 3, 31)}, 2018}.ongoing(d(2018, 7, 1), d(2018, 7, 31)));
}

TEST_CASE("two schedules are the same when they name the same days or rhythm", "[schedule]") {
  CHECK(Schedule{Deadline{d(2018, 3, 31)}, 2018}.same_as(Schedule{Deadline{d(2018, 3, 31)}, 2018}));
  CHECK(!Schedule{Deadline{d(2018, 3, 31)}, 2018}.same_as(Schedule{Start{d(2018, 3, 31)}, 2018}));
  Schedule after_plan{Relative{"plan", 1, Period::month, d(2018, 4, 1), d(2018, 5, 1)}, 2018};
  Schedule after_other{Relative{"other", 1, Period::month, std::nullopt, std::nullopt}, 2018};
  CHECK(after_plan.same_as(after_other));
  CHECK(after_other.pending());
  CHECK(after_other.occurrences_between(d(2018, 1, 1), d(2018, 12, 31)).empty());
  CHECK(!Schedule{Window{d(2018, 6, 1), d(2018, 9, 30)}, 2018}.same_as(
      Schedule{EventWindow{"x", EventSpan{d(2018, 6, 1), d(2018, 9, 30)}}, 2018}));
}

TEST_CASE("instances past the supported days are left out", "[schedule]") {
  Schedule late{Deadline{kLastSupportedDay}, 9999};
  CHECK(late.first_occurrences(3).size() == 1);
  CHECK(late.occurrences_between(kLastSupportedDay + std::chrono::days{1},
                                 kLastSupportedDay + std::chrono::days{30})
            .empty());
}
