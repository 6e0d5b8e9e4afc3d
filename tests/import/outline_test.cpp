// SPDX-License-Identifier: MIT
#include "import/outline.h"

#include "catch.hpp"
#include "text/utf8.h"

using namespace plancheck;

namespace {

NumberMarker marker(const char* line) { return parse_number_marker(to_u32(line)); }

std::vector<std::string> ids(const char* text) {
  std::vector<std::string> out;
  for (const OutlineItem& item : split_outline(split_lines(text)).items) out.push_back(item.id());
  return out;
}

}  // namespace

TEST_CASE("numbering forms are told apart, full-width and half-width", "[import]") {
  CHECK(marker("一、年度目标").form == 0);
  CHECK(marker("十二、其他").number == 12);
  CHECK(marker("（三）清洁降尘行动。").form == 1);
  CHECK(marker("(三) 清洁降尘行动").number == 3);
  CHECK(marker("1．加强工业").form == 2);
  CHECK(marker("14.严格整治").number == 14);
  CHECK(marker("１０．修订").number == 10);
  CHECK(marker("（2）分项").form == 3);
  CHECK(marker("  二、 主要任务").number == 2);
}

TEST_CASE("what only looks like numbering is text", "[import]") {
  CHECK(marker("1.5倍削减量替代").form == -1);  // a decimal fraction
  CHECK(marker("3．10月底前，禁燃区内锅炉全部淘汰").number == 3);
  CHECK(marker("2.2017年完成").number == 2);
  CHECK(marker("1").form == -1);  // a bare table cell
  CHECK(marker("（PM2.5）年均浓度").form == -1);
  CHECK(marker("2017年度目标").form == -1);
  CHECK(marker("(一").form == -1);  // a text cut inside the marker
}

TEST_CASE("items nest by form and number like the document", "[import]") {
  CHECK(ids("一、甲\n（一）乙。\n1．丙\n2．丁\n（二）戊\n二、己\n（一）庚\n") ==
        std::vector<std::string>{"1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1"});
  // A document that skips (一) nests 1． directly under 一、.
  CHECK(ids("一、甲\n1.乙\n2.丙\n") == std::vector<std::string>{"1", "1.1", "1.2"});
}

TEST_CASE("lines without a number continue the item before them", "[import]") {
  Outline outline = split_outline(split_lines("前言。\n一、甲\n1.乙。\n责任单位:区发改局。\n"));
  REQUIRE(outline.items.size() == 2);
  CHECK(outline.first_item_line == 2);
  CHECK(outline.items[0].has_children);
  CHECK(to_utf8(outline.items[1].body.chars) == "乙。责任单位:区发改局。");
  // Each character remembers where it was in the source.
  const std::string source = "前言。\n一、甲\n1.乙。\n责任单位:区发改局。\n";
  CHECK(outline.items[1].body.origin[0] == source.find("乙"));
  CHECK(outline.items[1].body.origin[2] == source.find("责任"));
}

TEST_CASE("a number used twice is marked, not merged", "[import]") {
  Outline outline = split_outline(split_lines("一、甲\n1.乙\n一、甲\n1.乙\n"));
  REQUIRE(outline.items.size() == 4);
  CHECK_FALSE(outline.items[1].duplicate);
  CHECK(outline.items[2].duplicate);
  CHECK(outline.items[3].duplicate);
}
