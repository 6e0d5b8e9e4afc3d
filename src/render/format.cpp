// SPDX-License-Identifier: MIT
#include "render/format.h"

#include <array>

#include "text/enum_labels.h"

namespace plancheck {
namespace {

// In the order of Format's enumerators.
constexpr std::array<std::string_view, 8> kNames = {"text", "md",   "csv",  "json",
                                                    "ics",  "html", "xlsx", "github"};

}  // namespace

std::string_view format_name(Format format) { return enum_label(kNames, format); }

std::optional<Format> find_format(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Format>(i);
  }
  return std::nullopt;
}

}  // namespace plancheck
