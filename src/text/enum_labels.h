// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace plancheck {

/// The label of `value` in a table written in the order of its enumeration's values: one
/// line of words where a switch would spell `case … return` for each. A value past the
/// table's end (an enumerator added without a label) reads as empty, never out of bounds.
template <typename Label, std::size_t N, typename Enum>
constexpr Label enum_label(const std::array<Label, N>& labels, Enum value) {
  auto index = static_cast<std::size_t>(value);
  return index < N ? labels[index] : Label{};
}

}  // namespace plancheck
