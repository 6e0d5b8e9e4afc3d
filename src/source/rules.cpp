// SPDX-License-Identifier: MIT
#include "source/rules.h"

#include <algorithm>
#include <array>

namespace plancheck {
namespace {

constexpr std::array kAllRules = {
#define PLANCHECK_RULE(name, id, severity, family, summary) &rules::name,
#include "source/rules.def"
#undef PLANCHECK_RULE
};

}  // namespace

std::span<const Rule* const> all_rules() { return kAllRules; }

const Rule* find_rule(std::string_view id) {
  auto it = std::find_if(kAllRules.begin(), kAllRules.end(),
                         [&](const Rule* rule) { return rule->id == id; });
  return it == kAllRules.end() ? nullptr : *it;
}

}  // namespace plancheck
