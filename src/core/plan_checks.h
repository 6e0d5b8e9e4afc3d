// SPDX-License-Identifier: MIT
#pragma once

#include "core/diagnostics.h"
#include "core/model.h"
#include "core/unit_index.h"

namespace plancheck {

/// Outline and task ids: known sections, ids under their section, numbering in order
/// without gaps, no id defined twice.
void check_ids(const Plan& plan, Diagnostics& diags);
/// Event ids are unique.
void check_events(const Plan& plan, Diagnostics& diags);
/// Resolves every lead, responsible and data-provider name of every task.
void resolve_task_units(Plan& plan, const UnitIndex& units, Diagnostics& diags);
/// Parses and compiles every milestone's `when:`; warns on deadlines before the issue date.
void compile_milestones(Plan& plan, Diagnostics& diags);
/// Warns where a task's text names a date that none of its milestones falls on.
void check_text_phrases(const Plan& plan, Diagnostics& diags);

/// Progress records name real milestones (and periods of repeating ones) once each,
/// done no earlier than the plan's issue, by a known unit (`units` may be null).
void check_progress(const Plan& plan, const UnitIndex* units, Diagnostics& diags);

/// Where the characters of a one-line scalar, quoted or plain, stand on its line. Finding
/// the scalar on its line costs its length, so many places in one text share one finder.
class ScalarPlaces {
 public:
  explicit ScalarPlaces(const Text& text);
  /// Characters [offset, offset + length); the scalar's own place when its text is not
  /// written as it is on its line (escapes, a value folded over lines).
  SourceLoc at(std::size_t offset, std::size_t length) const;

 private:
  SourceLoc scalar_;
  bool verbatim_ = false;
  std::uint32_t quote_ = 0;  ///< 1 when the value opens with a quote
};

/// ScalarPlaces(text).at(offset, length), for a single place.
SourceLoc loc_within(const Text& text, std::size_t offset, std::size_t length);

}  // namespace plancheck
