// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace plancheck {

/// Plan text as inline Markdown that shows exactly the text and nothing else: no emphasis,
/// links, code or raw HTML (Markdown viewers pass HTML through, so `<script>` in a task
/// would run where a report is previewed), and no `|` that would split a table cell.
/// Line breaks become spaces, as a table cell or heading is one line.
std::string markdown_inline(std::string_view text);

}  // namespace plancheck
