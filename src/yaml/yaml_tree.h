// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "source/diagnostics.h"
#include "source/source_file.h"

namespace plancheck {

/// A YAML node with its source position: what the plan readers convert from.
/// Only the subset plan files use is kept: no anchors, aliases or tags.
struct YamlNode {
  enum class Kind : std::uint8_t { null, scalar, sequence, mapping };
  Kind kind = Kind::null;
  bool plain = true;  ///< a scalar written without quotes, so YAML 1.2 typing applies
  SourceLoc loc;
  std::string value;
  /// Sequence items; for a mapping, key and value alternate: k0, v0, k1, v1 …
  std::vector<YamlNode> children;

  std::size_t map_size() const { return children.size() / 2; }
  const YamlNode& key(std::size_t i) const { return children[2 * i]; }
  const YamlNode& value_at(std::size_t i) const { return children[2 * i + 1]; }
};

/// Deeper than this is rejected: no plan needs it, and the reader stays bounded.
inline constexpr std::size_t kMaxYamlDepth = 64;

/// Parses one YAML document. Syntax errors, bytes that are not plain UTF-8 text (see
/// check_text), duplicate keys, anchors, aliases, merge keys, tags, quoted strings that
/// swallow the keys after them, extra documents and excessive nesting are reported into
/// `diags`; the result is empty when the file could not be read as a tree, or when what
/// was read would only cascade into errors about what is missing from it.
std::optional<YamlNode> parse_yaml(const SourceFile& file, Diagnostics& diags);

}  // namespace plancheck
