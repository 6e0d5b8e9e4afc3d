// SPDX-License-Identifier: MIT
#include "core/plan_loader.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <thread>

#include "core/io_error.h"
#include "core/parse_cache.h"
#include "core/plan_files.h"
#include "core/yaml_tree.h"

namespace plancheck {
namespace {

namespace fs = std::filesystem;

enum class FileKind { meta, units, events, tasks, progress };

struct Job {
  FileKind kind;
  fs::path path;
  std::string shown;  // the path as diagnostics print it
  std::unique_ptr<SourceFile> source;
  Diagnostics diags;
  bool ok = false;
  PlanMeta meta;
  Registry registry;
  std::vector<Event> events;
  TaskFile tasks;
  std::vector<ProgressRecord> progress;
  const ParseCache* cache = nullptr;
};

std::string read_file(const fs::path& path, const std::string& shown) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw IoError(fmt::format("{}: no such file", shown));
  if (!fs::is_regular_file(status)) throw IoError(fmt::format("{}: not a regular file", shown));
  auto size = fs::file_size(path, ec);
  if (!ec && size > kMaxPlanFileBytes) {
    throw IoError(fmt::format("{}: file is too large ({} bytes; the limit is {} bytes)", shown,
                              size, kMaxPlanFileBytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(fmt::format("{}: cannot open file", shown));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw IoError(fmt::format("{}: read error", shown));
  return text;
}

void run_job(Job& job) {
  job.source = std::make_unique<SourceFile>(job.shown, read_file(job.path, job.shown));
  if (job.kind == FileKind::tasks) {
    if (auto cached = job.cache->find_tasks(*job.source)) {
      job.tasks = std::move(*cached);
      job.ok = true;
      return;
    }
  }
  std::optional<YamlNode> root = parse_yaml(*job.source, job.diags);
  if (!root) return;
  if (root->kind == YamlNode::Kind::null) {
    job.diags.error(SourceLoc{job.source.get(), 1, 1, 0}, "file-empty",
                    "file is empty; expected a mapping");
    return;
  }
  switch (job.kind) {
    case FileKind::meta:
      job.ok = read_plan_meta(*root, job.meta, job.diags);
      break;
    case FileKind::units:
      job.ok = read_registry(*root, job.registry, job.diags);
      break;
    case FileKind::events:
      job.ok = read_events(*root, job.events, job.diags);
      break;
    case FileKind::tasks:
      job.ok = read_task_file(*root, job.tasks, job.diags);
      if (job.ok && job.diags.empty()) job.cache->store_tasks(*job.source, job.tasks);
      break;
    case FileKind::progress:
      job.ok = read_progress(*root, job.progress, job.diags);
      break;
  }
}

// Runs every job on all cores; the first I/O failure is rethrown once all have stopped.
void run_all(std::vector<Job>& jobs) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto worker = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      try {
        run_job(jobs[i]);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  std::size_t count = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 16);
  count = std::min(count, jobs.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < count; ++i) threads.emplace_back(worker);
  worker();
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

std::string join_shown(const std::string& dir, const std::string& name) {
  return dir.empty() || dir == "." ? name : (fs::path(dir) / name).generic_string();
}

}  // namespace

Plan load_plan_files(const std::string& dir, Diagnostics& diags, const ParseCache& cache) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw IoError(fmt::format("{}: not a plan directory", dir));
  std::vector<Job> jobs;
  auto add = [&](FileKind kind, const std::string& name) {
    Job job;
    job.kind = kind;
    job.path = fs::path(dir) / name;
    job.shown = join_shown(dir, name);
    job.cache = &cache;
    jobs.push_back(std::move(job));
  };
  add(FileKind::meta, "plan.yaml");
  add(FileKind::units, "units.yaml");
  add(FileKind::events, "events.yaml");
  fs::path tasks_dir = fs::path(dir) / "tasks";
  if (!fs::is_directory(tasks_dir, ec)) {
    throw IoError(fmt::format("{}: no tasks/ directory", join_shown(dir, "tasks")));
  }
  std::vector<std::string> names;
  for (fs::directory_iterator it(tasks_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.ends_with(".yaml") || name.ends_with(".yml")) names.push_back(name);
  }
  if (ec) throw IoError(fmt::format("{}: {}", join_shown(dir, "tasks"), ec.message()));
  std::sort(names.begin(), names.end());
  if (names.empty()) {
    throw IoError(fmt::format("{}: no task files (*.yaml)", join_shown(dir, "tasks")));
  }
  for (const auto& name : names) add(FileKind::tasks, "tasks/" + name);
  // Progress is optional: a plan starts with nothing done.
  if (fs::exists(fs::path(dir) / "progress.yaml", ec)) add(FileKind::progress, "progress.yaml");

  run_all(jobs);
  cache.remove_unused();

  Plan plan;
  plan.dir = dir;
  for (Job& job : jobs) {
    diags.append(std::move(job.diags));
    switch (job.kind) {
      case FileKind::meta:
        plan.meta = std::move(job.meta);
        plan.meta_ok = job.ok;
        break;
      case FileKind::units:
        plan.registry = std::move(job.registry);
        plan.registry_ok = job.ok;
        break;
      case FileKind::events:
        plan.events = std::move(job.events);
        plan.events_ok = job.ok;
        break;
      case FileKind::progress:
        plan.progress = std::move(job.progress);
        plan.progress_ok = job.ok;
        break;
      case FileKind::tasks:
        if (!job.tasks.section.value.empty()) plan.sections.push_back(job.tasks.section);
        for (Task& task : job.tasks.tasks) plan.tasks.push_back(std::move(task));
        break;
    }
    plan.sources.push_back(std::move(job.source));
  }
  return plan;
}

}  // namespace plancheck
