// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

#include "source/source_file.h"

namespace plancheck {

/// Where the characters of a one-line scalar, quoted or plain, stand on its line. Finding
/// the scalar on its line costs its length, so many places in one text share one finder.
class ScalarPlaces {
 public:
  explicit ScalarPlaces(const Text& text);
  /// Characters [offset, offset + length); the scalar's own place when its text is not
  /// written as it is on its line (escapes, a value folded over lines).
  SourceLoc at(std::size_t offset, std::size_t length) const;

 private:
  SourceLoc scalar_;
  bool verbatim_ = false;
  std::uint32_t quote_ = 0;  ///< 1 when the value opens with a quote
};

/// ScalarPlaces(text).at(offset, length), for a single place.
SourceLoc loc_within(const Text& text, std::size_t offset, std::size_t length);

}  // namespace plancheck
