// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace plancheck {

/// Appends `text` with & < > " ' replaced by entities, so plan text is inert both as
/// element content and inside a quoted attribute (HTML and inline SVG alike).
void append_html_escaped(std::string& out, std::string_view text);

}  // namespace plancheck
