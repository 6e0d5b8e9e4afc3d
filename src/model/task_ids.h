// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

/// "3.1.2" → {3, 1, 2}; nothing unless every part is a positive number without leading zero.
std::optional<std::vector<int>> split_task_id(std::string_view id);
bool is_task_id(std::string_view id);
/// The id without its last part: "3.1.2" → "3.1"; "" for a top-level id.
std::string parent_id(std::string_view id);
/// Milestone ids add a letter in text order: 3.1.2a, 3.1.2b …
std::string milestone_id(std::string_view task_id, std::size_t index);

}  // namespace plancheck
