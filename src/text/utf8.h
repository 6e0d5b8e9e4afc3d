// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace plancheck {

/// Byte offset of the first byte that is not part of valid UTF-8, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);
/// Number of code points; `text` must be valid UTF-8.
std::size_t count_chars(std::string_view text);
/// Columns a terminal draws `text` in: CJK characters take two.
std::size_t display_width(std::string_view text);
/// Unicode NFKC: full-width brackets and digits become their ASCII forms.
std::string nfkc(std::string_view text);
/// NFKC one code point at a time: each that NFKC maps to one code point is mapped, any other
/// kept, so offsets into the result are offsets into `text` (ａ１，（ → a1,().
std::u32string nfkc_each(std::u32string_view text);
/// Byte length of the first `chars` code points of `text`.
std::size_t byte_length_of_chars(std::string_view text, std::size_t chars);
/// Code points of valid UTF-8 (an invalid byte becomes U+FFFD).
std::u32string to_u32(std::string_view text);
std::string to_utf8(std::u32string_view text);

}  // namespace plancheck
