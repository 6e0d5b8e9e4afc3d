// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "calendar/dates.h"
#include "source/source_file.h"
#include "when/schedule.h"
#include "when/text_phrases.h"

namespace plancheck {

struct DocumentRef {
  std::string doc_number;
  std::string title;
  std::string issuer;
};

struct OutlineEntry {
  Text id;
  std::string title;
};

struct PlanMeta {
  Text id;
  std::string doc_number;
  std::string title;
  std::string issuer;
  Date issued{};
  SourceLoc issued_loc;
  int year = 0;
  std::string language;
  /// Where the plan applies, as written (北京市, 四川省成都市); empty: the issuer's place.
  std::string region;
  std::vector<DocumentRef> implements;
  std::vector<OutlineEntry> outline;
};

enum class UnitKind {
  department,
  party_department,
  police_branch,
  office,
  command_office,
  park_committee,
  subdistrict,
  town,
  township
};

struct Unit {
  Text name;
  std::string full_name;
  UnitKind kind = UnitKind::department;
  std::optional<Text> hosted_by;
  std::optional<Text> badge;
  bool verified = false;
  std::string note;
};

struct Group {
  Text name;
  std::vector<Text> members;
  bool members_known = false;
  std::optional<Text> within;
  bool verified = false;
  std::string note;
};

struct Alias {
  Text name;
  Text target;
};

struct Registry {
  std::vector<Unit> units;
  std::vector<Group> groups;
  std::vector<Alias> aliases;
};

struct Event {
  Text id;
  std::string what;
  std::optional<Date> date, start, end;
  std::string source;
  std::string note;
  bool verified = false;
};

/// Index of a registry entry a unit reference resolved to.
struct UnitTarget {
  enum class Kind { none, unit, group };
  Kind kind = Kind::none;
  std::size_t index = 0;
};

struct UnitRef {
  Text written;
  UnitTarget target;
};

struct Milestone {
  std::string id;  ///< task id + letter: 3.1.2a
  Text what;
  Text when;
  std::optional<Text> event;
  std::string note;
  std::optional<Schedule> schedule;  ///< set once the phrase compiled
};

struct Task {
  Text id;
  std::string section;
  Text title;
  Text text;
  std::vector<UnitRef> lead;
  std::vector<UnitRef> responsible;
  std::vector<UnitRef> data_provider;
  std::string note;
  std::vector<Milestone> milestones;
  /// The dated phrases in `text`, found when the file is read (in parallel, and kept in
  /// the parse cache) so checks across the plan need not scan text again.
  std::vector<PhraseMatch> text_phrases;
};

/// One line of progress.yaml: a milestone, or one occurrence of a recurring one
/// (3.3.1a@2017-07), was done on a date.
struct ProgressRecord {
  Text milestone;
  Date done{};
  SourceLoc done_loc;
  std::optional<Text> by;
  std::string note;
};

/// The plan as loaded and checked: every source file it came from is kept so that
/// findings made long after loading can still quote their line.
struct Plan {
  std::string dir;
  std::vector<std::unique_ptr<SourceFile>> sources;
  PlanMeta meta;
  bool meta_ok = false;
  Registry registry;
  bool registry_ok = false;
  std::vector<Event> events;
  bool events_ok = false;
  std::vector<Task> tasks;
  std::vector<ProgressRecord> progress;  ///< progress.yaml, when the plan has one
  bool progress_ok = true;
  /// The shipped official calendar with the plan's calendar.tsv added (next year's
  /// notice); null when the plan has none, or it does not read.
  std::shared_ptr<const OfficialCalendar> calendar;
};

}  // namespace plancheck
