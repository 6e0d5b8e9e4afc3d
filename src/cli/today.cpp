// SPDX-License-Identifier: MIT
#include "cli/today.h"

#include <chrono>

#include "cli/command_line.h"
#include "cli/common.h"

namespace plancheck {

Date resolve_today(const std::string& option, const GlobalOptions& global) {
  if (!option.empty()) return parse_date_option(option, "--today");
  return global.system_today;
}

Date read_system_clock() {
  return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

}  // namespace plancheck
