// SPDX-License-Identifier: MIT
#include "calendar/lunar.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"

using namespace plancheck;

namespace {

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // the header
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::stringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
    rows.push_back(fields);
  }
  return rows;
}

std::string iso(std::optional<Date> date) { return date ? format_iso(*date) : "none"; }

}  // namespace

TEST_CASE("lunar festivals equal the research table, 2016-2030, where ICU 72 is wrong too",
          "[lunar]") {
  auto rows = read_tsv(PLANCHECK_TEST_DATA "/calendar/lunar-2016-2030.tsv");
  REQUIRE(rows.size() == 15);
  for (const auto& row : rows) {
    int year = std::stoi(row[0]);
    INFO(year);
    CHECK(iso(new_years_eve(year)) == row[1]);
    CHECK(iso(spring_festival(year)) == row[3]);
    CHECK(iso(solar_day({year, 1, 7})) == row[5]);
    CHECK(iso(solar_day({year, 1, 15})) == row[6]);
    // 腊月二十三 and 二十四 of the lunar year that ends at this year's 春节.
    CHECK(iso(solar_day({year - 1, 12, 23})) == row[7]);
    CHECK(iso(solar_day({year - 1, 12, 24})) == row[8]);
    CHECK(iso(solar_day({year, 5, 5})) == row[10]);
    CHECK(iso(solar_day({year, 8, 15})) == row[11]);
    // 除夕 is the 29th or the 30th of the twelfth month, as the table says.
    CHECK(iso(solar_day({year - 1, 12, static_cast<unsigned>(std::stoi(row[2]))})) == row[1]);
  }
}

TEST_CASE("a lunar day its month lacks has no solar day", "[lunar]") {
  CHECK(!solar_day({2017, 6, 30}));                           // 六月 of 2017 has 29 days
  CHECK(iso(solar_day({2017, 6, 1, true})) == "2017-07-23");  // 2017 has a 闰六月
  CHECK(!solar_day({2018, 6, 1, true}));                      // 2018 has none
  CHECK(!solar_day({1900, 1, 1}));
  CHECK(!solar_day({2100, 1, 1}));
  CHECK(!solar_day({2017, 13, 1}));
}
