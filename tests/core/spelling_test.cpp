// SPDX-License-Identifier: MIT
#include "text/spelling.h"

#include "catch.hpp"

using namespace plancheck;

TEST_CASE("edit distance counts characters, not bytes", "[spelling]") {
  CHECK(edit_distance("区环保厅", "区环保局") == 1);
  CHECK(edit_distance("respnsible", "responsible") == 1);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("suggestions only for likely slips", "[spelling]") {
  std::vector<std::string> keys = {"id", "title", "text", "lead", "responsible", "milestones"};
  CHECK(closest_match("respnsible", keys) == "responsible");
  CHECK(closest_match("milestone", keys) == "milestones");
  CHECK(closest_match("colour", keys).empty());
}
