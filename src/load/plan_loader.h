// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "load/parse_cache.h"
#include "model/model.h"
#include "model/plan_files.h"
#include "source/diagnostics.h"

namespace plancheck {

/// Largest plan file read; a bigger one is reported, not read. Plan files are edited by
/// hand and are kilobytes (the 2017 plan's largest is 11 KB); the limit bounds one file's
/// time and memory, and a province's 100,000 tasks still fit when spread over files.
inline constexpr std::size_t kMaxPlanFileBytes = 64u << 20;

/// The files of a plan directory, as names under it ("tasks/3.yaml").
struct PlanFileNames {
  std::vector<std::string> tasks;    ///< *.yaml and *.yml under tasks/, sorted; never hidden ones
  std::vector<std::string> skipped;  ///< X.YAML under tasks/: meant as task files, not read
  bool has_progress = false;         ///< progress.yaml is there (it is optional)
  bool has_calendar = false;         ///< calendar.tsv is there (it is optional)
};

/// Throws IoError for a directory that is not a plan: missing, without plan.yaml or
/// tasks/, or without a task file.
PlanFileNames list_plan_files(const std::string& dir);

/// A plan file's bytes, named as diagnostics print it, read into `buffer` when given one
/// (see SourceFile::release_text). Throws IoError for a missing, unreadable or too large
/// file, or one that is not a regular file.
std::unique_ptr<SourceFile> read_plan_file(const std::string& dir, const std::string& name,
                                           std::string buffer = {});
/// Any file read as a plan file is (the registry given to import, progress.yaml read
/// again under the writer's lock), named as `path` is written. Throws IoError likewise.
std::unique_ptr<SourceFile> read_source_file(const std::string& path);
/// A file that is reported but not read (a skipped task file): its name, no bytes.
std::unique_ptr<SourceFile> unread_plan_file(const std::string& dir, const std::string& name);

/// One file's model (PlanMeta, Registry, std::vector<Event>, TaskFile with its dated
/// phrases found, or std::vector<ProgressRecord>): from `cache` when these bytes read
/// cleanly before, else parsed, and then cached if it read without a single diagnostic.
/// False when the file could not be read whole; what could be read is kept either way.
template <class Model>
bool read_model(const SourceFile& source, Model& model, Diagnostics& diags,
                const ParseCache& cache);

/// Runs job(0) … job(count - 1) on all cores; the first exception is rethrown once every
/// job has stopped.
void run_in_parallel(std::size_t count, const std::function<void(std::size_t)>& job);

}  // namespace plancheck
