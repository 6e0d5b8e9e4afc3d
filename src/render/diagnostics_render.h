// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "source/diagnostics.h"

namespace plancheck {

/// "2 errors, 1 warning", in the shown language.
std::string finding_counts(std::size_t errors, std::size_t warnings);
/// Compiler-style text: `file:line:col: severity: message [rule]`, the source line, a
/// caret under the place (lined up under CJK text, two cells a character), help and notes.
std::string render_diagnostics_text(const Diagnostics& diags, bool color);
/// {"diagnostics": [...], "errors": N, "warnings": N}
std::string render_diagnostics_json(const Diagnostics& diags);
/// GitHub Actions workflow commands (::error file=…,line=…::message).
std::string render_diagnostics_github(const Diagnostics& diags);

}  // namespace plancheck
