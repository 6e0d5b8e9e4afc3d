// SPDX-License-Identifier: MIT
#include "import/header.h"

#include "catch.hpp"

using namespace plancheck;

namespace {

DraftMeta header(const char* text) { return read_header(split_lines(text), 0).meta; }

}  // namespace

TEST_CASE("the notice's header gives 文号, signature, date, title and year", "[import]") {
  DraftMeta m = header(
      " 青府办函〔2017〕8号\n关于印发《计划》的通知\n成都市青白江区人民政府办公室\n2017年4月14日 \n"
      "成都市青白江区大气污染防治实施方案\n2017年度实施计划\n为切实贯彻落实，按照《关于印发某方案的"
      "通知》"
      "（成办函〔2017〕47号）等要求，特制定本实施计划。\n");
  CHECK(m.doc_number == "青府办函〔2017〕8号");
  CHECK(m.issuer == "成都市青白江区人民政府办公室");
  CHECK(m.issued == "2017-04-14");
  CHECK(m.title == "成都市青白江区大气污染防治实施方案2017年度实施计划");
  CHECK(m.year == 2017);
  REQUIRE(m.implements.size() == 1);
  CHECK(m.implements[0].doc_number == "成办函〔2017〕47号");
}

TEST_CASE("a cited document's 文号 is not the plan's", "[import]") {
  DraftMeta m = header(
      "为落实《通知》(粤府〔2018〕128号)部署要求，制定本方案。\n日前,潮州印发《潮州市实施方案(2019-"
      "2020年)》。\n");
  CHECK(m.doc_number.empty());
  CHECK(m.title == "潮州市实施方案(2019-2020年)");
  CHECK(m.year == 2019);
  CHECK(m.issued.empty());
}
