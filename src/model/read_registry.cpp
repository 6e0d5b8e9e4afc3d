// SPDX-License-Identifier: MIT
#include <array>

#include "model/plan_files.h"
#include "model/unit_kind.h"
#include "text/spelling.h"
#include "yaml/yaml_reader.h"

namespace plancheck {
namespace {

void read_unit_kind(const YamlNode& node, Unit& unit, Diagnostics& diags) {
  auto text = read_text(node, "kind", diags);
  if (!text) return;
  std::vector<std::string> names;
  for (auto [name, kind] : kUnitKinds) {
    if (text->value == name) {
      unit.kind = kind;
      return;
    }
    names.emplace_back(name);
  }
  Diagnostic& d = diags.report(text->loc, rules::value, "unknown unit kind '{}'", text->value);
  std::string suggestion = closest_match(text->value, names);
  d.help = suggestion.empty() ? message("kinds are: {}", fmt::join(names, ", "))
                              : message("did you mean '{}'?", suggestion);
}

void read_note(MapReader& map, std::string& out, Diagnostics& diags) {
  if (auto n = map.optional("note")) {
    if (auto t = read_text(*n, "note", diags)) out = t->value;
  }
}

void read_verified(MapReader& map, bool& out, Diagnostics& diags) {
  if (auto n = map.required("verified")) {
    if (auto b = read_bool(*n, "verified", diags)) out = *b;
  }
}

void read_unit(const YamlNode& node, Registry& out, Diagnostics& diags) {
  MapReader map(node, term("unit"), diags);
  if (!map.is_mapping()) return;
  Unit unit;
  if (auto n = map.required("name")) {
    if (auto t = read_text(*n, "name", diags)) unit.name = *t;
  }
  if (auto n = map.optional("full_name")) {
    if (auto t = read_text(*n, "full_name", diags)) unit.full_name = t->value;
  }
  if (auto n = map.required("kind")) read_unit_kind(*n, unit, diags);
  if (auto n = map.optional("hosted_by")) unit.hosted_by = read_text(*n, "hosted_by", diags);
  if (auto n = map.optional("badge")) unit.badge = read_text(*n, "badge", diags);
  read_verified(map, unit.verified, diags);
  read_note(map, unit.note, diags);
  if (!unit.name.value.empty()) out.units.push_back(std::move(unit));
}

void read_group(const YamlNode& node, Registry& out, Diagnostics& diags) {
  MapReader map(node, term("group"), diags);
  if (!map.is_mapping()) return;
  Group group;
  if (auto n = map.required("name")) {
    if (auto t = read_text(*n, "name", diags)) group.name = *t;
  }
  if (auto n = map.required("members")) {
    if (n->kind == YamlNode::Kind::scalar && n->value == "unknown") {
      group.members_known = false;
    } else if (n->kind == YamlNode::Kind::sequence) {
      if (auto members = read_text_list(*n, "members", diags)) {
        group.members = std::move(*members);
        group.members_known = true;
      }
    } else {
      diags.report(n->loc, rules::type,
                   "'members' must be a list of unit names or 'unknown', got {}",
                   yaml_type_name(*n));
    }
  }
  if (auto n = map.optional("within")) group.within = read_text(*n, "within", diags);
  read_verified(map, group.verified, diags);
  read_note(map, group.note, diags);
  if (!group.name.value.empty()) out.groups.push_back(std::move(group));
}

void read_aliases(const YamlNode& node, Registry& out, Diagnostics& diags) {
  if (node.kind != YamlNode::Kind::mapping) {
    diags.report(node.loc, rules::type, "'aliases' must be a mapping of name: target, got {}",
                 yaml_type_name(node));
    return;
  }
  for (std::size_t i = 0; i < node.map_size(); ++i) {
    const YamlNode& key = node.key(i);
    auto target = read_text(node.value_at(i), "alias target", diags);
    if (key.kind == YamlNode::Kind::scalar && target) {
      out.aliases.push_back(Alias{Text{key.value, key.loc}, *target});
    }
  }
}

}  // namespace

bool read_registry(const YamlNode& root, Registry& out, Diagnostics& diags) {
  std::size_t errors_before = diags.error_count();
  {  // the reader reports unknown and missing keys when it goes out of scope
    MapReader map(root, term("unit registry"), diags);
    if (!map.is_mapping()) return false;
    if (auto n = map.optional("units")) {
      if (expect_sequence(*n, "units", diags)) {
        for (const YamlNode& item : n->children) read_unit(item, out, diags);
      }
    }
    if (auto n = map.optional("groups")) {
      if (expect_sequence(*n, "groups", diags)) {
        for (const YamlNode& item : n->children) read_group(item, out, diags);
      }
    }
    if (auto n = map.optional("aliases")) read_aliases(*n, out, diags);
  }
  return diags.error_count() == errors_before;
}

}  // namespace plancheck
