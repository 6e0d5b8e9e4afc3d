// SPDX-License-Identifier: MIT
#include "import/milestones.h"

#include "calendar/dates.h"
#include "catch.hpp"
#include "text/utf8.h"

using namespace plancheck;

namespace {

ScheduleContext context(int year) {
  return ScheduleContext{year, make_date(year, 4, 14),
                         [](std::string_view) { return std::optional<EventSpan>(); }};
}

std::vector<std::string> whens(const char* text, int year = 2017) {
  std::vector<std::string> out;
  for (const FoundPhrase& f : find_task_phrases(to_u32(text), context(year))) {
    out.push_back(f.phrase);
  }
  return out;
}

using Whens = std::vector<std::string>;

}  // namespace

TEST_CASE("core's phrases are found and compiled", "[import]") {
  auto found = find_task_phrases(
      to_u32("制定方案，并于6月1日开始实施；每年11月1日到次年2月底实施错峰生产。于4月底前制定。"),
      context(2017));
  REQUIRE(found.size() == 3);
  CHECK(found[0].phrase == "6月1日开始");
  REQUIRE(found[0].schedule);
  CHECK(found[0].schedule->days().start == make_date(2017, 6, 1));
  CHECK(found[0].what == "制定方案");  // what starts is in the clause before
  CHECK(found[1].schedule->days().end == make_date(2018, 2, 28));
  CHECK(found[2].schedule->days().date == make_date(2017, 4, 30));
}

TEST_CASE("a year written before a date belongs to it", "[import]") {
  CHECK(whens("2018年10月底前查明农用地土壤污染面积") == Whens{"2018年10月底前"});
  CHECK(whens("2017年年底前,完成监测点位设置") == Whens{"2017年底前"});
  auto found = find_task_phrases(to_u32("2019年9月底前,基本完成全市整治任务。"), context(2019));
  REQUIRE(found.size() == 1);
  CHECK(found[0].schedule->days().date == make_date(2019, 9, 30));
  CHECK(found[0].what == "基本完成全市整治任务");  // a clause that is only its date
}

TEST_CASE("target years date a task; other years do not", "[import]") {
  CHECK(whens("2017年度二氧化硫削减比例与目标一致。") == Whens{"2017年度"});
  CHECK(whens("全面完成市政府下达的2017年二氧化硫总量控制目标。") == Whens{"2017年"});
  CHECK(whens("到2020年,全市土壤环境质量总体保持稳定。", 2017) == Whens{"到2020年"});
  CHECK(whens("排放总量比2015年分别下降15%。").empty());
  CHECK(whens("依据《建设五年（2017—2021年）行动计划》。").empty());
  CHECK(whens("明确本单位2017年大气污染防治相关工作任务。").empty());
  CHECK(whens("《潮州市实施方案(2019-2020年)》").empty());
}

TEST_CASE("what a milestone dates is the clause's action", "[import]") {
  auto found = find_task_phrases(to_u32("开展网格化降尘量监测，实施月通报制度。6月底前，按照属地管"
                                        "理的原则，对土路全部进行硬化。"),
                                 context(2017));
  REQUIRE(found.size() == 2);
  CHECK(found[0].what == "实施月通报制度");
  CHECK(found[1].what == "对土路全部进行硬化");
}

TEST_CASE("a target year that repeats a stronger date adds nothing", "[import]") {
  CHECK(whens("年前完成2017年度其余落后产能淘汰任务。") == Whens{"年前"});
}

TEST_CASE("standing words are continuous milestones", "[import]") {
  auto found = find_task_phrases(to_u32("按季度分析；不定期开展督查。"), context(2017));
  REQUIRE(found.size() == 2);
  CHECK(found[1].phrase == "不定期");
  CHECK(found[1].schedule->kind() == TimingKind::continuous);
  CHECK(whens("实时编制预警信息") == Whens{"实时"});
}

TEST_CASE("phrases that wait on an event say so", "[import]") {
  auto found = find_task_phrases(
      to_u32("《预案（修订）》印发实施后1个月内修订本区预案。查处春节期间违法燃放。"),
      context(2017));
  REQUIRE(found.size() == 2);
  CHECK(found[0].needs_event);
  CHECK(found[0].schedule->pending());
  CHECK(found[1].needs_event);
}
