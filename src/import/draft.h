// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace plancheck {

/// A unit name as an annotation wrote it, and the source byte offset it came from.
struct DraftUnit {
  std::string written;
  std::size_t offset = 0;
};

struct DraftMilestone {
  std::string what;
  std::string when;
  std::string event;  ///< id in the draft's events.yaml, for relative and event phrases
};

struct DraftTask {
  std::string id;
  std::string title;
  std::string text;
  std::vector<DraftUnit> lead;
  std::vector<DraftUnit> responsible;
  std::vector<DraftUnit> data_provider;
  std::vector<std::string> notes;
  std::vector<DraftMilestone> milestones;
  std::size_t offset = 0;  ///< where the item starts in the source
};

struct DraftHeading {
  std::string id;
  std::string title;
};

struct DraftEvent {
  std::string id;
  std::string what;
};

/// A piece of the source the importer did not place in a task, kept so nothing is lost.
struct Leftover {
  std::size_t line = 0;
  std::string text;
  std::string why;
};

struct DraftDocRef {
  std::string doc_number;
  std::string title;
};

struct DraftMeta {
  std::string id;
  std::string doc_number;
  std::string title;
  std::string issuer;
  std::string issued;  ///< YYYY-MM-DD
  int year = 0;
  std::vector<DraftDocRef> implements;
};

/// A unit the registry does not know, for the draft's units.yaml (unverified).
struct DraftNewUnit {
  std::string name;
  std::string kind;       ///< a units.yaml kind, guessed from the name's ending
  std::string hosted_by;  ///< written X（Y）: the office X in host Y
  bool group = false;     ///< a collective name (各乡镇, 成员单位): members unknown
  std::size_t line = 0;   ///< first named here
};

/// What one import produced, before it is written anywhere.
struct Draft {
  DraftMeta meta;
  std::vector<DraftHeading> outline;
  std::vector<DraftTask> tasks;  ///< in document order
  std::vector<DraftEvent> events;
  std::vector<Leftover> leftover;
  std::vector<DraftNewUnit> new_units;
  std::size_t units_named = 0;  ///< distinct names in annotations
  std::size_t units_resolved = 0;
  std::size_t phrases_found = 0;
  std::size_t phrases_compiled = 0;
};

}  // namespace plancheck
