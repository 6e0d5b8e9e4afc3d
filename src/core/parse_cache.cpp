// SPDX-License-Identifier: MIT
#include "core/parse_cache.h"

#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>
#include <xxhash.h>

#include <atomic>
#include <cereal/archives/binary.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace plancheck {

// What the cache stores of the model. Positions keep line and column; the file they point
// into is the one being loaded, set when an entry is read. Resolved unit targets and
// compiled timings are not stored: the checks that make them run on every load.
template <class Archive>
void serialize(Archive& archive, SourceLoc& loc) {
  archive(loc.line, loc.col, loc.len);
}
template <class Archive>
void serialize(Archive& archive, Text& text) {
  archive(text.value, text.loc);
}
template <class Archive>
void serialize(Archive& archive, UnitRef& ref) {
  archive(ref.written);
}
template <class Archive>
void serialize(Archive& archive, Milestone& m) {
  archive(m.id, m.what, m.when, m.event, m.note);
}
template <class Archive>
void serialize(Archive& archive, Task& t) {
  archive(t.id, t.section, t.title, t.text, t.lead, t.responsible, t.data_provider, t.note,
          t.milestones);
}
template <class Archive>
void serialize(Archive& archive, TaskFile& file) {
  archive(file.section, file.tasks);
}

namespace {

// Bump when the model or what the readers accept changes; with the version this is the
// build's identity, and an entry from any other build is ignored.
constexpr int kCacheFormat = 1;
constexpr std::string_view kVersion = "0.1.0";

std::string content_key(std::string_view bytes) {
  XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
  return fmt::format("{:016x}{:016x}", hash.high64, hash.low64);
}

// First line of an entry: the build and the content it was made from.
std::string header(std::string_view key) {
  return fmt::format("plancheck-cache {} {} tasks {}\n", kCacheFormat, kVersion, key);
}

void point_into(Text& text, const SourceFile& source) { text.loc.file = &source; }

void point_into(TaskFile& file, const SourceFile& source) {
  point_into(file.section, source);
  for (Task& task : file.tasks) {
    for (Text* text : {&task.id, &task.title, &task.text}) point_into(*text, source);
    for (auto* refs : {&task.lead, &task.responsible, &task.data_provider}) {
      for (UnitRef& ref : *refs) point_into(ref.written, source);
    }
    for (Milestone& m : task.milestones) {
      point_into(m.what, source);
      point_into(m.when, source);
      if (m.event) point_into(*m.event, source);
    }
  }
}

}  // namespace

void ParseCache::prepare_dir() const {
  std::error_code ec;
  if (std::filesystem::is_directory(dir_, ec)) return;
  if (!std::filesystem::create_directories(dir_, ec)) return;
  // Kept out of version control and backups without anyone editing their own ignore files.
  std::ofstream(dir_ / ".gitignore") << "# made by plancheck; delete the folder any time\n*\n";
  std::ofstream(dir_ / "CACHEDIR.TAG")
      << "Signature: 8a477f597d28d172789f06886806bc55\n"
         "# plancheck parse cache: http://www.brynosaurus.com/cachedir/\n";
}

std::optional<TaskFile> ParseCache::find_tasks(const SourceFile& source) const {
  if (!enabled()) return std::nullopt;
  const std::string key = content_key(source.text());
  {
    std::lock_guard lock(used_mutex_);
    used_.insert(key);
  }
  std::ifstream in(dir_ / key, std::ios::binary);
  if (!in) return std::nullopt;
  std::string entry((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string expected_header = header(key);
  if (!entry.starts_with(expected_header) ||
      entry.size() < expected_header.size() + sizeof(XXH64_hash_t)) {
    return std::nullopt;
  }
  XXH64_hash_t stored_sum;
  entry.copy(reinterpret_cast<char*>(&stored_sum), sizeof stored_sum, expected_header.size());
  std::string_view payload =
      std::string_view(entry).substr(expected_header.size() + sizeof stored_sum);
  if (XXH3_64bits(payload.data(), payload.size()) != stored_sum) return std::nullopt;
  TaskFile tasks;
  try {
    std::istringstream stream{std::string(payload)};
    cereal::BinaryInputArchive archive(stream);
    archive(tasks);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  point_into(tasks, source);
  return tasks;
}

void ParseCache::store_tasks(const SourceFile& source, const TaskFile& tasks) const {
  if (!enabled()) return;
  std::error_code ec;
  std::call_once(prepared_, [this] { prepare_dir(); });
  if (!std::filesystem::is_directory(dir_, ec)) return;
  std::ostringstream payload_stream;
  {
    cereal::BinaryOutputArchive archive(payload_stream);
    archive(tasks);
  }
  const std::string payload = std::move(payload_stream).str();
  const std::string key = content_key(source.text());
  const XXH64_hash_t sum = XXH3_64bits(payload.data(), payload.size());
  // Written aside and renamed into place, so a reader never sees half an entry; no fsync,
  // as a torn entry after a crash fails its checksum and is simply made again.
  static std::atomic<unsigned> writes{0};
  const std::filesystem::path temp = dir_ / fmt::format("{}.tmp.{}.{}", key, ::getpid(), writes++);
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << header(key);
    out.write(reinterpret_cast<const char*>(&sum), sizeof sum);
    out << payload;
    if (!out) {
      std::filesystem::remove(temp, ec);
      return;
    }
  }
  std::filesystem::rename(temp, dir_ / key, ec);
  if (ec) std::filesystem::remove(temp, ec);
}

}  // namespace plancheck

namespace plancheck {

void ParseCache::remove_unused() const {
  if (!enabled()) return;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const std::string key = name.substr(0, name.find('.'));
    if (key.size() != 32 || key.find_first_not_of("0123456789abcdef") != std::string::npos) {
      continue;  // .gitignore, CACHEDIR.TAG, or a file someone put here
    }
    bool stale = false;
    if (name.size() == key.size()) {
      std::lock_guard lock(used_mutex_);
      stale = !used_.contains(key);
    } else if (auto pid_at = name.find(".tmp."); pid_at != std::string::npos) {
      long pid = std::strtol(name.c_str() + pid_at + 5, nullptr, 10);
      stale = pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
    }
    if (stale) std::filesystem::remove(it->path(), ec);
  }
}

}  // namespace plancheck
