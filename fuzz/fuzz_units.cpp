// SPDX-License-Identifier: MIT
// Lines of bytes as unit names: a registry built from them (units, an office hosted by
// the first, a group of all) and every line resolved against it.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "model/unit_index.h"

using namespace plancheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line) && lines.size() < 64;) lines.push_back(line);
  if (lines.empty()) return 0;
  Registry registry;
  Group group;
  group.name.value = "各" + lines[0];
  group.members_known = true;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Unit unit;
    unit.name.value = lines[i];
    if (i % 3 == 1) unit.hosted_by = Text{lines[0], {}};
    if (i % 3 == 2) unit.badge = Text{lines[i - 1] + "室", {}};
    registry.units.push_back(unit);
    group.members.push_back(Text{lines[i], {}});
  }
  registry.groups.push_back(group);
  registry.aliases.push_back(Alias{Text{lines.back() + "别名", {}}, Text{lines[0], {}}});
  Diagnostics diags;
  UnitIndex index = UnitIndex::build(registry, diags);
  UnitTarget first = index.resolve(lines[0]).target;
  for (const std::string& line : lines) {
    auto r = index.resolve(line);
    index.resolve(line + "(" + lines[0] + ")");
    index.concerns(r.target, first);
    index.via(UnitTarget{UnitTarget::Kind::group, 0}, r.target);
  }
  return 0;
}
