// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model.h"
#include "source/diagnostics.h"

namespace plancheck {

/// Looks unit names up the way the plan writes them: NFKC-equal names are one name,
/// aliases point at their target, and X（Y） is office X when Y is its host or badge.
class UnitIndex {
 public:
  struct Resolution {
    UnitTarget target;
    Message error;  ///< empty when resolved
    Message help;
    const Rule* rule = &rules::unit_unknown;  ///< or unit_host (X（Y） with the wrong host)
  };

  /// Builds the index and checks the registry itself: duplicate names, and hosts,
  /// badges, members, subgroups and alias targets that name nothing.
  static UnitIndex build(const Registry& registry, Diagnostics& diags);

  Resolution resolve(std::string_view written) const;
  /// The registry's own spelling of a resolved target.
  const std::string& name_of(UnitTarget target) const;
  /// Whether a task naming `named` concerns `unit`: the same unit, a group it is a
  /// member of (through subgroups too), or an office it hosts.
  bool concerns(UnitTarget named, UnitTarget unit) const;
  /// How `named` reaches `unit`, for reports: "" when it is the unit itself, else the
  /// group's or hosted office's name.
  std::string via(UnitTarget named, UnitTarget unit) const;

 private:
  explicit UnitIndex(const Registry& registry) : registry_(&registry) {}
  std::optional<UnitTarget> lookup(const std::string& normalized) const;
  void check_group_cycles(Diagnostics& diags) const;
  bool group_contains(std::size_t group, std::size_t unit) const;

  const Registry* registry_;
  std::unordered_map<std::string, UnitTarget> by_name_;
  std::unordered_map<std::string, std::string> aliases_;    // normalized → normalized target
  std::vector<std::string> spellings_;                      // for "did you mean"
  std::unordered_map<std::string, std::string> skeletons_;  // lookalike skeleton → spelling
};

/// Reports a name (of a unit, or written in a task) that holds what prints nothing: a
/// leading or trailing space, an invisible or a control character. True if it did.
bool report_name_problem(const Text& name, Diagnostics& diags);

}  // namespace plancheck
