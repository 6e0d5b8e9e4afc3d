// SPDX-License-Identifier: MIT
#pragma once

#include <absl/container/flat_hash_map.h>

#include <string>
#include <string_view>

#include "source/source_file.h"

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
  // Open addressing, no node per name: a province's 100,000 task ids are checked on
  // every run, warm or cold.
  absl::flat_hash_map<Name, SourceLoc> first_;
};

/// Keeps a copy of each name.
using FirstSeen = BasicFirstSeen<std::string>;
/// Keeps views: for many names that outlive it (100,000 task ids), without copying them.
using FirstSeenViews = BasicFirstSeen<std::string_view>;

}  // namespace plancheck
