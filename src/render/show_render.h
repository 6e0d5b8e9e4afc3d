// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "agenda/instances.h"

namespace plancheck {

/// One task as `show` prints it: its text, units as written and as resolved, and every
/// milestone with its dates, instances up to `until` and their state on `today`.
struct ShowQuery {
  const Task* task = nullptr;
  Date today{};
  Date until{};
};

std::string render_show_text(const CheckedPlan& plan, const ShowQuery& query);
std::string render_show_json(const CheckedPlan& plan, const ShowQuery& query);

}  // namespace plancheck
