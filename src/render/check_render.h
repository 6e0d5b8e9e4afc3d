// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "agenda/overdue.h"

namespace plancheck {

std::string render_check_text(const CheckedPlan& plan, const OverdueReport& report);
std::string render_check_json(const CheckedPlan& plan, const OverdueReport& report);

}  // namespace plancheck
