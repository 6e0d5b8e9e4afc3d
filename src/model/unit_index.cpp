// SPDX-License-Identifier: MIT
#include "model/unit_index.h"

#include <algorithm>

#include "source/first_seen.h"
#include "text/lookalike.h"
#include "text/spelling.h"
#include "text/utf8.h"

namespace plancheck {
namespace {

std::optional<std::pair<std::string, std::string>> split_parenthesized(const std::string& name) {
  // After NFKC the plan's （） are ASCII parentheses.
  if (!name.ends_with(')')) return std::nullopt;
  std::size_t open = name.rfind('(');
  if (open == std::string::npos || open == 0) return std::nullopt;
  return std::make_pair(name.substr(0, open), name.substr(open + 1, name.size() - open - 2));
}

}  // namespace

bool report_name_problem(const Text& name, Diagnostics& diags) {
  NameProblem problem = name_problem(name.value);
  if (!problem.found) return false;
  std::string character = fmt::format("U+{:04X}", problem.code_point);
  if (problem.edge_space) {
    diags
        .report(name.loc, rules::unit_name, "the name '{}' begins or ends with a space ({})",
                name.value, character)
        .help = message("delete the space: it does not show, and makes another name");
  } else if (problem.odd_space) {
    diags
        .report(name.loc, rules::unit_name,
                "the name '{}' holds a space that is not an ordinary one ({})", name.value,
                character)
        .help =
        message("write an ordinary space, or none: this one looks the same and makes another name");
  } else if (problem.code_point < 0x20 ||
             (problem.code_point >= 0x7F && problem.code_point < 0xA0)) {
    diags
        .report(name.loc, rules::unit_name, "the name '{}' holds a control character {}",
                name.value, character)
        .help = message("a name is one line of printable text; delete it");
  } else {
    diags
        .report(name.loc, rules::unit_name, "the name '{}' holds an invisible character {}",
                name.value, character)
        .help = message("delete it: it prints nothing, so the name would look like another one");
  }
  return true;
}

UnitIndex UnitIndex::build(const Registry& registry, Diagnostics& diags) {
  UnitIndex index(registry);
  FirstSeen defined;
  auto define = [&](const Text& name, UnitTarget target) {
    std::string key = nfkc(name.value);
    if (const SourceLoc* first = defined.earlier(key, name.loc)) {
      diags.report(name.loc, rules::unit_duplicate, "name '{}' is defined twice", name.value)
          .notes.push_back(Note{*first, message("first defined here")});
      return;
    }
    bool odd = report_name_problem(name, diags);
    // Two names a reader takes for each other are one mistake waiting to happen: a task
    // naming the wrong one would look right.
    auto [seen, fresh] = index.skeletons_.emplace(lookalike_skeleton(key), name.value);
    if (!fresh) {
      const SourceLoc* other = defined.earlier(nfkc(seen->second), name.loc);
      Diagnostic& d = diags.report(name.loc, rules::unit_lookalike,
                                   "'{}' looks like '{}' but is written with other characters",
                                   name.value, seen->second);
      d.help = message(
          "write one unit one way (an alias can take the other spelling); name two "
          "units so they can be told apart");
      if (other) d.notes.push_back(Note{*other, message("'{}' is defined here", seen->second)});
    }
    index.spellings_.push_back(name.value);
    if (target.kind != UnitTarget::Kind::none) {
      index.by_name_.emplace(key, target);
      // The name as it prints stands for it too, so tasks that write it that way are not
      // reported a second time as naming an unknown unit.
      if (odd) index.by_name_.emplace(nfkc(printed_name(name.value)), target);
    }
  };
  for (std::size_t i = 0; i < registry.units.size(); ++i) {
    define(registry.units[i].name, UnitTarget{UnitTarget::Kind::unit, i});
  }
  for (std::size_t i = 0; i < registry.groups.size(); ++i) {
    define(registry.groups[i].name, UnitTarget{UnitTarget::Kind::group, i});
  }
  for (const Alias& alias : registry.aliases) {
    define(alias.name, UnitTarget{});
    index.aliases_.emplace(nfkc(alias.name.value), nfkc(alias.target.value));
  }

  auto kind_term = [](UnitTarget::Kind kind) {
    switch (kind) {
      case UnitTarget::Kind::group:
        return term("group");
      case UnitTarget::Kind::unit:
        return term("unit");
      case UnitTarget::Kind::none:
        break;
    }
    return term("unit or group");
  };
  auto expect = [&](const Text& ref, UnitTarget::Kind kind, Term role) {
    if (report_name_problem(ref, diags)) return;
    auto target = index.lookup(nfkc(ref.value));
    if (target && kind != UnitTarget::Kind::none && target->kind != kind) {
      diags.report(ref.loc, rules::unit_kind, "{} '{}' is a {}, not a {}", role, ref.value,
                   kind_term(target->kind), kind_term(kind));
      return;
    }
    if (!target) {
      Diagnostic& d =
          diags.report(ref.loc, rules::unit_unknown, "{} '{}' is not a {} in the registry", role,
                       ref.value, kind_term(kind));
      std::string suggestion = closest_match(ref.value, index.spellings_);
      if (!suggestion.empty()) d.help = message("did you mean '{}'?", suggestion);
    }
  };
  for (const Unit& unit : registry.units) {
    if (unit.hosted_by) expect(*unit.hosted_by, UnitTarget::Kind::unit, term("host"));
  }
  for (const Group& group : registry.groups) {
    for (const Text& member : group.members) {
      expect(member, UnitTarget::Kind::none, term("member"));
    }
    if (group.within) expect(*group.within, UnitTarget::Kind::group, term("parent group"));
  }
  std::unordered_map<std::string, const Alias*> alias_named;
  for (const Alias& alias : registry.aliases) alias_named.emplace(nfkc(alias.name.value), &alias);
  for (const Alias& alias : registry.aliases) {
    // One step from a spelling to its unit: a chain of aliases hides what a name means.
    auto next = alias_named.find(nfkc(alias.target.value));
    if (next == alias_named.end()) {
      expect(alias.target, UnitTarget::Kind::none, term("alias target"));
    } else if (next->second == &alias) {
      diags
          .report(alias.target.loc, rules::alias_chain, "alias '{}' names itself", alias.name.value)
          .help = message("point it at the unit or group it stands for");
    } else if (const Text& further = next->second->target;
               nfkc(further.value) == nfkc(alias.name.value)) {
      diags
          .report(alias.target.loc, rules::alias_chain, "aliases '{}' and '{}' name each other",
                  alias.name.value, alias.target.value)
          .help = message("point each at the unit or group it stands for");
    } else {
      diags
          .report(alias.target.loc, rules::alias_chain,
                  "alias target '{}' is itself an alias (of '{}')", alias.target.value,
                  further.value)
          .help = message("point the alias at '{}' itself", further.value);
    }
  }
  index.check_group_cycles(diags);
  return index;
}

// Groups contain their member groups, and a group `within` another is contained by it; a
// group that contains itself, directly or round a cycle, has no members to expand to.
void UnitIndex::check_group_cycles(Diagnostics& diags) const {
  const std::vector<Group>& groups = registry_->groups;
  // contains[g]: each group g contains, with the name that says so.
  std::vector<std::vector<std::pair<std::size_t, const Text*>>> contains(groups.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (const Text& member : groups[g].members) {
      auto target = lookup(nfkc(member.value));
      if (target && target->kind == UnitTarget::Kind::group) {
        contains[g].emplace_back(target->index, &member);
      }
    }
    if (groups[g].within) {
      auto parent = lookup(nfkc(groups[g].within->value));
      if (parent && parent->kind == UnitTarget::Kind::group) {
        contains[parent->index].emplace_back(g, &*groups[g].within);
      }
    }
  }
  // Depth first, with a stack of its own: a registry may chain thousands of groups.
  enum class Mark { unseen, open, done };
  std::vector<Mark> marks(groups.size(), Mark::unseen);
  std::vector<std::pair<std::size_t, std::size_t>> path;  // group, next edge to follow
  for (std::size_t root = 0; root < groups.size(); ++root) {
    if (marks[root] != Mark::unseen) continue;
    marks[root] = Mark::open;
    path.emplace_back(root, 0);
    while (!path.empty()) {
      auto& [g, edge] = path.back();
      if (edge == contains[g].size()) {
        marks[g] = Mark::done;
        path.pop_back();
        continue;
      }
      // Named copies, not a structured binding: a lambda below captures `next`.
      std::size_t next = contains[g][edge].first;
      const Text* written = contains[g][edge].second;
      ++edge;
      if (marks[next] == Mark::unseen) {
        marks[next] = Mark::open;
        path.emplace_back(next, 0);
      } else if (marks[next] == Mark::open) {
        auto from = std::find_if(path.begin(), path.end(),
                                 [&](const auto& step) { return step.first == next; });
        std::vector<std::string> names;
        for (auto it = from; it != path.end(); ++it) names.push_back(groups[it->first].name.value);
        names.push_back(groups[next].name.value);
        diags
            .report(written->loc, rules::group_cycle, "group '{}' contains itself: {}",
                    groups[next].name.value, fmt::format("{}", fmt::join(names, " → ")))
            .help = message(
            "a group lists its members, and `within` names a larger group; "
            "take one link of the cycle out");
      }
    }
  }
}

std::optional<UnitTarget> UnitIndex::lookup(const std::string& normalized) const {
  if (auto it = by_name_.find(normalized); it != by_name_.end()) return it->second;
  if (auto alias = aliases_.find(normalized); alias != aliases_.end()) {
    if (auto it = by_name_.find(alias->second); it != by_name_.end()) return it->second;
  }
  return std::nullopt;
}

UnitIndex::Resolution UnitIndex::resolve(std::string_view written) const {
  std::string key = nfkc(written);
  if (auto target = lookup(key)) return {*target, {}, {}, {}};
  if (auto parts = split_parenthesized(key)) {
    auto [office, host] = *parts;
    if (auto target = lookup(office); target && target->kind == UnitTarget::Kind::unit) {
      const Unit& unit = registry_->units[target->index];
      bool hosted = unit.hosted_by && nfkc(unit.hosted_by->value) == host;
      bool badged = unit.badge && nfkc(unit.badge->value) == host;
      if (hosted || badged) return {*target, {}, {}, {}};
      std::string actual =
          unit.hosted_by ? unit.hosted_by->value : (unit.badge ? unit.badge->value : std::string());
      Resolution r{
          {}, message("'{}' is not hosted by '{}'", unit.name.value, host), {}, &rules::unit_host};
      r.help = actual.empty() ? message("the registry gives '{}' no host; add hosted_by or badge",
                                        unit.name.value)
                              : message("the registry says '{}（{}）'", unit.name.value, actual);
      return r;
    }
  }
  if (auto alike = skeletons_.find(lookalike_skeleton(key)); alike != skeletons_.end()) {
    return {{},
            message("unknown unit '{}': it looks like '{}' but is written with other characters",
                    written, alike->second),
            message("write it as units.yaml does: '{}'", alike->second),
            &rules::unit_unknown};
  }
  Resolution r{{}, message("unknown unit '{}'", written), {}, &rules::unit_unknown};
  std::string suggestion = closest_match(written, spellings_);
  r.help = suggestion.empty() ? message("add it to units.yaml (a unit, a group or an alias)")
                              : message("did you mean '{}'?", suggestion);
  return r;
}

const std::string& UnitIndex::name_of(UnitTarget target) const {
  static const std::string none;
  if (target.kind == UnitTarget::Kind::unit) return registry_->units[target.index].name.value;
  if (target.kind == UnitTarget::Kind::group) return registry_->groups[target.index].name.value;
  return none;
}

bool UnitIndex::group_contains(std::size_t group, std::size_t unit) const {
  // Groups nest as deep as a registry writes them (validate has refused cycles), so walk
  // them with a list of groups to open and a mark on each one opened.
  std::vector<bool> opened(registry_->groups.size(), false);
  std::vector<std::size_t> to_open{group};
  opened[group] = true;
  while (!to_open.empty()) {
    std::size_t g = to_open.back();
    to_open.pop_back();
    for (const Text& member : registry_->groups[g].members) {
      auto target = lookup(nfkc(member.value));
      if (!target) continue;
      if (target->kind == UnitTarget::Kind::unit && target->index == unit) return true;
      if (target->kind == UnitTarget::Kind::group && !opened[target->index]) {
        opened[target->index] = true;
        to_open.push_back(target->index);
      }
    }
  }
  return false;
}

bool UnitIndex::concerns(UnitTarget named, UnitTarget unit) const {
  return !via(named, unit).empty() || (named.kind == unit.kind && named.index == unit.index &&
                                       named.kind != UnitTarget::Kind::none);
}

std::string UnitIndex::via(UnitTarget named, UnitTarget unit) const {
  if (named.kind == UnitTarget::Kind::none || unit.kind != UnitTarget::Kind::unit) return "";
  if (named.kind == UnitTarget::Kind::group && group_contains(named.index, unit.index)) {
    return name_of(named);
  }
  if (named.kind == UnitTarget::Kind::unit && named.index != unit.index) {
    const Unit& office = registry_->units[named.index];
    if (office.hosted_by && nfkc(office.hosted_by->value) == nfkc(name_of(unit))) {
      return office.name.value;
    }
  }
  return "";
}

}  // namespace plancheck
