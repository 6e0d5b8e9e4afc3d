// SPDX-License-Identifier: MIT
#include "cli/today.h"

#include <chrono>

#include "cli/common.h"

namespace plancheck {

Date resolve_today(const std::string& option) {
  if (!option.empty()) return parse_date_option(option, "--today");
  return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

}  // namespace plancheck
