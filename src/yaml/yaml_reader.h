// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/dates.h"
#include "source/diagnostics.h"
#include "source/source_file.h"
#include "yaml/yaml_tree.h"

namespace plancheck {

/// Reads one YAML mapping the way a schema would: every key asked for is known, a key
/// never asked for is reported (with the closest known key), missing required keys are
/// reported at the mapping.
class MapReader {
 public:
  /// `what` names the mapping in messages: "task", "milestone" …
  MapReader(const YamlNode& node, Term what, Diagnostics& diags);
  ~MapReader();
  MapReader(const MapReader&) = delete;
  MapReader& operator=(const MapReader&) = delete;

  bool is_mapping() const { return is_mapping_; }
  const SourceLoc& loc() const { return node_.loc; }

  const YamlNode* required(std::string_view key);
  const YamlNode* optional(std::string_view key);

  /// Whether a key must be there: a required key that is absent is reported at the mapping.
  enum class Need { required, optional };
  // The value under `key` read by the converter of the same name below; nothing when the key
  // is absent or its value does not convert (reported, with the key named).
  std::optional<Text> text(std::string_view key, Need need);
  std::optional<bool> boolean(std::string_view key, Need need);
  std::optional<Date> date(std::string_view key, Need need);
  std::optional<Text> slug(std::string_view key, Need need, Term what);
  /// Reads each item of the list under `key` as a mapping named `item` in messages (see
  /// for_each_mapping). Returns the list node, or nothing when the key is absent or its
  /// value is not a list (reported).
  const YamlNode* each(std::string_view key, Need need, Term item,
                       const std::function<void(MapReader&)>& read_item);

 private:
  const YamlNode* find(std::string_view key);
  const YamlNode* find(std::string_view key, Need need);
  void report_unknown_keys();

  const YamlNode& node_;
  Term what_;
  Diagnostics& diags_;
  bool is_mapping_;
  std::vector<std::string> known_;
  std::vector<std::string> missing_;  ///< required keys not found, reported at the end
};

/// Reads a whole file whose root is a mapping: `read_keys` asks for its keys, and the
/// unknown and missing ones are reported before this returns. True when nothing it read
/// was an error.
bool read_root_mapping(const YamlNode& root, Term what, Diagnostics& diags,
                       const std::function<void(MapReader&)>& read_keys);

/// Calls `read_item` with a reader of each item of `list` that is a mapping; an item that
/// is not one is reported. Each item's unknown and missing keys are reported when its
/// `read_item` returns.
void for_each_mapping(const YamlNode& list, Term item, Diagnostics& diags,
                      const std::function<void(MapReader&)>& read_item);

/// How a scalar reads under the YAML 1.2 core schema: "a string", "a number", "null" …
Term yaml_type_name(const YamlNode& node);
/// Whether `text` written unquoted reads back as that string, not as a number, a boolean
/// or null ("2018", "true", "~" do not): what a writer must quote.
bool reads_back_as_string(const std::string& text);

// Converters report a mismatch at the node and return nothing. `field` names the key.
std::optional<Text> read_text(const YamlNode& node, std::string_view field, Diagnostics& diags);
std::optional<int> read_int(const YamlNode& node, std::string_view field, Diagnostics& diags);
std::optional<bool> read_bool(const YamlNode& node, std::string_view field, Diagnostics& diags);
std::optional<Date> read_date(const YamlNode& node, std::string_view field, Diagnostics& diags);
/// A sequence of non-empty strings, at least one.
std::optional<std::vector<Text>> read_text_list(const YamlNode& node, std::string_view field,
                                                Diagnostics& diags);
/// A sequence node, or a report that it is not one.
const YamlNode* expect_sequence(const YamlNode& node, std::string_view field, Diagnostics& diags);
/// A slug: lowercase letters, digits and single hyphens.
bool is_slug(std::string_view text);
/// A string that must be a slug; `what` names it in the message ("event id"). A string
/// that is not one is reported and still returned, so later checks can name it.
std::optional<Text> read_slug(const YamlNode& node, std::string_view field, Term what,
                              Diagnostics& diags);

}  // namespace plancheck
