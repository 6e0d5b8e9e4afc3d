// SPDX-License-Identifier: MIT
#include "import/unit_names.h"

#include <unordered_set>

#include "import/text_util.h"
#include "import/unit_list.h"
#include "text/utf8.h"

namespace plancheck {

using namespace import_text;

std::string guess_unit_kind(std::string_view name) {
  std::u32string n = to_u32(name);
  if (n.ends_with(U"街道") || n.ends_with(U"街道办事处")) return "subdistrict";
  if (n.ends_with(U"镇")) return "town";
  if (n.ends_with(U"乡")) return "township";
  if (n.ends_with(U"分局")) return "police-branch";
  if (n.ends_with(U"管委会") || n.ends_with(U"管委")) return "park-committee";
  if (n.ends_with(U"指挥部办公室")) return "command-office";
  if (n.find(U"委") != std::u32string::npos && n.ends_with(U"部")) return "party-department";
  if (n.starts_with(U"中共") || n.find(U"区委") == 0 || n.find(U"市委") == 0 ||
      n.find(U"县委") == 0) {
    return "party-department";
  }
  if (n.ends_with(U"办") || n.ends_with(U"办公室") || n.ends_with(U"室")) return "office";
  return "department";
}

namespace {

class NewUnits {
 public:
  NewUnits(Draft& draft, const UnitIndex* registry) : draft_(draft), registry_(registry) {}

  bool known(const std::string& name) const {
    if (registry_ && registry_->resolve(name).error.empty()) return true;
    return added_.contains(nfkc(name));
  }

  void add(const std::string& name, std::size_t line, int depth = 0) {
    if (known(name)) return;
    std::u32string n = to_u32(nfkc(name));
    DraftNewUnit unit;
    unit.line = line;
    if (is_collective_name(to_u32(name))) {
      unit.name = name;
      unit.group = true;
    } else if (depth == 0 && n.ends_with(U")") && n.find(U'(') != std::u32string::npos &&
               n.find(U'(') > 0) {
      // 区大气办（区环保局）: the office, hosted by the unit in brackets.
      std::u32string original = to_u32(name);
      std::size_t open = original.find_last_of(U"（(");
      std::string office = to_utf8(original.substr(0, open));
      std::string host = to_utf8(original.substr(open + 1, original.size() - open - 2));
      add(host, line, depth + 1);  // a host is one name: its own brackets are not read again
      if (known(office)) return;   // a registry entry with another host: validate says so
      unit.name = office;
      unit.hosted_by = host;
      unit.kind = guess_unit_kind(office);
      if (unit.kind == "department") unit.kind = "office";
    } else {
      unit.name = name;
      unit.kind = guess_unit_kind(name);
    }
    added_.insert(nfkc(unit.name));
    draft_.new_units.push_back(std::move(unit));
  }

 private:
  Draft& draft_;
  const UnitIndex* registry_;
  std::unordered_set<std::string> added_;
};

}  // namespace

void resolve_units(Draft& draft, const UnitIndex* registry, const SourceFile& file,
                   Diagnostics& diags) {
  NewUnits added(draft, registry);
  std::unordered_set<std::string> seen;
  for (const DraftTask& task : draft.tasks) {
    for (const auto* list : {&task.lead, &task.responsible, &task.data_provider}) {
      for (const DraftUnit& unit : *list) {
        if (!seen.insert(nfkc(unit.written)).second) continue;
        ++draft.units_named;
        if (registry && registry->resolve(unit.written).error.empty()) {
          ++draft.units_resolved;
          continue;
        }
        auto [line, byte_col] =
            file.line_and_byte_column(std::min(unit.offset, file.text().size()));
        if (registry) {
          auto resolution = registry->resolve(unit.written);
          SourceLoc at{&file, line, file.char_column(line, byte_col),
                       static_cast<std::uint32_t>(count_chars(unit.written))};
          Diagnostic& d = diags.report(at, rules::import_unit,
                                       "{}; added to units.yaml as unverified", resolution.error);
          d.help = resolution.help;
        }
        added.add(unit.written, line);
      }
    }
  }
}

}  // namespace plancheck
