// SPDX-License-Identifier: MIT
#include "when/text_phrases.h"

#include <variant>

#include "catch.hpp"
#include "when/when_expr.h"

using namespace plancheck;

namespace {

// The phrases said to be due: what validate checks against the milestones.
std::vector<std::string> phrases(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : find_deadline_phrases(text)) {
    if (!m.weak()) out.push_back(m.phrase);
  }
  return out;
}

std::vector<std::string> weak_phrases(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : find_deadline_phrases(text)) {
    if (m.weak()) out.push_back(m.phrase);
  }
  return out;
}

}  // namespace

TEST_CASE("dated phrases are found whole and in text order", "[phrases]") {
  auto found = phrases(
      "并于6月1日开始实施；每年11月1日到次年2月底实施错峰生产。于4月底前制定，10月底前未完成");
  // The phrase is the words that date; a verb after its mark is the clause's.
  CHECK(found ==
        std::vector<std::string>{"6月1日开始", "每年11月1日到次年2月底", "4月底前", "10月底前"});
  CHECK(phrases("从6月起实施夏季臭氧防治专项行动") == std::vector<std::string>{"从6月起"});
  CHECK(phrases("2017年完成4家企业强制性清洁生产审核评估") ==
        std::vector<std::string>{"2017年完成"});
  CHECK(phrases("实施月通报制度") == std::vector<std::string>{"月通报"});
  CHECK(phrases("《预案（修订）》印发实施后1个月内修订") ==
        std::vector<std::string>{"印发实施后1个月内"});
  // 8月1日 alone would be due that day; 三季度 alone, the quarter's days.
  CHECK(phrases("8月1日启动夏季行动，三季度完成验收") ==
        std::vector<std::string>{"8月1日启动", "三季度完成"});
}

TEST_CASE("words before the date that say how it dates are the phrase's", "[phrases]") {
  CHECK(phrases("各单位务必于2018年3月15日前报送") == std::vector<std::string>{"2018年3月15日前"});
  CHECK(phrases("统计截至10月31日的数据，2018年从6月起执行") ==
        std::vector<std::string>{"截至10月31日", "2018年从6月起"});
  CHECK(phrases("收到申请之日起20个工作日内办结") ==
        std::vector<std::string>{"之日起20个工作日内"});
  CHECK(phrases("按季度分析，逐月调度，实行周调度制度") ==
        std::vector<std::string>{"按季度", "逐月", "周调度"});
  CHECK(phrases("力争“十四五”末全面完成") == std::vector<std::string>{"“十四五”末"});
}

TEST_CASE("a region's seasons are found in the text", "[phrases]") {
  CHECK(phrases("汛前完成隐患排查，采暖季期间加强巡查，防汛物资到位") ==
        std::vector<std::string>{"汛前", "采暖季期间"});
}

TEST_CASE("two phrases of one clause are found apart", "[phrases]") {
  CHECK(phrases("春节前和6月底前各开展一次检查") == std::vector<std::string>{"春节前", "6月底前"});
  CHECK(phrases("10月底前完成一半，12月底前全部完成") ==
        std::vector<std::string>{"10月底前", "12月底前"});
  CHECK(phrases("11月上、中旬组织评估，于12月下旬召开总结会") ==
        std::vector<std::string>{"11月上、中旬", "12月下旬"});
}

TEST_CASE("a year written before a date is part of the phrase", "[phrases]") {
  // Found without its year, 2018年10月底前 would compile to October of the plan year.
  CHECK(phrases("2017年底前完成调查，2018年10月底前完成治理，2020年10月底前达标") ==
        std::vector<std::string>{"2017年底前", "2018年10月底前", "2020年10月底前"});
  CHECK(phrases("2019年6月1日起实施") == std::vector<std::string>{"2019年6月1日起"});
  CHECK(phrases("2018年底前建成，2019年年底前验收") ==
        std::vector<std::string>{"2018年底前", "2019年年底前"});
}

TEST_CASE("holidays, working days and a recurring item's day are found", "[phrases]") {
  // 春节前后 has no extent: the grammar reads no phrase there.
  CHECK(phrases("国庆节前完成自查，春节期间加强巡查，春节前后开展宣传") ==
        std::vector<std::string>{"国庆节前", "春节期间"});
  CHECK(phrases("收到交办件后5个工作日内办结") == std::vector<std::string>{"5个工作日内"});
  CHECK(phrases("每月10日前报送上月进展，每季度首月10日前报送季度小结") ==
        std::vector<std::string>{"每月10日前", "每季度首月10日前"});
}

TEST_CASE("periods and durations are not deadlines", "[phrases]") {
  CHECK(phrases("2017年度二氧化硫、氮氧化物排放量削减比例").empty());
  CHECK(weak_phrases("2017年度二氧化硫、氮氧化物排放量削减比例") ==
        std::vector<std::string>{"2017年度"});
  CHECK(weak_phrases("对2016年10月以来的数据进行分析") == std::vector<std::string>{"2016年10月"});
  CHECK(phrases("《成都国际铁路港建设五年（2017—2021年）行动计划》").empty());
  CHECK(phrases("开展停产整顿6个月").empty());
  CHECK(phrases("施工期在10个月以上的建筑工地").empty());
}

TEST_CASE("offsets count characters", "[phrases]") {
  auto found = find_deadline_phrases("甲乙10月底前");
  REQUIRE(found.size() == 1);
  CHECK(found[0].offset == 2);
  CHECK(found[0].length == 5);
  auto several = find_deadline_phrases("甲3月底前，乙丙4月底前，每月");
  REQUIRE(several.size() == 3);
  CHECK(several[0].offset == 1);
  CHECK(several[1].offset == 8);
  CHECK(several[2].offset == 13);
}

TEST_CASE("an optional character is matched whole, never its first bytes",
          "[phrases][regression]") {
  // Found by fuzz_text_phrases: `前?` made only 前's last byte optional, so 6月底 followed
  // by 刁 (which shares 前's first two bytes) matched half a character.
  auto found = find_deadline_phrases("6月底刁");
  REQUIRE(found.size() == 1);
  CHECK(found[0].phrase == "6月底");
  CHECK(phrases("6月底前") == std::vector<std::string>{"6月底前"});
}

TEST_CASE("every phrase found reads by itself, as a milestone's when", "[phrases]") {
  // fuzz_text_phrases' find: ZhParser read "qq2" from the clause's start, which parse_when
  // reads as English and refuses.
  for (std::string_view text : {"555555:qq2:送匤", "qq2，abc3个月", "A-2号楼于2019年完成",
                                "PM2.5浓度下降10%，5个乡镇", "“十·一”国庆节前、五·一前"}) {
    CAPTURE(text);
    for (const PhraseMatch& match : find_deadline_phrases(text)) {
      CAPTURE(match.phrase);
      CHECK(std::holds_alternative<WhenExpr>(parse_when(match.phrase)));
    }
  }
  CHECK(phrases("PM2.5浓度下降10%，5个乡镇，3000台").empty());
}
