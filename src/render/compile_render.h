// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "report/report.h"

namespace plancheck {

/// The whole resolved plan as one JSON document (schemas/compiled.schema.json): metadata,
/// registry, events, every task with its units resolved and every milestone with its
/// dates, instances and progress applied as of `report.today`.
std::string render_compiled_json(const Report& report);

}  // namespace plancheck
