// SPDX-License-Identifier: MIT
#include "yaml/yaml_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <regex>

#include "source/first_seen.h"
#include "text/spelling.h"

namespace plancheck {
namespace {

// YAML 1.2 core schema resolution of a plain scalar.
Term plain_type(const std::string& v) {
  if (v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL") return term("null");
  if (v == "true" || v == "True" || v == "TRUE" || v == "false" || v == "False" || v == "FALSE") {
    return term("a boolean");
  }
  // Only scalars that start like a number can be one; the rest skip the regex.
  char c = v[0];
  if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))) return term("a string");
  static const std::regex number(
      R"([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)"
      R"(|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)");
  return std::regex_match(v, number) ? term("a number") : term("a string");
}

}  // namespace

bool reads_back_as_string(const std::string& text) {
  return plain_type(text).english == "a string";
}

Term yaml_type_name(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::null:
      return term("null");
    case YamlNode::Kind::sequence:
      return term("a list");
    case YamlNode::Kind::mapping:
      return term("a mapping");
    case YamlNode::Kind::scalar:
      return node.plain ? plain_type(node.value) : term("a string");
  }
  return term("a string");
}

MapReader::MapReader(const YamlNode& node, Term what, Diagnostics& diags)
    : node_(node), what_(what), diags_(diags), is_mapping_(node.kind == YamlNode::Kind::mapping) {
  if (!is_mapping_) {
    diags_.report(node.loc, rules::type, "expected {} as a mapping of keys, got {}", what_,
                  yaml_type_name(node));
  }
}

MapReader::~MapReader() {
  if (is_mapping_) report_unknown_keys();
}

const YamlNode* MapReader::find(std::string_view key) {
  known_.emplace_back(key);
  if (!is_mapping_) return nullptr;
  for (std::size_t i = 0; i < node_.map_size(); ++i) {
    if (node_.key(i).value == key) return &node_.value_at(i);
  }
  return nullptr;
}

const YamlNode* MapReader::required(std::string_view key) {
  const YamlNode* value = find(key);
  if (!value && is_mapping_) missing_.emplace_back(key);
  return value;
}

const YamlNode* MapReader::optional(std::string_view key) { return find(key); }

const YamlNode* MapReader::find(std::string_view key, Need need) {
  return need == Need::required ? required(key) : optional(key);
}

std::optional<Text> MapReader::text(std::string_view key, Need need) {
  const YamlNode* value = find(key, need);
  return value ? read_text(*value, key, diags_) : std::nullopt;
}

std::optional<bool> MapReader::boolean(std::string_view key, Need need) {
  const YamlNode* value = find(key, need);
  return value ? read_bool(*value, key, diags_) : std::nullopt;
}

std::optional<Date> MapReader::date(std::string_view key, Need need) {
  const YamlNode* value = find(key, need);
  return value ? read_date(*value, key, diags_) : std::nullopt;
}

std::optional<Text> MapReader::slug(std::string_view key, Need need, Term what) {
  const YamlNode* value = find(key, need);
  return value ? read_slug(*value, key, what, diags_) : std::nullopt;
}

const YamlNode* MapReader::each(std::string_view key, Need need, Term item,
                                const std::function<void(MapReader&)>& read_item) {
  const YamlNode* value = find(key, need);
  if (!value || !expect_sequence(*value, key, diags_)) return nullptr;
  for_each_mapping(*value, item, diags_, read_item);
  return value;
}

void for_each_mapping(const YamlNode& list, Term item, Diagnostics& diags,
                      const std::function<void(MapReader&)>& read_item) {
  for (const YamlNode& node : list.children) {
    MapReader map(node, item, diags);
    if (map.is_mapping()) read_item(map);
  }
}

bool read_root_mapping(const YamlNode& root, Term what, Diagnostics& diags,
                       const std::function<void(MapReader&)>& read_keys) {
  std::size_t errors_before = diags.error_count();
  {  // the reader reports unknown and missing keys when it goes out of scope
    MapReader map(root, what, diags);
    if (!map.is_mapping()) return false;
    read_keys(map);
  }
  return diags.error_count() == errors_before;
}

// A misspelt required key is one mistake: it is reported once, as the unknown key with
// the right spelling suggested, not again as a missing key.
void MapReader::report_unknown_keys() {
  std::vector<std::string> explained;
  for (std::size_t i = 0; i < node_.map_size(); ++i) {
    const YamlNode& key = node_.key(i);
    if (key.kind != YamlNode::Kind::scalar) continue;  // reported by the tree builder
    if (std::find(known_.begin(), known_.end(), key.value) != known_.end()) continue;
    Diagnostic& d =
        diags_.report(key.loc, rules::key_unknown, "unknown key '{}' in {}", key.value, what_);
    std::string suggestion = closest_match(key.value, known_);
    if (!suggestion.empty()) {
      d.help = message("did you mean '{}'?", suggestion);
      explained.push_back(suggestion);
    } else {
      d.help = message("{} keys are: {}", what_, fmt::join(known_, ", "));
    }
  }
  for (const std::string& key : missing_) {
    if (std::find(explained.begin(), explained.end(), key) != explained.end()) continue;
    diags_.report(node_.loc, rules::key_missing, "{} is missing required key '{}'", what_, key);
  }
}

std::optional<Text> read_text(const YamlNode& node, std::string_view field, Diagnostics& diags) {
  Term type = yaml_type_name(node);
  if (type.english != "a string") {
    Diagnostic& d =
        diags.report(node.loc, rules::type, "'{}' must be a string, got {}", field, type);
    if (node.kind == YamlNode::Kind::scalar) d.help = message("quote it: \"{}\"", node.value);
    return std::nullopt;
  }
  if (std::all_of(node.value.begin(), node.value.end(),
                  [](unsigned char c) { return std::isspace(c); })) {
    diags.report(node.loc, rules::empty, "'{}' must not be empty", field);
    return std::nullopt;
  }
  return Text{node.value, node.loc};
}

std::optional<int> read_int(const YamlNode& node, std::string_view field, Diagnostics& diags) {
  std::string_view text = node.value;
  if (text.starts_with('+')) text.remove_prefix(1);
  std::string_view digits = text.starts_with('-') ? text.substr(1) : text;
  bool whole = !digits.empty() && std::all_of(digits.begin(), digits.end(),
                                              [](char c) { return c >= '0' && c <= '9'; });
  if (node.kind == YamlNode::Kind::scalar && node.plain && whole) {
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size()) return value;
    diags.report(node.loc, rules::value, "'{}' is out of range: {}", field, node.value);
    return std::nullopt;
  }
  if (yaml_type_name(node).english == "a number") {
    diags.report(node.loc, rules::type, "'{}' must be a whole number, got '{}'", field, node.value);
  } else {
    diags.report(node.loc, rules::type, "'{}' must be a whole number, got {}", field,
                 yaml_type_name(node));
  }
  return std::nullopt;
}

std::optional<bool> read_bool(const YamlNode& node, std::string_view field, Diagnostics& diags) {
  if (yaml_type_name(node).english == "a boolean") {
    return node.value == "true" || node.value == "True" || node.value == "TRUE";
  }
  diags
      .report(node.loc, rules::type, "'{}' must be true or false, got {}", field,
              yaml_type_name(node))
      .help = node.kind == YamlNode::Kind::scalar && (node.value == "yes" || node.value == "no")
                  ? message("YAML 1.2 reads yes/no as strings; write true or false")
                  : Message();
  return std::nullopt;
}

std::optional<Date> read_date(const YamlNode& node, std::string_view field, Diagnostics& diags) {
  if (node.kind == YamlNode::Kind::scalar) {
    if (auto date = parse_iso_date(node.value)) return date;
    DateProblem problem = iso_date_problem(node.value);
    if (problem == DateProblem::day) {
      diags.report(node.loc, rules::date_invalid, "'{}' is not a calendar date: {}", field,
                   node.value);
      return std::nullopt;
    }
    if (problem == DateProblem::range) {
      diags.report(node.loc, rules::date_invalid, "'{}' {}: {}", field, describe(problem),
                   node.value);
      return std::nullopt;
    }
  }
  if (node.kind == YamlNode::Kind::scalar) {
    diags.report(node.loc, rules::type, "'{}' must be a date written YYYY-MM-DD, got '{}'", field,
                 node.value);
  } else {
    diags.report(node.loc, rules::type, "'{}' must be a date written YYYY-MM-DD, got {}", field,
                 yaml_type_name(node));
  }
  return std::nullopt;
}

const YamlNode* expect_sequence(const YamlNode& node, std::string_view field, Diagnostics& diags) {
  if (node.kind == YamlNode::Kind::sequence) return &node;
  Diagnostic& d = diags.report(node.loc, rules::type, "'{}' must be a list, got {}", field,
                               yaml_type_name(node));
  if (node.kind == YamlNode::Kind::scalar) d.help = message("write it as [{}]", node.value);
  return nullptr;
}

std::optional<std::vector<Text>> read_text_list(const YamlNode& node, std::string_view field,
                                                Diagnostics& diags) {
  if (!expect_sequence(node, field, diags)) return std::nullopt;
  if (node.children.empty()) {
    diags.report(node.loc, rules::empty, "'{}' must not be an empty list", field);
    return std::nullopt;
  }
  std::vector<Text> out;
  FirstSeen listed;
  bool ok = true;
  for (const YamlNode& item : node.children) {
    auto text = read_text(item, field, diags);
    if (!text) {
      ok = false;
      continue;
    }
    if (const SourceLoc* first = listed.earlier(text->value, text->loc)) {
      diags
          .report(text->loc, rules::duplicate_item, "'{}' is listed twice in '{}'", text->value,
                  field)
          .notes.push_back(Note{*first, message("first listed here")});
      ok = false;
      continue;
    }
    out.push_back(std::move(*text));
  }
  if (!ok) return std::nullopt;
  return out;
}

bool is_slug(std::string_view text) {
  static const std::regex slug("[a-z0-9]+(-[a-z0-9]+)*");
  return std::regex_match(text.begin(), text.end(), slug);
}

std::optional<Text> read_slug(const YamlNode& node, std::string_view field, Term what,
                              Diagnostics& diags) {
  auto text = read_text(node, field, diags);
  if (text && !is_slug(text->value)) {
    diags.report(text->loc, rules::id_format,
                 "{} '{}' must be lowercase letters, digits and hyphens", what, text->value);
  }
  return text;
}

}  // namespace plancheck
