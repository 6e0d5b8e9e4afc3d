// SPDX-License-Identifier: MIT
#include "calendar/dates.h"

#include "catch.hpp"

using namespace plancheck;

TEST_CASE("ISO dates are strict and real", "[dates]") {
  CHECK(parse_iso_date("2017-04-14"));
  CHECK(!parse_iso_date("2017-02-30"));
  CHECK(!parse_iso_date("2017-4-14"));
  CHECK(!parse_iso_date("20170414"));
  CHECK(!parse_iso_date("0000-01-01"));
  CHECK(parse_iso_date("2020-02-29"));
  CHECK(!parse_iso_date("2019-02-29"));
}

TEST_CASE("month arithmetic clamps to the month's end", "[dates]") {
  CHECK(format_iso(add_months_clamped(make_date(2017, 1, 31), 1)) == "2017-02-28");
  CHECK(format_iso(add_months_clamped(make_date(2020, 1, 31), 1)) == "2020-02-29");
  CHECK(format_iso(add_months_clamped(make_date(2017, 11, 6), 1)) == "2017-12-06");
  CHECK(format_iso(add_months_clamped(make_date(2017, 12, 31), 2)) == "2018-02-28");
  CHECK(format_iso(last_day_of_month(2100, 2)) == "2100-02-28");
  CHECK(format_iso(last_day_of_month(2000, 2)) == "2000-02-29");
}
