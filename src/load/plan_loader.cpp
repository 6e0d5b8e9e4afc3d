// SPDX-License-Identifier: MIT
#include "load/plan_loader.h"

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

#include "io/io_error.h"
#include "io/read_bytes.h"
#include "load/parse_cache.h"
#include "model/plan_files.h"
#include "yaml/yaml_tree.h"

namespace plancheck {
namespace {

namespace fs = std::filesystem;

// What a path that is not a regular file is, for the message.
Term type_name(fs::file_type type) {
  switch (type) {
    case fs::file_type::directory:
      return term("a directory");
    case fs::file_type::fifo:
      return term("a FIFO");
    case fs::file_type::character:
      return term("a character device");
    case fs::file_type::block:
      return term("a block device");
    case fs::file_type::socket:
      return term("a socket");
    default:
      return term("an unknown kind of file");
  }
}

// Why a path names no file: a link to nowhere or a cycle of links is not simply missing.
[[noreturn]] void throw_missing(const fs::path& path, const std::string& shown,
                                std::error_code status_error) {
  std::error_code ec;
  if (status_error == std::errc::too_many_symbolic_link_levels) {
    throw IoError(message("{}: symbolic link loop", shown));
  }
  if (fs::is_symlink(fs::symlink_status(path, ec))) {
    throw IoError(message("{}: symbolic link to a missing file ('{}')", shown,
                          fs::read_symlink(path, ec).string()));
  }
  if (status_error && status_error != std::errc::no_such_file_or_directory) {
    throw IoError(message("{}: {}", shown, status_error.message()));
  }
  throw IoError(message("{}: no such file", shown));
}

std::string read_file(const fs::path& path, const std::string& shown, std::string buffer) {
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (!fs::exists(status)) throw_missing(path, shown, ec);
  // Never opened: a FIFO would block, a device (/dev/zero) would never end.
  if (!fs::is_regular_file(status)) {
    throw IoError(message("{}: not a regular file ({})", shown, type_name(status.type())));
  }
  ReadBytes read = read_bytes(path, kMaxPlanFileBytes, std::move(buffer));
  if (read.open_error) {
    throw IoError(message("{}: cannot open file: {}", shown, std::strerror(read.open_error)));
  }
  if (read.read_error) throw IoError(message("{}: read error", shown));
  if (read.not_regular) {  // swapped for something else since the check above
    throw IoError(message("{}: not a regular file", shown));
  }
  if (read.over_limit) {
    // No more than the limit is read, whatever the size said: a file can grow while it is
    // read.
    Message size = read.size_said > kMaxPlanFileBytes
                       ? message("{} bytes", read.size_said)
                       : message("more than {} bytes", kMaxPlanFileBytes);
    throw IoError(message("{}: file is too large ({}; the limit is {} bytes)", shown, size,
                          kMaxPlanFileBytes));
  }
  return std::move(read.bytes);
}

bool read_tasks_and_phrases(const YamlNode& root, TaskFile& file, Diagnostics& diags) {
  bool ok = read_task_file(root, file, diags);
  for (Task& task : file.tasks) task.text_phrases = find_deadline_phrases(task.text.value);
  return ok;
}

bool read_any(const YamlNode& root, PlanMeta& model, Diagnostics& diags) {
  return read_plan_meta(root, model, diags);
}
bool read_any(const YamlNode& root, Registry& model, Diagnostics& diags) {
  return read_registry(root, model, diags);
}
bool read_any(const YamlNode& root, std::vector<Event>& model, Diagnostics& diags) {
  return read_events(root, model, diags);
}
bool read_any(const YamlNode& root, TaskFile& model, Diagnostics& diags) {
  return read_tasks_and_phrases(root, model, diags);
}
bool read_any(const YamlNode& root, std::vector<ProgressRecord>& model, Diagnostics& diags) {
  return read_progress(root, model, diags);
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

PlanFileNames list_plan_files(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw IoError(
        message("{}: not a plan directory ({})", dir,
                fs::exists(dir, ec) ? term("not a directory") : term("no such directory")));
  }
  // An empty or wrong directory says so, before any complaint about what is inside it.
  if (!fs::exists(fs::symlink_status(fs::path(dir) / "plan.yaml", ec))) {
    throw IoError(
        message("{}: no such file; is '{}' a plan directory?", join_shown(dir, "plan.yaml"), dir));
  }
  fs::path tasks_dir = fs::path(dir) / "tasks";
  if (!fs::is_directory(tasks_dir, ec)) {
    throw IoError(message("{}: no tasks/ directory", join_shown(dir, "tasks")));
  }
  PlanFileNames names;
  for (fs::directory_iterator it(tasks_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    // Hidden files are not plan files: an editor's lock (Emacs .#3-3-dust.yaml, a link to
    // nowhere), a swap file, a writer's temporary.
    if (name.starts_with('.')) continue;
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name.ends_with(".yaml") || name.ends_with(".yml")) {
      names.tasks.push_back("tasks/" + name);
    } else if (lower.ends_with(".yaml") || lower.ends_with(".yml") ||
               name.find_first_of(".~#") == std::string::npos) {
      // A task file in the wrong case, or one saved without an extension, looks like a
      // task file to whoever wrote it; a backup (x.yaml~, x.yaml.bak, #x.yaml#) does not.
      names.skipped.push_back("tasks/" + name);
    }
  }
  if (ec) throw IoError(message("{}: {}", join_shown(dir, "tasks"), ec.message()));
  std::sort(names.tasks.begin(), names.tasks.end());
  std::sort(names.skipped.begin(), names.skipped.end());
  if (names.tasks.empty()) {
    throw IoError(message("{}: no task files (*.yaml)", join_shown(dir, "tasks")));
  }
  // Progress is optional: a plan starts with nothing done.
  // A link to a missing progress.yaml is read, and reported, rather than taken for none.
  names.has_progress = fs::exists(fs::symlink_status(fs::path(dir) / "progress.yaml", ec));
  names.has_calendar = fs::exists(fs::symlink_status(fs::path(dir) / "calendar.tsv", ec));
  return names;
}

std::unique_ptr<SourceFile> read_plan_file(const std::string& dir, const std::string& name,
                                           std::string buffer) {
  std::string shown = join_shown(dir, name);
  std::string text = read_file(fs::path(dir) / name, shown, std::move(buffer));
  return std::make_unique<SourceFile>(std::move(shown), std::move(text));
}

std::unique_ptr<SourceFile> read_source_file(const std::string& path) {
  std::string text = read_file(fs::path(path), path, {});
  return std::make_unique<SourceFile>(path, std::move(text));
}

std::unique_ptr<SourceFile> unread_plan_file(const std::string& dir, const std::string& name) {
  return std::make_unique<SourceFile>(join_shown(dir, name), "");
}

template <class Model>
bool read_model(const SourceFile& source, Model& model, Diagnostics& diags,
                const ParseCache& cache) {
  if (auto cached = cache.find<Model>(source)) {
    model = std::move(*cached);
    return true;
  }
  Diagnostics found;
  std::optional<YamlNode> root = parse_yaml(source, found);
  bool ok = false;
  if (root && root->kind == YamlNode::Kind::null) {
    found.report(file_start(&source), rules::file_empty, "file is empty; expected a mapping");
  } else if (root) {
    ok = read_any(*root, model, found);
    if (ok && found.empty()) cache.store(source, model);
  }
  diags.append(std::move(found));
  return ok;
}

template bool read_model(const SourceFile&, PlanMeta&, Diagnostics&, const ParseCache&);
template bool read_model(const SourceFile&, Registry&, Diagnostics&, const ParseCache&);
template bool read_model(const SourceFile&, std::vector<Event>&, Diagnostics&, const ParseCache&);
template bool read_model(const SourceFile&, TaskFile&, Diagnostics&, const ParseCache&);
template bool read_model(const SourceFile&, std::vector<ProgressRecord>&, Diagnostics&,
                         const ParseCache&);

void run_in_parallel(std::size_t count, const std::function<void(std::size_t)>& job) {
  std::atomic<std::size_t> next{0};
  // The failure of the first file in order, not of whichever thread failed first, so a
  // run reports the same error every time.
  std::exception_ptr failure;
  std::size_t failed_at = count;
  std::mutex failure_mutex;
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        job(i);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (i < failed_at) {
          failure = std::current_exception();
          failed_at = i;
        }
      }
    }
  };
  std::size_t threads_wanted = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 16);
  threads_wanted = std::min(threads_wanted, count);
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < threads_wanted; ++i) threads.emplace_back(worker);
  worker();
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace plancheck
