// SPDX-License-Identifier: MIT
#include "text/interned.h"

#include <mutex>
#include <string>
#include <unordered_set>

namespace plancheck {
namespace {

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};

}  // namespace

std::string_view interned(std::string_view text) {
  // Files are read in parallel; the set is small (one entry per message template).
  static std::mutex guard;
  static std::unordered_set<std::string, Hash, std::equal_to<>> texts;
  std::lock_guard lock(guard);
  auto it = texts.find(text);
  if (it == texts.end()) it = texts.emplace(text).first;
  return *it;
}

}  // namespace plancheck
