// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "calendar/official_calendar.h"
#include "source/diagnostics.h"
#include "source/source_file.h"

namespace plancheck {

/// `base` with the days of a schedule file added (a plan's calendar.tsv, `when --calendar`):
/// null when the file does not read, and then each of its problems is in `diags`, at its
/// line and column.
std::shared_ptr<const OfficialCalendar> read_calendar_file(const SourceFile& source,
                                                           const OfficialCalendar& base,
                                                           Diagnostics& diags);

}  // namespace plancheck
