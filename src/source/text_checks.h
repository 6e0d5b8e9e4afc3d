// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "source/diagnostics.h"
#include "source/source_file.h"

namespace plancheck {

/// Checks the bytes before any YAML parser sees them: another encoding (UTF-16, UTF-32),
/// invalid UTF-8, NUL bytes, control characters, a byte order mark past the start, a
/// carriage return that ends no line. Reports the first problem; false if there was one.
bool check_text(const SourceFile& file, Diagnostics& diags);

/// Reports each escape of the double-quoted scalar whose opening quote is at byte `open`
/// that writes what the byte checks above refuse in the text itself (\e, \0, \x1b,
/// \u202E, \L …), at the escape: the decoded value must be held to the same rules.
void check_escapes(const SourceFile& file, std::size_t open, Diagnostics& diags);

/// What the rules above refuse in a value that comes from outside a file (an option of
/// `done`, written into progress.yaml): invalid UTF-8, or the first character a plan file
/// may not hold. Empty when the value may be written.
Message value_problem(std::string_view value);

/// A quoted scalar that is not closed on its own line, and the first line after it that
/// reads like a `key:` line: a missing closing quote swallowed that line into the string.
struct UnclosedQuote {
  std::size_t open = 0;              ///< byte offset of the opening quote
  std::uint32_t swallowed_line = 0;  ///< 0: the file ends before any closing quote
};

/// For the scalar whose opening quote is at byte `open`: whether it runs over a `key:`
/// line before its closing quote, or has none.
std::optional<UnclosedQuote> swallows_keys(const SourceFile& file, std::size_t open);

/// The first quoted scalar starting on a line up to `line` that swallows a `key:` line:
/// the likely cause of a syntax error the YAML parser reports at `line`.
std::optional<UnclosedQuote> find_unclosed_quote(const SourceFile& file, std::uint32_t line);

/// Reports it at the opening quote.
void report_unclosed_quote(const SourceFile& file, const UnclosedQuote& quote, Diagnostics& diags);

}  // namespace plancheck
