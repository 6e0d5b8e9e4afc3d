// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "agenda/instances.h"

namespace plancheck {

enum class Role { lead, responsible, data_provider };

/// One item on one unit's list.
struct Reminder {
  Instance instance;
  Role role = Role::lead;
  std::string via;        ///< the group that brought it to this unit; "" when named directly
  bool overdue = false;   ///< else upcoming
  long days = 0;          ///< days overdue, or days until due (or until a window starts)
  bool starting = false;  ///< a window that begins within the days ahead
};

/// Everything one unit (or a group whose members are unknown) should hear about.
struct UnitReminders {
  UnitTarget unit;
  std::string name;
  std::string host;              ///< for a hosted office: its host
  bool members_unknown = false;  ///< a group standing in for members nobody has listed
  std::vector<Reminder> lead;    ///< by date
  std::vector<Reminder> responsible;
  std::vector<Reminder> data_provider;
};

/// Overdue and upcoming (due within `ahead` days from today, or a window starting in
/// them) instances without a done record, on the lists of the units that owe them:
/// a group reaches each of its members, a hosted office keeps its own list.
/// With `only`, just that unit's list, and its members' (a group) or the lists of the
/// offices it hosts (a department).
std::vector<UnitReminders> build_reminders(const CheckedPlan& plan, Date today, int ahead,
                                           std::optional<UnitTarget> only);

}  // namespace plancheck
