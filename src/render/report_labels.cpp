// SPDX-License-Identifier: MIT
#include "render/report_render.h"

namespace plancheck {

std::string_view ReportLabels::state_name(TaskState task_state) const {
  if (!english) return task_state_zh(task_state);
  // Printed lists say "ongoing" where the JSON contract says "continuous".
  return task_state == TaskState::continuous ? "ongoing" : task_state_name(task_state);
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

}  // namespace plancheck
