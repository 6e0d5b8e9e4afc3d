// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "calendar/dates.h"

namespace plancheck {

struct GlobalOptions;

/// --today if given, else the system date main read once.
Date resolve_today(const std::string& option, const GlobalOptions& global);

/// The system's date: called once, by main.
Date read_system_clock();

}  // namespace plancheck
