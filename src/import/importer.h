// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "calendar/dates.h"
#include "import/draft.h"
#include "model/unit_index.h"
#include "source/diagnostics.h"
#include "source/source_file.h"

namespace plancheck {

struct ImportOptions {
  const UnitIndex* registry = nullptr;  ///< names to resolve against; none: all are new
  int year = 0;                         ///< overrides the year read from the text
  std::string plan_id;                  ///< a slug; empty: from the file's name
  Date today;                           ///< its year is assumed when the text gives none
};

/// Turns an official plan text (already UTF-8, in `file`) into a draft plan: header →
/// plan.yaml, numbering → outline and tasks, annotations → units, phrases → milestones.
/// Findings point into `file`; the draft has no tasks when the text has no structure.
Draft import_plan_text(const SourceFile& file, const ImportOptions& options, Diagnostics& diags);

}  // namespace plancheck
