// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/source_file.h"

namespace plancheck {

/// Where each name was first written, so that a repeat can be reported with a note
/// pointing back at the original (ids, unit names, list items).
template <class Name>
class BasicFirstSeen {
 public:
  void reserve(std::size_t names) { first_.reserve(names); }

  /// Where `name` was seen before, or nullptr when `where` is its first appearance.
  const SourceLoc* earlier(const Name& name, const SourceLoc& where) {
    auto [it, inserted] = first_.try_emplace(name, where);
    return inserted ? nullptr : &it->second;
  }

 private:
  std::unordered_map<Name, SourceLoc> first_;
};

/// Keeps a copy of each name.
using FirstSeen = BasicFirstSeen<std::string>;
/// Keeps views: for many names that outlive it (100,000 task ids), without copying them.
using FirstSeenViews = BasicFirstSeen<std::string_view>;

}  // namespace plancheck
