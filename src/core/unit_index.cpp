// SPDX-License-Identifier: MIT
#include "core/unit_index.h"

#include "core/first_seen.h"
#include "core/spelling.h"
#include "core/utf8.h"

namespace plancheck {
namespace {

constexpr int kMaxGroupDepth = 8;

std::optional<std::pair<std::string, std::string>> split_parenthesized(const std::string& name) {
  // After NFKC the plan's （） are ASCII parentheses.
  if (!name.ends_with(')')) return std::nullopt;
  std::size_t open = name.rfind('(');
  if (open == std::string::npos || open == 0) return std::nullopt;
  return std::make_pair(name.substr(0, open), name.substr(open + 1, name.size() - open - 2));
}

}  // namespace

UnitIndex UnitIndex::build(const Registry& registry, Diagnostics& diags) {
  UnitIndex index(registry);
  FirstSeen defined;
  auto define = [&](const Text& name, UnitTarget target) {
    std::string key = nfkc(name.value);
    if (const SourceLoc* first = defined.earlier(key, name.loc)) {
      diags.error(name.loc, "unit-duplicate", "name '{}' is defined twice", name.value)
          .notes.push_back(Note{*first, message("first defined here")});
      return;
    }
    index.spellings_.push_back(name.value);
    if (target.kind != UnitTarget::Kind::none) index.by_name_.emplace(key, target);
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
    auto target = index.lookup(nfkc(ref.value));
    if (target && kind != UnitTarget::Kind::none && target->kind != kind) {
      diags.error(ref.loc, "unit-kind", "{} '{}' is a {}, not a {}", role, ref.value,
                  kind_term(target->kind), kind_term(kind));
      return;
    }
    if (!target) {
      Diagnostic& d = diags.error(ref.loc, "unit-unknown", "{} '{}' is not a {} in the registry",
                                  role, ref.value, kind_term(kind));
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
  for (const Alias& alias : registry.aliases) {
    expect(alias.target, UnitTarget::Kind::none, term("alias target"));
  }
  return index;
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
          {}, message("'{}' is not hosted by '{}'", unit.name.value, host), {}, "unit-host"};
      r.help = actual.empty() ? message("the registry gives '{}' no host; add hosted_by or badge",
                                        unit.name.value)
                              : message("the registry says '{}（{}）'", unit.name.value, actual);
      return r;
    }
  }
  Resolution r{{}, message("unknown unit '{}'", written), {}, "unit-unknown"};
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

bool UnitIndex::group_contains(std::size_t group, std::size_t unit, int depth) const {
  if (depth > kMaxGroupDepth) return false;
  for (const Text& member : registry_->groups[group].members) {
    auto target = lookup(nfkc(member.value));
    if (!target) continue;
    if (target->kind == UnitTarget::Kind::unit && target->index == unit) return true;
    if (target->kind == UnitTarget::Kind::group && group_contains(target->index, unit, depth + 1)) {
      return true;
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
  if (named.kind == UnitTarget::Kind::group && group_contains(named.index, unit.index, 0)) {
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
