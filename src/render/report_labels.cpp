// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include "render/item_fields.h"
#include "render/report_render.h"
#include "text/enum_labels.h"

namespace plancheck {

std::string_view ReportLabels::state_name(TaskState task_state) const {
  // In the order of TaskState's enumerators. Printed lists say "ongoing" where the JSON
  // contract says "continuous".
  constexpr std::array<std::string_view, 5> kZh = {"已完成", "逾期", "未到期", "持续", "待定"};
  constexpr std::array<std::string_view, 5> kEn = {"done", "overdue", "open", "ongoing", "pending"};
  return enum_label(english ? kEn : kZh, task_state);
}

const ReportLabels& report_labels(bool english) {
  static const ReportLabels zh = {"序号",     "任务",       "牵头单位", "责任单位", "完成时限",
                                  "状态",     "经由",       "文号",     "印发单位", "印发日期",
                                  "统计日期", "任务分解表", "牵头事项", "责任事项", "年度时间轴",
                                  "挂靠",     false};
  static const ReportLabels en = {
      "No.",   "Task",     "Lead",          "Responsible", "Deadline", "Status",
      "Via",   "Document", "Issuer",        "Issued",      "As of",    "Task breakdown",
      "Leads", "Shares",   "Year timeline", "hosted by",   true};
  return english ? en : zh;
}

std::string ReportLabels::aside(std::string_view text) const {
  return fmt::format(fmt::runtime(english ? " ({})" : "（{}）"), text);
}

std::string ReportLabels::deadline_of(const Milestone& milestone) const {
  const std::string& phrase = milestone.when.value;
  if (!milestone.schedule) return phrase;
  const Schedule& schedule = *milestone.schedule;
  auto with = [&](const std::string& dates) { return phrase + aside(dates); };
  if (schedule.pending()) return with(english ? "pending" : "待定");
  CompiledDays days = schedule.days();
  switch (schedule.shape()) {
    case Shape::none:
      if (phrase != "continuous") return phrase;
      return english ? "no set deadline" : "无具体时限";
    case Shape::open:
      return with(
          fmt::format(fmt::runtime(english ? "from {}" : "{} 起"), format_iso(*days.start)));
    case Shape::span: {
      std::string every;
      if (schedule.repeats()) {
        every = english ? fmt::format(", every {}", period_name(schedule.every()))
                        : fmt::format("，{}", period_label_zh(schedule.every()));
      }
      return with(fmt::format(fmt::runtime(english ? "{} to {}{}" : "{} 至 {}{}"),
                              format_iso(*days.start), format_iso(*days.end), every));
    }
    case Shape::point:
      break;
  }
  // A recurring item's phrase says it all; its dates are a list, not a column.
  if (schedule.periodic()) return phrase;
  return with(format_iso(*days.date));
}

std::string ReportLabels::deadlines_of(const Task& of_task) const {
  std::string out;
  for (std::size_t i = 0; i < of_task.milestones.size(); ++i) {
    if (i > 0) out += deadline_separator();
    out += deadline_of(of_task.milestones[i]);
  }
  return out;
}

}  // namespace plancheck
