// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

/// One CSV row (RFC 4180 quoting, CRLF). A cell that a spreadsheet would run as a
/// formula (=, +, -, @ first) is prefixed with ' so it stays text.
std::string csv_row(const std::vector<std::string>& cells);
/// Excel and WPS read UTF-8 only when the file starts with a byte order mark.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace plancheck
