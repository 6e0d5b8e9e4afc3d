// SPDX-License-Identifier: MIT
#include "model/task_ids.h"

namespace plancheck {

std::optional<std::vector<int>> split_task_id(std::string_view id) {
  std::vector<int> parts;
  std::size_t at = 0;
  while (true) {
    std::size_t dot = id.find('.', at);
    std::string_view part = id.substr(at, dot == std::string_view::npos ? id.npos : dot - at);
    if (part.empty() || part.size() > 4 || part[0] == '0') return std::nullopt;
    int value = 0;
    for (char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
    }
    parts.push_back(value);
    if (dot == std::string_view::npos) break;
    at = dot + 1;
  }
  if (parts.size() > 4) return std::nullopt;
  return parts;
}

bool is_task_id(std::string_view id) { return split_task_id(id).has_value(); }

std::string parent_id(std::string_view id) {
  std::size_t dot = id.rfind('.');
  return dot == std::string_view::npos ? std::string() : std::string(id.substr(0, dot));
}

std::string milestone_id(std::string_view task_id, std::size_t index) {
  return std::string(task_id) + static_cast<char>('a' + index);
}

}  // namespace plancheck
