// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "when/schedule.h"

namespace plancheck {

/// What one phrase compiles to, for people (`plancheck when`).
std::string render_when_text(std::string_view phrase, const Schedule& schedule,
                             const std::vector<Occurrence>& first);
/// {expression, kind, date, start, end, every, event, pending, occurrences}
std::string render_when_json(std::string_view phrase, const Schedule& schedule,
                             const std::vector<Occurrence>& first);

}  // namespace plancheck
