// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_set>

#include "core/plan_files.h"
#include "core/source_file.h"

namespace plancheck {

/// Plan files already read once, keyed by a hash of their bytes, so a run after editing
/// one file of a thousand parses one. It only ever holds files that read without a single
/// diagnostic; every check across files runs on every run, cached or not, so the cache
/// can make a run faster but never change what it reports. An entry that does not match
/// this build, this content and its own checksum exactly is ignored and written anew.
///
/// `Model` is what one file reads to: PlanMeta, Registry, std::vector<Event>, TaskFile or
/// std::vector<ProgressRecord>.
class ParseCache {
 public:
  /// An empty `dir` disables the cache.
  explicit ParseCache(std::filesystem::path dir) : dir_(std::move(dir)) {}

  bool enabled() const { return !dir_.empty(); }

  /// What `source` read to before, with positions pointing into `source`.
  template <class Model>
  std::optional<Model> find(const SourceFile& source) const;

  /// Remembers what `source` read to. Best effort: a cache that cannot be written (a
  /// read-only checkout) only makes the next run slower.
  template <class Model>
  void store(const SourceFile& source, const Model& model) const;

  /// Removes the entries of contents no file has any more (and temporaries of writers
  /// that died), so the folder holds one entry per plan file however often they change.
  /// Call once every file has been looked up or stored.
  void remove_unused() const;

 private:
  /// The entry name for `source`'s bytes, marked as still wanted by remove_unused.
  std::string key_in_use(const SourceFile& source) const;
  std::optional<std::string> find_payload(const SourceFile& source, std::string_view kind) const;
  void store_payload(const SourceFile& source, std::string_view kind,
                     const std::string& payload) const;
  void prepare_dir() const;

  std::filesystem::path dir_;
  mutable std::once_flag prepared_;
  mutable std::mutex used_mutex_;
  mutable std::unordered_set<std::string> used_;  ///< keys looked up or stored this run
};

}  // namespace plancheck
