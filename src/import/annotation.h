// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "import/outline.h"
#include "import/unit_list.h"
#include "text/message.h"

namespace plancheck {

enum class Role { lead, responsible, data_provider };

struct RoleUnit {
  Role role;
  std::u32string name;
  std::size_t offset;  ///< source byte offset
  bool prefix_added = false;
};

struct AnnotationFinding {
  std::size_t offset;  ///< source byte offset
  std::size_t length;  ///< characters
  Message message;
};

/// What the unit annotations of one item say. Standing rules ("以下均需X落实，不再列出",
/// "排在前位为牵头部门，下同") are reported for the caller to carry to later items.
struct Annotations {
  std::vector<RoleUnit> units;
  std::vector<std::string> notes;        ///< 牵头领导 (a person) and what is not a unit
  std::vector<RoleUnit> standing_units;  ///< to add to every later item
  bool first_is_lead = false;            ///< this item: the first listed unit leads
  bool first_is_lead_standing = false;   ///< and every later item (下同)
  std::vector<AnnotationFinding> findings;
  TracedText text;  ///< the item without its annotations
  bool any = false;
};

/// Finds and reads every unit annotation in an item: bracketed (〔牵头单位：X；责任单位：Y〕,
/// （…）, (…) in any width, nested brackets inside names), a label starting a sentence
/// (责任单位：X on its own line), and roles written as verbs (X牵头，Y配合，Z负责落实).
Annotations read_annotations(const TracedText& body, const KnownUnit& known);

}  // namespace plancheck
