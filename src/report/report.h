// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "agenda/reminders.h"
#include "load/checked_plan.h"

namespace plancheck {

/// A task's state on the report's day, from its milestones and progress.
enum class TaskState {
  done,        ///< every dated instance up to now is recorded done, and none is left
  overdue,     ///< an instance is past due with no done record
  open,        ///< dated instances still ahead, none late
  continuous,  ///< no date at all: a standing duty
  pending,     ///< waits on an event that has no date yet
};

/// One mark on the year timeline: a deadline (start == end), a window (a bar), or one
/// occurrence of a recurring item (a tick).
struct TimelineMark {
  Shape shape = Shape::point;
  bool periodic = false;  ///< one of a recurring item's periods
  Date start{};
  Date end{};
  bool overdue = false;
  bool done = false;
};

/// One task as a report row (任务分解表): the columns 序号, 任务, 牵头单位, 责任单位,
/// 完成时限, 状态, plus what a timeline draws.
struct ReportRow {
  const Task* task = nullptr;
  std::string section;             ///< the heading it sits under: "三、(一) 治污减排行动"
  std::optional<Date> first_date;  ///< its earliest dated instance, for sorting
  TaskState state = TaskState::continuous;
  std::vector<TimelineMark> marks;  ///< within the report's year
  std::string via;                  ///< unit reports: the group or office that brought it
};

/// One unit's two lists, each sorted by date.
struct UnitSection {
  UnitTarget unit;
  std::string name;
  std::string full_name;
  std::string host;
  std::vector<ReportRow> lead;
  std::vector<ReportRow> responsible;
};

/// Built once from the checked plan; every report format reads it and nothing else.
struct Report {
  const CheckedPlan* plan = nullptr;
  Date today{};
  int year = 0;                    ///< the timeline's year
  std::vector<ReportRow> rows;     ///< the whole plan, in the document's order
  std::vector<UnitSection> units;  ///< --unit: one; --all-units: every unit with tasks
};

struct ReportQuery {
  Date today{};
  std::optional<UnitTarget> unit;  ///< one unit's lists
  bool all_units = false;          ///< a section per unit
};

Report build_report(const CheckedPlan& plan, const ReportQuery& query);

std::string_view task_state_name(TaskState state);

}  // namespace plancheck
