// SPDX-License-Identifier: MIT
#include "import/annotation.h"

#include "catch.hpp"
#include "text/utf8.h"

using namespace plancheck;

namespace {

struct Read {
  std::string text;
  std::vector<std::string> lead, responsible, data, notes, standing;
  Annotations raw;
};

Read read(const std::string& body) {
  TracedText traced;
  std::u32string line = to_u32(body);
  traced.append(line, 0, line);
  Read out;
  out.raw = read_annotations(traced, nullptr);
  out.text = to_utf8(out.raw.text.chars);
  for (const RoleUnit& u : out.raw.units) {
    auto& list = u.role == Role::lead          ? out.lead
                 : u.role == Role::responsible ? out.responsible
                                               : out.data;
    list.push_back(to_utf8(u.name));
  }
  for (const RoleUnit& u : out.raw.standing_units) out.standing.push_back(to_utf8(u.name));
  out.notes = out.raw.notes;
  return out;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("labelled annotations in 〔〕 and （）, with hosted offices inside", "[import]") {
  Read r = read(
      "按季度分析。〔牵头单位：区大气办（区环保局）；责任单位：区大气污染防治工作领导小组成员单位、"
      "各乡镇（街道）、各园区管委会〕");
  CHECK(r.text == "按季度分析。");
  CHECK(r.lead == Names{"区大气办（区环保局）"});
  CHECK(r.responsible ==
        Names{"区大气污染防治工作领导小组成员单位", "各乡镇（街道）", "各园区管委会"});
  Read half = read(
      "完成改造。（牵头单位：区发改局；责任单位：区科经信局、区环保局；数据提供单位：区统计局）");
  CHECK(half.lead == Names{"区发改局"});
  CHECK(half.data == Names{"区统计局"});
}

TEST_CASE("half-width commas between labels, and a person kept as a note", "[import]") {
  Read r = read(
      "地区生产总值增长7.5%左右。(牵头领导:谢瑞武,牵头单位:市发改委,责任单位:市经信局、"
      "市商务局,数据提供单位:市统计局)");
  CHECK(r.text == "地区生产总值增长7.5%左右。");
  CHECK(r.lead == Names{"市发改委"});
  CHECK(r.responsible == Names{"市经信局", "市商务局"});
  CHECK(r.data == Names{"市统计局"});
  CHECK(r.notes == Names{"牵头领导：谢瑞武"});
}

TEST_CASE("roles written as verbs, and a standing rule", "[import]") {
  Read r = read(
      "制定实施准入清单。〔市生态环境局牵头,市发展和改革局、工业和信息化局参与,"
      "各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,"
      "不再列出。〕按省的要求办。(市生态环境局、市场监管局牵头,市发展和改革局参与)");
  CHECK(r.text == "制定实施准入清单。按省的要求办。");
  CHECK(r.lead == Names{"市生态环境局", "市生态环境局", "市市场监管局"});
  CHECK(r.responsible ==
        Names{"市发展和改革局", "市工业和信息化局", "各县、区人民政府(管委会)", "市发展和改革局"});
  CHECK(r.standing == Names{"各县、区人民政府(管委会)"});
  CHECK(read("（区环保局、区交通局分别负责落实）").responsible == Names{"区环保局", "区交通局"});
}

TEST_CASE("责任单位 with 排在前位为牵头部门，下同", "[import]") {
  Read r = read(
      "调查。(责任单位:市环保局、市国土资源局,市财政局,各镇街区。以下均需各镇街区落实,"
      "不再列出。排在前位为牵头部门,下同。)");
  CHECK(r.text == "调查。");
  CHECK(r.raw.first_is_lead);
  CHECK(r.raw.first_is_lead_standing);
  CHECK(r.responsible == Names{"市环保局", "市国土资源局", "市财政局", "各镇街区"});
  CHECK(r.standing == Names{"各镇街区"});
}

TEST_CASE("下同 after a list makes the list standing", "[import]") {
  Read r = read("治理。（牵头单位：区环保局；责任单位：各乡镇、各园区管委会，下同）");
  CHECK(r.responsible == Names{"各乡镇", "各园区管委会"});
  CHECK(r.standing == Names{"各乡镇", "各园区管委会"});
  CHECK_FALSE(r.raw.first_is_lead_standing);
}

TEST_CASE("a label opening a sentence of its own is an annotation", "[import]") {
  Read r = read("控制煤炭消费总量。责任单位:区发改局、区市场监管局,各街道(园区)。");
  CHECK(r.text == "控制煤炭消费总量。");
  CHECK(r.responsible == Names{"区发改局", "区市场监管局", "各街道(园区)"});
}

TEST_CASE("brackets that hold no roles stay in the text", "[import]") {
  Read r = read("细颗粒物（PM2.5）年均浓度，拆迁（除）工地，（国Ⅲ排放标准以下）。");
  CHECK(r.text == "细颗粒物（PM2.5）年均浓度，拆迁（除）工地，（国Ⅲ排放标准以下）。");
  CHECK_FALSE(r.raw.any);
}

TEST_CASE("a cut annotation is read as far as it goes, and says so", "[import]") {
  Read r = read("基本完成整治任务。(市生态环境局、发展和改革局牵头督导,市公安局、水务局、");
  CHECK(r.text == "基本完成整治任务。");
  CHECK(r.lead == Names{"市生态环境局", "市发展和改革局"});
  REQUIRE_FALSE(r.raw.findings.empty());
  CHECK(r.raw.findings[0].message.english().find("not closed") != std::string::npos);
  CHECK(r.notes == Names{"市公安局、水务局、"});
}

TEST_CASE("a list ending in 等 is reported", "[import]") {
  Read r = read("（牵头单位：区环保局；责任单位：区交通局、区公安分局等）");
  CHECK(r.responsible == Names{"区交通局", "区公安分局"});
  REQUIRE(r.raw.findings.size() == 1);
  CHECK(r.raw.findings[0].message.english().find("等") != std::string::npos);
}
