// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <unordered_map>

#include "core/source_file.h"

namespace plancheck {

/// Where each name was first written, so that a repeat can be reported with a note
/// pointing back at the original (ids, unit names, list items).
class FirstSeen {
 public:
  /// Where `name` was seen before, or nullptr when `where` is its first appearance.
  const SourceLoc* earlier(const std::string& name, const SourceLoc& where) {
    auto [it, inserted] = first_.try_emplace(name, where);
    return inserted ? nullptr : &it->second;
  }

 private:
  std::unordered_map<std::string, SourceLoc> first_;
};

}  // namespace plancheck
