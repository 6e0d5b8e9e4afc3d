// SPDX-License-Identifier: MIT
#include "core/plan_loader.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
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

// What a path that is not a regular file is, for the message.
std::string_view type_name(fs::file_type type) {
  switch (type) {
    case fs::file_type::directory:
      return "a directory";
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::character:
      return "a character device";
    case fs::file_type::block:
      return "a block device";
    case fs::file_type::socket:
      return "a socket";
    default:
      return "an unknown kind of file";
  }
}

// Why a path names no file: a link to nowhere or a cycle of links is not simply missing.
[[noreturn]] void throw_missing(const fs::path& path, const std::string& shown,
                                std::error_code status_error) {
  std::error_code ec;
  if (status_error == std::errc::too_many_symbolic_link_levels) {
    throw IoError(fmt::format("{}: symbolic link loop", shown));
  }
  if (fs::is_symlink(fs::symlink_status(path, ec))) {
    throw IoError(fmt::format("{}: symbolic link to a missing file ('{}')", shown,
                              fs::read_symlink(path, ec).string()));
  }
  if (status_error && status_error != std::errc::no_such_file_or_directory) {
    throw IoError(fmt::format("{}: {}", shown, status_error.message()));
  }
  throw IoError(fmt::format("{}: no such file", shown));
}

std::string read_file(const fs::path& path, const std::string& shown) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (!fs::exists(status)) throw_missing(path, shown, ec);
  // Never opened: a FIFO would block, a device (/dev/zero) would never end.
  if (!fs::is_regular_file(status)) {
    throw IoError(fmt::format("{}: not a regular file ({})", shown, type_name(status.type())));
  }
  auto size = fs::file_size(path, ec);
  auto too_large = [&](std::string_view size_text) {
    return IoError(fmt::format("{}: file is too large ({} bytes; the limit is {} bytes)", shown,
                               size_text, kMaxPlanFileBytes));
  };
  if (!ec && size > kMaxPlanFileBytes) throw too_large(std::to_string(size));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(fmt::format("{}: cannot open file: {}", shown, std::strerror(errno)));
  // Read no more than the limit, whatever the size said: a file can grow while it is read.
  std::string text;
  if (!ec) text.reserve(size);
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxPlanFileBytes) {
      throw too_large("more than " + std::to_string(kMaxPlanFileBytes));
    }
  }
  if (in.bad()) throw IoError(fmt::format("{}: read error", shown));
  return text;
}

// One file to its model: from the cache when its bytes were read cleanly before, else
// parsed and read, and then cached if it read without a single diagnostic.
template <class Model>
void read_model(Job& job, Model& model, bool (*read)(const YamlNode&, Model&, Diagnostics&)) {
  if (auto cached = job.cache->find<Model>(*job.source)) {
    model = std::move(*cached);
    job.ok = true;
    return;
  }
  std::optional<YamlNode> root = parse_yaml(*job.source, job.diags);
  if (!root) return;
  if (root->kind == YamlNode::Kind::null) {
    job.diags.error(SourceLoc{job.source.get(), 1, 1, 0}, "file-empty",
                    "file is empty; expected a mapping");
    return;
  }
  job.ok = read(*root, model, job.diags);
  if (job.ok && job.diags.empty()) job.cache->store(*job.source, model);
}

bool read_tasks_and_phrases(const YamlNode& root, TaskFile& file, Diagnostics& diags) {
  bool ok = read_task_file(root, file, diags);
  for (Task& task : file.tasks) task.text_phrases = find_deadline_phrases(task.text.value);
  return ok;
}

void run_job(Job& job) {
  job.source = std::make_unique<SourceFile>(job.shown, read_file(job.path, job.shown));
  switch (job.kind) {
    case FileKind::meta:
      read_model(job, job.meta, read_plan_meta);
      break;
    case FileKind::units:
      read_model(job, job.registry, read_registry);
      break;
    case FileKind::events:
      read_model(job, job.events, read_events);
      break;
    case FileKind::tasks:
      read_model(job, job.tasks, read_tasks_and_phrases);
      break;
    case FileKind::progress:
      read_model(job, job.progress, read_progress);
      break;
  }
  // The model now holds what the file says; its bytes are only wanted again if a check
  // across files quotes one of its lines.
  if (job.ok && job.diags.empty()) job.source->release_text(job.path);
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

// A control character in a file name (a newline, a tab) would break the `file:line:col:`
// a diagnostic starts with; it is shown escaped, as \n, \t or \xNN.
std::string printable(const std::string& path) {
  std::string out;
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20 || byte == 0x7F) {
      out += fmt::format("\\x{:02X}", byte);
    } else {
      out += c;
    }
  }
  return out;
}

std::string join_shown(const std::string& dir, const std::string& name) {
  return printable(dir.empty() || dir == "." ? name : (fs::path(dir) / name).generic_string());
}

}  // namespace

Plan load_plan_files(const std::string& dir, Diagnostics& diags, const ParseCache& cache) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw IoError(fmt::format("{}: not a plan directory ({})", dir,
                              fs::exists(dir, ec) ? "not a directory" : "no such directory"));
  }
  // An empty or wrong directory says so, before any complaint about what is inside it.
  if (!fs::exists(fs::symlink_status(fs::path(dir) / "plan.yaml", ec))) {
    throw IoError(fmt::format("{}: no such file; is '{}' a plan directory?",
                              join_shown(dir, "plan.yaml"), dir));
  }
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
  std::vector<std::string> skipped;  // X.YAML: meant as a task file, but not one
  for (fs::directory_iterator it(tasks_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name.ends_with(".yaml") || name.ends_with(".yml")) {
      names.push_back(name);
    } else if (lower.ends_with(".yaml") || lower.ends_with(".yml")) {
      skipped.push_back(name);
    }
  }
  if (ec) throw IoError(fmt::format("{}: {}", join_shown(dir, "tasks"), ec.message()));
  std::sort(names.begin(), names.end());
  if (names.empty()) {
    throw IoError(fmt::format("{}: no task files (*.yaml)", join_shown(dir, "tasks")));
  }
  for (const auto& name : names) add(FileKind::tasks, "tasks/" + name);
  // Progress is optional: a plan starts with nothing done.
  // A link to a missing progress.yaml is read, and reported, rather than taken for none.
  if (fs::exists(fs::symlink_status(fs::path(dir) / "progress.yaml", ec))) {
    add(FileKind::progress, "progress.yaml");
  }

  run_all(jobs);
  cache.remove_unused();

  Plan plan;
  plan.dir = dir;
  std::size_t task_count = 0;
  for (const Job& job : jobs) task_count += job.tasks.tasks.size();
  plan.tasks.reserve(task_count);
  plan.sources.reserve(jobs.size() + skipped.size());
  std::sort(skipped.begin(), skipped.end());
  for (const std::string& name : skipped) {
    auto& source = plan.sources.emplace_back(
        std::make_unique<SourceFile>(join_shown(dir, "tasks/" + name), ""));
    diags.warning(SourceLoc{source.get(), 0, 0, 0}, "file-skipped",
                  "not read: task files end in '.yaml' or '.yml', in lowercase");
  }
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
        std::move(job.tasks.tasks.begin(), job.tasks.tasks.end(), std::back_inserter(plan.tasks));
        // Moved-from tasks still hold their size; a thousand files' worth is a lot.
        std::vector<Task>().swap(job.tasks.tasks);
        break;
    }
    plan.sources.push_back(std::move(job.source));
  }
  return plan;
}

}  // namespace plancheck
