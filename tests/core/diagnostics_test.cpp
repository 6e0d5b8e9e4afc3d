// SPDX-License-Identifier: MIT
#include "source/diagnostics.h"

#include "catch.hpp"

using namespace plancheck;

TEST_CASE("findings past the limit on one line are counted in a note", "[diagnostics]") {
  SourceFile file("t.yaml", "lead: [a, b, c, d]\nx: 1\n");
  Diagnostics diags;
  for (std::uint32_t col : {8u, 11u, 14u, 17u}) {
    diags.report(SourceLoc{&file, 1, col, 1}, rules::unit_unknown, "unknown unit");
  }
  diags.report(SourceLoc{&file, 2, 1, 1}, rules::key_unknown, "unknown key 'x'");
  diags.limit_per_line(2);
  REQUIRE(diags.all().size() == 3);
  CHECK(diags.error_count() == 5);  // every finding still counts
  REQUIRE(diags.all()[1].notes.size() == 1);
  CHECK(diags.all()[1].notes[0].message.english() == "2 more findings on line 1 are not shown");
  CHECK(diags.all()[1].notes[0].loc.line == 0);
  CHECK(diags.all()[2].loc.line == 2);
  CHECK(diags.all()[2].notes.empty());
}
