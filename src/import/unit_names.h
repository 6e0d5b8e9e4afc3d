// SPDX-License-Identifier: MIT
#pragma once

#include "import/draft.h"
#include "model/unit_index.h"
#include "source/diagnostics.h"
#include "source/source_file.h"

namespace plancheck {

/// Resolves every unit the draft's tasks name against `registry` (none: nothing
/// resolves) and lists the others as new, unverified entries for the draft's units.yaml:
/// X（Y） becomes office X hosted by Y, a collective name (各…, …成员单位) a group whose
/// members are unknown, anything else a unit whose kind is guessed from its ending.
void resolve_units(Draft& draft, const UnitIndex* registry, const SourceFile& file,
                   Diagnostics& diags);

/// The units.yaml kind a name's ending suggests (局 department, 镇 town, 办 office …).
std::string guess_unit_kind(std::string_view name);

}  // namespace plancheck
