// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace plancheck {

/// `text` with every character that would act instead of showing replaced by a visible
/// escape (`\x1B`, `\u202E`): control characters (C0 but TAB and LF, and CR LF, when
/// `keep_line_feeds`; DEL; C1), bidirectional controls and every other invisible format
/// character (Cf), line and paragraph separators and noncharacters; without
/// `keep_line_feeds` (one line of a diagnostic) also TAB and the spaces other than U+0020
/// and U+3000. Validation refuses them in a plan, so this only ever meets text that did
/// not come through it; every output a person reads passes through it all the same, so a
/// terminal, a spreadsheet's XML or a calendar never receives one (#14).
std::string printable(std::string_view text, bool keep_line_feeds);

/// A plan's words as a text listing prints them inside a line of its own: every line after
/// the first starts with `indent`, so a line break in a title or a milestone cannot begin a
/// line that reads as a diagnostic or as another item.
std::string continued(std::string_view text, std::string_view indent = "    ");

}  // namespace plancheck
