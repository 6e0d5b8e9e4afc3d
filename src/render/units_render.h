// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "report/report.h"

namespace plancheck {

/// The registry as a table: units, their kinds, full names, hosts, what is verified;
/// groups with their members.
std::string render_registry_text(const CheckedPlan& plan);
std::string render_registry_json(const CheckedPlan& plan);
/// One unit: every task it leads or shares, and through which group or office.
std::string render_unit_text(const CheckedPlan& plan, const UnitSection& unit);
std::string render_unit_json(const CheckedPlan& plan, const UnitSection& unit);

}  // namespace plancheck
