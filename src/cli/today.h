// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/dates.h"

namespace plancheck {

/// --today if given, else the system date: read once here, passed down everywhere.
Date resolve_today(const std::string& option);

}  // namespace plancheck
