// SPDX-License-Identifier: MIT
#include "source/rules.h"

#include <set>
#include <string>

#include "catch.hpp"

using namespace plancheck;

TEST_CASE("every rule has its own id, written as the JSON contract spells ids", "[rules]") {
  std::set<std::string_view> seen;
  for (const Rule* rule : all_rules()) {
    CAPTURE(rule->id);
    CHECK(seen.insert(rule->id).second);
    CHECK(!rule->id.empty());
    CHECK(rule->id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") ==
          std::string_view::npos);
    CHECK(!rule->summary.empty());
    CHECK(rule->severity != Severity::note);
  }
  CHECK(seen.size() > 60);
}

TEST_CASE("a rule is found by its id, and an id no rule has finds nothing", "[rules]") {
  REQUIRE(find_rule("unit-unknown") == &rules::unit_unknown);
  CHECK(find_rule("unit-unknown")->severity == Severity::error);
  CHECK(rules::deadline_before_issue.severity == Severity::warning);
  CHECK(rules::yaml_syntax.family == RuleFamily::shape);
  CHECK(find_rule("no-such-rule") == nullptr);
}
