// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace plancheck {

/// What a name looks like to a reader: its confusable skeleton (Unicode Technical Standard
/// #39, through ICU's spoof checker). Two names with one skeleton are easily taken for
/// each other (a Cyrillic 'о' for a Latin 'o', 0 for O); names that differ only in an
/// invisible or bidi character are caught before this, as errors of their own.
std::string lookalike_skeleton(std::string_view name);

/// What is wrong with `name` as the name of a unit, or nothing: a leading or trailing space,
/// an invisible format character (U+200B …) or a control character, which print nothing
/// and would make a second unit that looks like the first. English, for a Message.
struct NameProblem {
  bool found = false;
  bool edge_space = false;  ///< a space at either end
  bool odd_space = false;   ///< a space inside that is not U+0020 or U+3000 (no-break …)
  ///< else an invisible, control, separator or unassigned character
  unsigned code_point = 0;  ///< the character
};
NameProblem name_problem(std::string_view name);

/// `name` as a reader sees it: what name_problem finds deleted (the spaces at the ends, the
/// invisible characters), an unusual space made an ordinary one.
std::string printed_name(std::string_view name);

}  // namespace plancheck
