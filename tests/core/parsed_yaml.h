// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "source/diagnostics.h"
#include "yaml/yaml_tree.h"

namespace plancheck {

/// A text parsed the way a plan file is, with what the parse reported.
struct ParsedYaml {
  SourceFile file;
  Diagnostics diags;
  std::optional<YamlNode> root;
  explicit ParsedYaml(std::string text) : file("t.yaml", std::move(text)) {
    root = parse_yaml(file, diags);
  }
  const Diagnostic& first() const { return diags.all().at(0); }
  std::string first_rule() const { return diags.empty() ? "" : std::string(diags.all()[0].rule); }
};

}  // namespace plancheck
