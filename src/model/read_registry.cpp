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

/// The two keys every unit and group ends with.
void read_verified_and_note(MapReader& map, bool& verified, std::string& note) {
  if (auto b = map.boolean("verified", MapReader::Need::required)) verified = *b;
  if (auto t = map.text("note", MapReader::Need::optional)) note = t->value;
}

void read_unit(MapReader& map, Registry& out, Diagnostics& diags) {
  Unit unit;
  if (auto t = map.text("name", MapReader::Need::required)) unit.name = *t;
  if (auto t = map.text("full_name", MapReader::Need::optional)) unit.full_name = t->value;
  if (auto n = map.required("kind")) read_unit_kind(*n, unit, diags);
  unit.hosted_by = map.text("hosted_by", MapReader::Need::optional);
  unit.badge = map.text("badge", MapReader::Need::optional);
  read_verified_and_note(map, unit.verified, unit.note);
  if (!unit.name.value.empty()) out.units.push_back(std::move(unit));
}

void read_group(MapReader& map, Registry& out, Diagnostics& diags) {
  Group group;
  if (auto t = map.text("name", MapReader::Need::required)) group.name = *t;
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
  group.within = map.text("within", MapReader::Need::optional);
  read_verified_and_note(map, group.verified, group.note);
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
  return read_root_mapping(root, term("unit registry"), diags, [&](MapReader& map) {
    map.each("units", MapReader::Need::optional, term("unit"),
             [&](MapReader& unit) { read_unit(unit, out, diags); });
    map.each("groups", MapReader::Need::optional, term("group"),
             [&](MapReader& group) { read_group(group, out, diags); });
    if (auto n = map.optional("aliases")) read_aliases(*n, out, diags);
  });
}

}  // namespace plancheck
