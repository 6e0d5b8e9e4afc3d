// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace plancheck {

/// Every output format some command writes; each command offers the ones it has.
enum class Format { text, md, csv, json, ics, html, xlsx, github };

/// The name --format takes: "text", "md" …
std::string_view format_name(Format format);
/// The format `name` names, or nothing.
std::optional<Format> find_format(std::string_view name);
/// Whether the format is bytes, not text (a workbook): written as it is, never to a terminal.
constexpr bool is_binary(Format format) { return format == Format::xlsx; }

}  // namespace plancheck
