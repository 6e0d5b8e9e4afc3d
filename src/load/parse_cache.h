// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_set>

#include "model/plan_files.h"
#include "model/task_digest.h"
#include "source/source_file.h"

namespace plancheck {

/// Plan files already read once, keyed by a hash of their bytes, so a run after editing
/// one file of a thousand parses one. It holds two things per file: the model it read to
/// (only for files that read without a single diagnostic), and for a task file, its
/// digest: what its own checks found, keyed also by the contents of the files those
/// checks read (plan.yaml, units.yaml, events.yaml). Every check across files runs on
/// every run, cached or not, so the cache can make a run faster but never change what it
/// reports. An entry that does not match this build, this content (and context) and its
/// own checksum exactly is ignored and written anew.
///
/// `Model` is what one file reads to: PlanMeta, Registry, std::vector<Event>, TaskFile or
/// std::vector<ProgressRecord>.
class ParseCache {
 public:
  /// An empty `dir` disables the cache, and so does anything but a real directory there: a
  /// symbolic link (into tasks/, or the plan itself) would have entries land among the
  /// plan's files.
  explicit ParseCache(std::filesystem::path dir);

  bool enabled() const { return !dir_.empty(); }

  /// What `source` read to before, with positions pointing into `source`.
  template <class Model>
  std::optional<Model> find(const SourceFile& source) const;

  /// Remembers what `source` read to. Best effort: a cache that cannot be written (a
  /// read-only checkout) only makes the next run slower.
  template <class Model>
  void store(const SourceFile& source, const Model& model) const;

  /// What `source`'s own checks found before, against the plan.yaml, units.yaml and
  /// events.yaml whose contents `context_key` names (see PlanContext), with its places
  /// pointing into `source`.
  std::optional<TaskFileDigest> find_digest(const SourceFile& source,
                                            std::string_view context_key) const;
  /// Remembers them; `digest` must point into `source` only (digest_points_into).
  void store_digest(const SourceFile& source, std::string_view context_key,
                    const TaskFileDigest& digest) const;

  /// Removes the entries of contents no file has any more (and temporaries of writers
  /// that died), so the folder holds one entry per plan file however often they change.
  /// Call once every file has been looked up or stored.
  void remove_unused() const;

  /// An entry's bytes, and where its payload starts (after the header and checksum).
  struct Payload {
    std::string bytes;
    std::size_t at = 0;
  };

 private:
  /// The entry name for `source`'s bytes, marked as still wanted by remove_unused.
  const std::string& key_in_use(const SourceFile& source) const;
  /// An entry is the file `<content key><suffix>`: a model has no suffix, a digest
  /// kDigestSuffix. Its header names `kind` (and for a digest, the context).
  std::optional<Payload> find_payload(const SourceFile& source, std::string_view kind,
                                      std::string_view suffix) const;
  void store_payload(const SourceFile& source, std::string_view kind, std::string_view suffix,
                     const std::string& payload) const;
  void prepare_dir() const;

  std::filesystem::path dir_;
  mutable std::once_flag prepared_;
  mutable std::mutex used_mutex_;
  mutable std::unordered_set<std::string> used_;  ///< keys looked up or stored this run
};

}  // namespace plancheck
