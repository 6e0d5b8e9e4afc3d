// SPDX-License-Identifier: MIT
#include "agenda/overdue.h"

namespace plancheck {

OverdueReport find_overdue(const CheckedPlan& plan, Date today) {
  OverdueReport report;
  report.today = today;
  auto [from, to] = plan_horizon(*plan.plan);
  (void)to;
  for (Instance& instance : instances_between(plan, from, today - std::chrono::days{1})) {
    if (!instance.record) report.overdue.push_back(std::move(instance));
  }
  report.pending = pending_milestones(*plan.plan);
  return report;
}

}  // namespace plancheck
