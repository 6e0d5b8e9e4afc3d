// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace plancheck {

/// `text` with every character that would act instead of showing replaced by a visible
/// escape (`\x1B`, `\u202E`): control characters (C0 but TAB, and LF and CR LF when
/// `keep_line_feeds`; DEL; C1), bidirectional controls, line and paragraph separators and
/// noncharacters. Validation refuses them in a plan, so this only ever meets text that
/// did not come through it; every output a person reads passes through it all the same,
/// so a terminal, a spreadsheet's XML or a calendar never receives one (#14).
std::string printable(std::string_view text, bool keep_line_feeds);

}  // namespace plancheck
