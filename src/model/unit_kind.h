// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string_view>
#include <utility>

#include "model/model.h"

namespace plancheck {

/// Each unit kind with the name units.yaml writes it by (`kind: park-committee`).
inline constexpr std::array<std::pair<std::string_view, UnitKind>, 9> kUnitKinds = {{
    {"department", UnitKind::department},
    {"party-department", UnitKind::party_department},
    {"police-branch", UnitKind::police_branch},
    {"office", UnitKind::office},
    {"command-office", UnitKind::command_office},
    {"park-committee", UnitKind::park_committee},
    {"subdistrict", UnitKind::subdistrict},
    {"town", UnitKind::town},
    {"township", UnitKind::township},
}};

/// The name units.yaml writes `kind` by.
constexpr std::string_view unit_kind_name(UnitKind kind) {
  for (auto [name, each] : kUnitKinds) {
    if (each == kind) return name;
  }
  return "department";
}

}  // namespace plancheck
