// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

/// One name cut from a list of units, with where it starts in the list (characters).
struct ListedUnit {
  std::u32string name;
  std::size_t at = 0;
  bool prefix_added = false;  ///< written with the level of the name before it
};

struct UnitList {
  std::vector<ListedUnit> units;
  bool open_ended = false;  ///< the list ended in 等: more units than it names
};

/// Whether the registry knows a name; the splitter prefers names it knows.
using KnownUnit = std::function<bool(const std::u32string&)>;

/// Splits 区环保局、区交通局 into names: separators inside brackets do not count, a
/// name that drops its level takes the one before it (市工信委、城乡建设局 is
/// 市城乡建设局), 各县、区人民政府 is one collective name, and a trailing 等 is noted.
UnitList split_unit_list(std::u32string_view list, const KnownUnit& known);

/// Whether a name names a collective (各乡镇, 成员单位, 有关部门) rather than one unit.
bool is_collective_name(std::u32string_view name);

}  // namespace plancheck
