// SPDX-License-Identifier: MIT
#include "source/text_checks.h"

#include "catch.hpp"
#include "core/parsed_yaml.h"

using namespace plancheck;

namespace {

struct Checked {
  SourceFile file;
  Diagnostics diags;
  bool ok;
  explicit Checked(std::string text) : file("t.yaml", std::move(text)) {
    ok = check_text(file, diags);
  }
  const Diagnostic& first() const { return diags.all().at(0); }
};

}  // namespace

TEST_CASE("other encodings are named, for the file as a whole", "[text_checks]") {
  Checked le(
      std::string("\xFF\xFE"
                  "a\0:\0",
                  6));
  REQUIRE(!le.ok);
  CHECK(le.first().message.english() == "file is UTF-16LE, not UTF-8");
  CHECK(le.first().loc.line == 0);
  CHECK(Checked(std::string("\0a\0:", 4)).first().message.english() ==
        "file is UTF-16BE, not UTF-8");
  CHECK(Checked(std::string("\xFF\xFE\0\0", 4)).first().message.english() ==
        "file is UTF-32LE, not UTF-8");
}

TEST_CASE("characters an editor may not show are errors at their position", "[text_checks]") {
  Checked esc("a: 1\nb: x\x1b[31m\n");
  REQUIRE(!esc.ok);
  CHECK(esc.first().rule == "control-char");
  CHECK(esc.first().message.english() == "control character U+001B in a text file");
  CHECK(esc.first().loc.line == 2);
  CHECK(esc.first().loc.col == 5);
  CHECK(Checked("a: \xC2\x85\n").first().rule == "control-char");  // C1 NEL
  CHECK(Checked("a: \xEF\xBB\xBF"
                "b\n")
            .first()
            .rule == "bom-inside");                                    // U+FEFF
  CHECK(Checked("a: b\xE2\x80\xA8\n").first().rule == "line-ending");  // U+2028
  CHECK(Checked("a: \xEF\xBF\xBF\n").first().rule == "control-char");  // U+FFFF
  CHECK(Checked("a: 1\rb: 2\r").first().rule == "line-ending");
}

TEST_CASE("tabs, CRLF and a leading byte order mark pass", "[text_checks]") {
  CHECK(Checked("\xEF\xBB\xBF"
                "a: 1\r\nb: \"x\ty\"\r\n")
            .ok);
}

TEST_CASE("a quote not closed on its line is found where it opens", "[text_checks]") {
  ParsedYaml p("a:\n  text: \"abc\n  title: x\n  id: \"1\"\n");
  CHECK(!p.root);
  REQUIRE(p.diags.error_count() == 1);
  CHECK(p.first().rule == "yaml-quote");
  CHECK(p.first().message.english() == "a quoted string starting here is not closed on its line");
  CHECK(p.first().loc.line == 2);
  CHECK(p.first().loc.col == 9);
  CHECK(p.first().help.english().find("runs on over line 3") != std::string::npos);
}

TEST_CASE("a quote that swallows keys to the end of the file is found", "[text_checks]") {
  ParsedYaml p("a: 'abc\nb: 1\n");
  CHECK(!p.root);
  REQUIRE(p.diags.error_count() == 1);
  CHECK(p.first().rule == "yaml-quote");
  CHECK(p.first().loc.col == 4);
}

TEST_CASE("a string that spans lines without keys in it is fine", "[text_checks]") {
  ParsedYaml p("a: \"one\n  two\"\nb: 'it''s\n  fine'\n");
  REQUIRE(p.root);
  CHECK(p.diags.empty());
  CHECK(p.root->value_at(1).value == "it's fine");
}

TEST_CASE("merge keys and tags are refused without a cascade", "[yaml]") {
  ParsedYaml merge("a: 1\n<<: {b: 2}\n");
  CHECK(!merge.root);
  CHECK(merge.first().rule == "yaml-merge");
  ParsedYaml tag("a: !!bool true\n");
  CHECK(!tag.root);
  CHECK(tag.diags.error_count() == 1);
}

TEST_CASE("a thousand aliases report twenty and count the rest", "[yaml]") {
  std::string text = "a: &x 1\nb: [";
  for (int i = 0; i < 1000; ++i) text += "*x, ";
  ParsedYaml p(text + "]\n");
  CHECK(p.diags.error_count() == 22);  // the anchor, 20 aliases, the count
  CHECK(p.diags.all().back().message.english() == "980 more aliases in this file are not shown");
}

TEST_CASE("a key longer than YAML allows is named as such", "[yaml]") {
  ParsedYaml p("a: 1\n" + std::string(2000, 'k') + ": 2\n");
  REQUIRE(p.diags.error_count() == 1);
  CHECK(p.first().message.english() == "invalid YAML: a key is longer than 1024 characters");
  CHECK(p.first().loc.line == 2);
  CHECK(p.first().loc.col == 1);
}
