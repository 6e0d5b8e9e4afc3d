// SPDX-License-Identifier: MIT
// The report renderers on a report built in memory: no files, no loader, no cache.
#include "render/report_render.h"

#include <memory>
#include <string>

#include "catch.hpp"
#include "load/checked_plan.h"
#include "report/report.h"

using namespace plancheck;
using namespace plancheck::schedule_form;

namespace {

Text text(std::string value) { return Text{std::move(value), {}}; }

Milestone milestone(std::string id, std::string when, std::optional<Schedule> schedule) {
  Milestone m;
  m.id = std::move(id);
  m.what = text("做完");
  m.when = text(std::move(when));
  m.schedule = std::move(schedule);
  return m;
}

Task task(std::string id, std::string title, std::vector<Milestone> milestones) {
  Task t;
  t.id = text(std::move(id));
  t.title = text(std::move(title));
  t.text = text("任务内容。");
  t.lead.push_back(UnitRef{text("区环保局"), {}});
  t.milestones = std::move(milestones);
  return t;
}

CheckedPlan two_year_plan() {
  auto plan = std::make_unique<Plan>();
  plan->meta.title = "某区大气污染防治2030年度实施计划";
  plan->meta.doc_number = "某府办〔2030〕1号";
  plan->meta.issuer = "某区人民政府办公室";
  plan->meta.issued = make_date(2030, 3, 2);
  plan->meta.year = 2030;
  plan->meta_ok = true;
  DaySpan november;
  november.first_month = november.last_month = 11;
  november.first_day = november.last_day = 1;
  DaySpan end_of_february;
  end_of_february.year = YearRef{false, 1};
  end_of_february.first_month = end_of_february.last_month = 2;
  Occurrence first{make_date(2030, 11, 1), make_date(2031, 2, 28), make_date(2031, 2, 28)};
  plan->tasks.push_back(
      task("1.1", "燃煤锅炉淘汰",
           {milestone("1.1a", "9月底前", Schedule{Deadline{make_date(2030, 9, 30)}, 2030})}));
  plan->tasks.push_back(
      task("1.2", "错峰生产",
           {milestone("1.2a", "每年11月1日到次年2月底",
                      Schedule{YearlyWindow{november, end_of_february, first}, 2030}),
            milestone("1.2b", "从6月起", Schedule{Start{make_date(2030, 6, 1)}, 2030})}));
  plan->tasks.push_back(
      task("1.3", "日常监管", {milestone("1.3a", "continuous", Schedule{Continuous{}, 2030})}));
  return CheckedPlan{std::move(plan), nullptr};
}

}  // namespace

TEST_CASE("the 完成时限 column is worded by the renderer, in either language", "[report]") {
  CheckedPlan plan = two_year_plan();
  Report report = build_report(plan, ReportQuery{make_date(2030, 10, 8), std::nullopt, false});
  REQUIRE(report.rows.size() == 3);
  std::string zh = render_report_markdown(report, ReportOptions{false});
  CHECK(zh.find("文号：某府办〔2030〕1号") != std::string::npos);
  CHECK(zh.find("9月底前（2030-09-30）") != std::string::npos);
  CHECK(zh.find(
            "每年11月1日到次年2月底（2030-11-01 至 2031-02-28，每年）；从6月起（2030-06-01 起）") !=
        std::string::npos);
  CHECK(zh.find("| 无具体时限 |") != std::string::npos);
  CHECK(zh.find("| 逾期 |") != std::string::npos);  // 9月底前, on 2030-10-08

  std::string en = render_report_markdown(report, ReportOptions{true});
  CHECK(en.find("Document: 某府办〔2030〕1号") != std::string::npos);
  CHECK(en.find("9月底前 (2030-09-30)") != std::string::npos);
  CHECK(en.find("(2030-11-01 to 2031-02-28, every year); 从6月起 (from 2030-06-01)") !=
        std::string::npos);
  CHECK(en.find("| no set deadline |") != std::string::npos);
  CHECK(en.find("，") == std::string::npos);  // no Chinese punctuation in English labels
}

TEST_CASE("the CSV report has one row a task with the same words", "[report]") {
  CheckedPlan plan = two_year_plan();
  Report report = build_report(plan, ReportQuery{make_date(2030, 10, 8), std::nullopt, false});
  std::string csv = render_report_csv(report, ReportOptions{false});
  CHECK(csv.starts_with("\xEF\xBB\xBF"));
  CHECK(csv.find("9月底前（2030-09-30）") != std::string::npos);
  CHECK(csv.find("无具体时限") != std::string::npos);
}
