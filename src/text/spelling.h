// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

/// Levenshtein distance over code points, so one Chinese character counts as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, if it is close enough to be a likely slip; else "".
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace plancheck
