// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "agenda/reminders.h"

namespace plancheck {

struct RemindQuery {
  Date today{};
  int ahead = 0;
  std::optional<std::string> unit;
};

/// A notice per unit, in Chinese, ready to paste into a message: what it leads and what
/// it shares, overdue first.
std::string render_remind_text(const CheckedPlan& plan, const RemindQuery& query,
                               const std::vector<UnitReminders>& lists);
std::string render_remind_markdown(const CheckedPlan& plan, const RemindQuery& query,
                                   const std::vector<UnitReminders>& lists);
std::string render_remind_json(const CheckedPlan& plan, const RemindQuery& query,
                               const std::vector<UnitReminders>& lists);

}  // namespace plancheck
