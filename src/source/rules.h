// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>

namespace plancheck {

enum class Severity { error, warning, note };

/// shape: a JSON Schema of the file rejects it too; meaning: only plancheck can tell;
/// import: found while drafting a plan from its official text.
enum class RuleFamily { shape, meaning, import };

/// A rule findings are reported under: its id (part of the JSON contract), how bad a
/// finding of it is, and what it catches.
struct Rule {
  std::string_view id;
  Severity severity;
  RuleFamily family;
  std::string_view summary;
};

/// Every rule, by name: rules::yaml_syntax. The list is source/rules.def.
namespace rules {
#define PLANCHECK_RULE(name, id, severity, family, summary) \
  inline constexpr Rule name{id, Severity::severity, RuleFamily::family, summary};
#include "source/rules.def"
#undef PLANCHECK_RULE
}  // namespace rules

/// Every rule, in the table's order.
std::span<const Rule* const> all_rules();
/// The rule with this id; nothing for an id no rule has.
const Rule* find_rule(std::string_view id);

}  // namespace plancheck
