// SPDX-License-Identifier: MIT
#include "load/parse_cache.h"

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
#include <sstream>

#include "io/atomic_file.h"
#include "io/io_error.h"
#include "io/read_bytes.h"
#include "io/temp_file.h"
#include "load/plan_loader.h"
#include "text/interned.h"

// Dates are std::chrono types, so cereal finds their functions here, not by ADL.
namespace cereal {
template <class Archive>
void save(Archive& archive, const plancheck::Date& date) {
  archive(date.time_since_epoch().count());
}
template <class Archive>
void load(Archive& archive, plancheck::Date& date) {
  plancheck::Date::rep days = 0;
  archive(days);
  date = plancheck::Date{plancheck::Date::duration{days}};
}
}  // namespace cereal

namespace plancheck {

// What the cache stores of the model. A position keeps its line and column; the file it
// points into is the one being loaded, handed to the archive as its user data. Resolved
// unit targets and compiled timings are not stored: the checks that make them run on
// every load.
class InputArchive : public cereal::BinaryInputArchive {
 public:
  InputArchive(const SourceFile& loading, std::istream& in)
      : cereal::BinaryInputArchive(in), source(loading) {}
  const SourceFile& source;
};

template <class Archive>
void save(Archive& archive, const SourceLoc& loc) {
  archive(loc.line, loc.col, loc.len);
}
template <class Archive>
void load(Archive& archive, SourceLoc& loc) {
  archive(loc.line, loc.col, loc.len);
  // cereal hands loaders the base archive; every input archive made here is an
  // InputArchive, the only way entries are read.
  loc.file = &static_cast<InputArchive&>(archive).source;
}
template <class Archive>
void serialize(Archive& archive, Text& text) {
  archive(text.value, text.loc);
}
template <class Archive>
void serialize(Archive& archive, DocumentRef& ref) {
  archive(ref.doc_number, ref.title, ref.issuer);
}
template <class Archive>
void serialize(Archive& archive, OutlineEntry& entry) {
  archive(entry.id, entry.title);
}
template <class Archive>
void serialize(Archive& archive, PlanMeta& meta) {
  archive(meta.id, meta.doc_number, meta.title, meta.issuer, meta.issued, meta.issued_loc,
          meta.year, meta.language, meta.region, meta.implements, meta.outline);
}
template <class Archive>
void serialize(Archive& archive, Unit& unit) {
  archive(unit.name, unit.full_name, unit.kind, unit.hosted_by, unit.badge, unit.verified,
          unit.note);
}
template <class Archive>
void serialize(Archive& archive, Group& group) {
  archive(group.name, group.members, group.members_known, group.within, group.verified, group.note);
}
template <class Archive>
void serialize(Archive& archive, Alias& alias) {
  archive(alias.name, alias.target);
}
template <class Archive>
void serialize(Archive& archive, Registry& registry) {
  archive(registry.units, registry.groups, registry.aliases);
}
template <class Archive>
void serialize(Archive& archive, Event& event) {
  archive(event.id, event.what, event.date, event.start, event.end, event.source, event.note,
          event.verified);
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
void serialize(Archive& archive, PhraseMatch& match) {
  archive(match.offset, match.length, match.phrase, match.year_only, match.mention);
}
template <class Archive>
void serialize(Archive& archive, Task& t) {
  archive(t.id, t.section, t.title, t.text, t.lead, t.responsible, t.data_provider, t.note,
          t.milestones, t.text_phrases);
}
template <class Archive>
void serialize(Archive& archive, TaskFile& file) {
  archive(file.section, file.tasks);
}
template <class Archive>
void serialize(Archive& archive, ProgressRecord& record) {
  archive(record.milestone, record.done, record.done_loc, record.by, record.note);
}
// A message's format and a finding's rule point at literals, or, read back, at
// interned() copies: one per distinct text however many findings the cache holds.
template <class Archive>
void save_interned(Archive& archive, std::string_view text) {
  archive(std::string(text));
}
template <class Archive>
std::string_view load_interned(Archive& archive) {
  std::string text;
  archive(text);
  return interned(text);
}
template <class Archive>
void save(Archive& archive, const Message& m);
template <class Archive>
void load(Archive& archive, Message& m);
template <class Archive>
void save(Archive& archive, const MessageArg& arg) {
  archive(arg.text, arg.nested != nullptr);
  if (arg.nested) archive(*arg.nested);
}
template <class Archive>
void load(Archive& archive, MessageArg& arg) {
  bool nested = false;
  archive(arg.text, nested);
  if (nested) {
    auto m = std::make_shared<Message>();
    archive(*m);
    arg.nested = std::move(m);
  }
}
template <class Archive>
void save(Archive& archive, const Message& m) {
  save_interned(archive, m.format);
  archive(m.args);
}
template <class Archive>
void load(Archive& archive, Message& m) {
  m.format = load_interned(archive);
  archive(m.args);
}
template <class Archive>
void serialize(Archive& archive, Note& note) {
  archive(note.loc, note.message);
}
template <class Archive>
void save(Archive& archive, const Diagnostic& d) {
  archive(d.severity, d.loc);
  save_interned(archive, d.rule);
  archive(d.message, d.help, d.notes);
}
template <class Archive>
void load(Archive& archive, Diagnostic& d) {
  archive(d.severity, d.loc);
  d.rule = load_interned(archive);
  archive(d.message, d.help, d.notes);
}
template <class Archive>
void save(Archive& archive, const Diagnostics& diags) {
  archive(diags.all());
}
template <class Archive>
void load(Archive& archive, Diagnostics& diags) {
  std::vector<Diagnostic> list;
  archive(list);
  for (Diagnostic& d : list) diags.add(std::move(d));
}
template <class Archive>
void serialize(Archive& archive, TaskFileDigest& digest) {
  archive(digest.section, digest.task_ids, digest.milestone_ids, digest.findings);
}

namespace {

// Bump when the model or what the readers accept changes; with the version this is the
// build's identity, and an entry from any other build is ignored.
constexpr int kCacheFormat = 5;
constexpr std::string_view kDigestSuffix = ".checked";
// An entry is about as big as its file, which is at most kMaxPlanFileBytes.
constexpr std::size_t kMaxEntryBytes = 4 * kMaxPlanFileBytes;
constexpr std::string_view kVersion = "0.1.0";

// First line of an entry: the build and the content it was made from.
std::string header(std::string_view kind, std::string_view key) {
  return fmt::format("plancheck-cache {} {} {} {}\n", kCacheFormat, kVersion, kind, key);
}

template <class Model>
constexpr std::string_view kind_of();
template <>
constexpr std::string_view kind_of<PlanMeta>() {
  return "plan";
}
template <>
constexpr std::string_view kind_of<Registry>() {
  return "units";
}
template <>
constexpr std::string_view kind_of<std::vector<Event>>() {
  return "events";
}
template <>
constexpr std::string_view kind_of<TaskFile>() {
  return "tasks";
}
template <>
constexpr std::string_view kind_of<std::vector<ProgressRecord>>() {
  return "progress";
}

}  // namespace

ParseCache::ParseCache(std::filesystem::path dir) {
  std::error_code ec;
  auto type = std::filesystem::symlink_status(dir, ec).type();
  if (type == std::filesystem::file_type::not_found ||
      type == std::filesystem::file_type::directory) {
    dir_ = std::move(dir);
  }
}

void ParseCache::prepare_dir() const {
  std::error_code ec;
  if (std::filesystem::exists(std::filesystem::symlink_status(dir_, ec))) return;
  if (!std::filesystem::create_directories(dir_, ec)) return;
  // Kept out of version control and backups without anyone editing their own ignore files.
  // Written like every other file (a fresh temporary renamed into place), so a name planted
  // in the new folder is replaced, never followed; a cache that cannot mark itself still works.
  try {
    write_file_atomically((dir_ / ".gitignore").string(),
                          "# made by plancheck; delete the folder any time\n*\n");
    write_file_atomically((dir_ / "CACHEDIR.TAG").string(),
                          "Signature: 8a477f597d28d172789f06886806bc55\n"
                          "# plancheck parse cache: http://www.brynosaurus.com/cachedir/\n");
  } catch (const IoError&) {
  }
}

const std::string& ParseCache::key_in_use(const SourceFile& source) const {
  const std::string& key = source.content_key();
  std::lock_guard lock(used_mutex_);
  used_.insert(key);
  return key;
}

std::optional<ParseCache::Payload> ParseCache::find_payload(const SourceFile& source,
                                                            std::string_view kind,
                                                            std::string_view suffix) const {
  if (!enabled()) return std::nullopt;
  const std::string& key = key_in_use(source);
  ReadBytes read = read_bytes(dir_ / (key + std::string(suffix)), kMaxEntryBytes);
  if (read.open_error || read.read_error || read.over_limit || read.not_regular) {
    return std::nullopt;
  }
  const std::string expected_header = header(kind, key);
  const std::size_t payload_at = expected_header.size() + sizeof(XXH64_hash_t);
  if (!read.bytes.starts_with(expected_header) || read.bytes.size() < payload_at) {
    return std::nullopt;
  }
  XXH64_hash_t stored_sum;
  read.bytes.copy(reinterpret_cast<char*>(&stored_sum), sizeof stored_sum, expected_header.size());
  std::string_view payload = std::string_view(read.bytes).substr(payload_at);
  if (XXH3_64bits(payload.data(), payload.size()) != stored_sum) return std::nullopt;
  return Payload{std::move(read.bytes), payload_at};
}

void ParseCache::store_payload(const SourceFile& source, std::string_view kind,
                               std::string_view suffix, const std::string& payload) const {
  std::error_code ec;
  std::call_once(prepared_, [this] { prepare_dir(); });
  if (!std::filesystem::is_directory(std::filesystem::symlink_status(dir_, ec))) return;
  const std::string& key = key_in_use(source);
  const XXH64_hash_t sum = XXH3_64bits(payload.data(), payload.size());
  // Written aside and renamed into place, so a reader never sees half an entry; no fsync,
  // as a torn entry after a crash fails its checksum and is simply made again. The cache
  // is an optimisation: a write that fails leaves the entry to be made next time.
  try {
    TempFile temp(dir_, key + std::string(suffix));
    std::string head = header(kind, key);
    temp.write(head);
    temp.write(std::string_view(reinterpret_cast<const char*>(&sum), sizeof sum));
    temp.write(payload);
    temp.commit(dir_ / (key + std::string(suffix)));
  } catch (const IoError&) {
  }
}

namespace {

// Reads an entry where it lies, without copying it into a stream's own buffer.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string& bytes, std::size_t from) {
    setg(bytes.data() + from, bytes.data() + from, bytes.data() + bytes.size());
  }
};

template <class Value>
std::optional<Value> decode(const SourceFile& source, std::optional<ParseCache::Payload> payload) {
  if (!payload) return std::nullopt;
  Value value{};
  try {
    ViewBuffer buffer(payload->bytes, payload->at);
    std::istream stream(&buffer);
    InputArchive archive(source, stream);
    archive(value);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  return value;
}

template <class Value>
std::string encode(const Value& value) {
  std::ostringstream payload;
  {
    cereal::BinaryOutputArchive archive(payload);
    archive(value);
  }
  return std::move(payload).str();
}

std::string digest_kind(std::string_view context_key) {
  return fmt::format("checked {}", context_key);
}

}  // namespace

template <class Model>
std::optional<Model> ParseCache::find(const SourceFile& source) const {
  return decode<Model>(source, find_payload(source, kind_of<Model>(), ""));
}

template <class Model>
void ParseCache::store(const SourceFile& source, const Model& model) const {
  if (!enabled()) return;
  store_payload(source, kind_of<Model>(), "", encode(model));
}

std::optional<TaskFileDigest> ParseCache::find_digest(const SourceFile& source,
                                                      std::string_view context_key) const {
  return decode<TaskFileDigest>(source,
                                find_payload(source, digest_kind(context_key), kDigestSuffix));
}

void ParseCache::store_digest(const SourceFile& source, std::string_view context_key,
                              const TaskFileDigest& digest) const {
  // A file with that many findings is being mended, not re-checked unchanged, and its
  // entry would cost as much memory as the findings themselves.
  constexpr std::size_t kMaxFindingsKept = 1000;
  if (!enabled() || digest.findings.all().size() > kMaxFindingsKept) return;
  store_payload(source, digest_kind(context_key), kDigestSuffix, encode(digest));
}

template std::optional<PlanMeta> ParseCache::find(const SourceFile&) const;
template std::optional<Registry> ParseCache::find(const SourceFile&) const;
template std::optional<std::vector<Event>> ParseCache::find(const SourceFile&) const;
template std::optional<TaskFile> ParseCache::find(const SourceFile&) const;
template std::optional<std::vector<ProgressRecord>> ParseCache::find(const SourceFile&) const;
template void ParseCache::store(const SourceFile&, const PlanMeta&) const;
template void ParseCache::store(const SourceFile&, const Registry&) const;
template void ParseCache::store(const SourceFile&, const std::vector<Event>&) const;
template void ParseCache::store(const SourceFile&, const TaskFile&) const;
template void ParseCache::store(const SourceFile&, const std::vector<ProgressRecord>&) const;

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
    if (name.size() == key.size() || name.substr(key.size()) == kDigestSuffix) {
      std::lock_guard lock(used_mutex_);
      stale = !used_.contains(key);
    }
    if (stale) std::filesystem::remove(it->path(), ec);
  }
  remove_stale_temporaries(dir_);
}

}  // namespace plancheck
