// SPDX-License-Identifier: MIT
#include "yaml/yaml_tree.h"

#include "catch.hpp"
#include "core/parsed_yaml.h"

using namespace plancheck;

TEST_CASE("positions count characters, so columns line up under Chinese text", "[yaml]") {
  ParsedYaml p("lead: [区环保局, 区城管局]\n");
  REQUIRE(p.root);
  const YamlNode& list = p.root->value_at(0);
  REQUIRE(list.children.size() == 2);
  CHECK(list.children[1].loc.line == 1);
  CHECK(list.children[1].loc.col == 14);  // 'lead: [' + 4 characters + ', '
  CHECK(list.children[1].loc.len == 4);
}

TEST_CASE("quoted scalars are strings; plain ones keep YAML 1.2 typing", "[yaml]") {
  ParsedYaml p("a: \"2.2\"\nb: 2.2\n");
  REQUIRE(p.root);
  CHECK(!p.root->value_at(0).plain);
  CHECK(p.root->value_at(1).plain);
}

TEST_CASE("duplicate keys are errors with a note at the first", "[yaml]") {
  ParsedYaml p("a: 1\nb: 2\na: 3\n");
  REQUIRE(p.diags.error_count() == 1);
  const Diagnostic& d = p.diags.all()[0];
  CHECK(d.rule == "duplicate-key");
  CHECK(d.loc.line == 3);
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].loc.line == 1);
}

TEST_CASE("what plan files never use is rejected", "[yaml]") {
  CHECK(ParsedYaml("a: &x 1\nb: *x\n").diags.error_count() == 2);
  CHECK(ParsedYaml("a: !!str 1\n").first_rule() == "yaml-tag");
  CHECK(ParsedYaml("a: 1\n---\nb: 2\n").first_rule() == "yaml-documents");
  CHECK(ParsedYaml("a: [1, 2\n").first_rule() == "yaml-syntax");
  CHECK(ParsedYaml("a: \"\xff\"\n").first_rule() == "utf8-invalid");
  CHECK(ParsedYaml(std::string("a: 1\0\n", 6)).first_rule() == "nul-byte");
}

TEST_CASE("deep nesting is refused at its position, not with the parser's message", "[yaml]") {
  std::string deep = "a: " + std::string(500, '[') + std::string(500, ']') + "\n";
  ParsedYaml p(deep);
  CHECK(!p.root);
  CHECK(p.first_rule() == "yaml-depth");
  CHECK(p.diags.all()[0].message.english() == "nesting too deep (more than 64 levels)");
}

TEST_CASE("a byte order mark and CRLF line ends are accepted", "[yaml]") {
  ParsedYaml p(
      "\xEF\xBB\xBF"
      "a: 1\r\nb: 区\r\n");
  REQUIRE(p.root);
  CHECK(p.diags.empty());
  CHECK(p.root->value_at(1).value == "区");
  CHECK(p.file.line(2) == "b: 区");
}
