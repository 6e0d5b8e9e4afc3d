// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace plancheck {

/// The entity that stands for `c` in HTML text and quoted attributes (& < > " '), or an
/// empty view for a byte that stands for itself.
std::string_view html_entity(char c);

/// Appends `text` with & < > " ' replaced by entities, so plan text is inert both as
/// element content and inside a quoted attribute (HTML and inline SVG alike).
void append_html_escaped(std::string& out, std::string_view text);

}  // namespace plancheck
