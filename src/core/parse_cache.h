// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/plan_files.h"
#include "core/source_file.h"

namespace plancheck {

/// Task files already read once, keyed by a hash of their bytes, so a run after editing one
/// file of a thousand parses one. It only ever holds files that read without a single
/// diagnostic; every check across files runs on every run, cached or not, so the cache
/// can make a run faster but never change what it reports. An entry that does not match
/// this build, this content and its own checksum exactly is ignored and written anew.
class ParseCache {
 public:
  /// An empty `dir` disables the cache.
  explicit ParseCache(std::filesystem::path dir) : dir_(std::move(dir)) {}

  bool enabled() const { return !dir_.empty(); }

  /// The tasks of `source` as read before, with positions pointing into `source`.
  std::optional<TaskFile> find_tasks(const SourceFile& source) const;

  /// Remembers what `source` read to. Best effort: a cache that cannot be written (a
  /// read-only checkout) only makes the next run slower.
  void store_tasks(const SourceFile& source, const TaskFile& tasks) const;

  /// Removes the entries of contents no file has any more (and temporaries of writers
  /// that died), so the folder holds one entry per task file however often they change.
  /// Call once every task file has been looked up or stored.
  void remove_unused() const;

 private:
  void prepare_dir() const;

  std::filesystem::path dir_;
  mutable std::once_flag prepared_;
  mutable std::mutex used_mutex_;
  mutable std::unordered_set<std::string> used_;  ///< keys looked up or stored this run
};

}  // namespace plancheck
