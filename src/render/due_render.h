// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/agenda.h"

namespace plancheck {

/// What was asked, echoed in every output so a saved listing says what it lists.
struct DueQuery {
  int year = 0;
  unsigned month = 0;
  std::optional<std::string> unit;
  bool include_ongoing = false;
  Date from{};
  Date to{};
};

std::string render_due_text(const CheckedPlan& plan, const DueQuery& query,
                            const std::vector<AgendaItem>& items);
std::string render_due_markdown(const CheckedPlan& plan, const DueQuery& query,
                                const std::vector<AgendaItem>& items);
std::string render_due_csv(const CheckedPlan& plan, const DueQuery& query,
                           const std::vector<AgendaItem>& items);
std::string render_due_json(const CheckedPlan& plan, const DueQuery& query,
                            const std::vector<AgendaItem>& items);

}  // namespace plancheck
