// SPDX-License-Identifier: MIT
#include "yaml/scalar_places.h"

#include <algorithm>

#include "text/utf8.h"

namespace plancheck {

ScalarPlaces::ScalarPlaces(const Text& text) : scalar_(text.loc) {
  if (!scalar_.file || scalar_.line == 0) return;
  std::string_view line = scalar_.file->line(scalar_.line);
  std::string_view rest = line.substr(byte_length_of_chars(line, scalar_.col - 1));
  quote_ = !rest.empty() && (rest[0] == '"' || rest[0] == '\'') ? 1 : 0;
  verbatim_ = rest.substr(quote_).starts_with(text.value);
}

SourceLoc ScalarPlaces::at(std::size_t offset, std::size_t length) const {
  if (!verbatim_) return scalar_;
  return SourceLoc{scalar_.file, scalar_.line,
                   static_cast<std::uint32_t>(scalar_.col + quote_ + offset),
                   static_cast<std::uint32_t>(std::max<std::size_t>(length, 1))};
}

SourceLoc loc_within(const Text& text, std::size_t offset, std::size_t length) {
  return ScalarPlaces(text).at(offset, length);
}

}  // namespace plancheck
