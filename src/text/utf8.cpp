// SPDX-License-Identifier: MIT
#include "text/utf8.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace plancheck {
namespace {

// Decodes one code point; returns its byte length, or a negative value when invalid.
utf8proc_ssize_t next_char(std::string_view text, std::size_t at, utf8proc_int32_t* cp) {
  return utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                          static_cast<utf8proc_ssize_t>(text.size() - at), cp);
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = next_char(text, at, &cp);
    if (n <= 0) return at;
    at += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

std::size_t count_chars(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = next_char(text, at, &cp);
    if (n <= 0) {
      ++width;
      ++at;
      continue;
    }
    int w = utf8proc_charwidth(cp);
    width += w > 0 ? static_cast<std::size_t>(w) : (cp == '\t' ? 1 : 0);
    at += static_cast<std::size_t>(n);
  }
  return width;
}

std::string nfkc(std::string_view text) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &out,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  if (n < 0) return std::string(text);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

std::u32string nfkc_each(std::u32string_view text) {
  std::u32string out(text);
  for (char32_t& c : out) {
    // Most characters have no decomposition, and NFKC leaves them as they are.
    const utf8proc_property_t* property = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
    if (property->decomp_seqindex == UINT16_MAX) continue;
    std::u32string one = to_u32(nfkc(to_utf8(std::u32string_view(&c, 1))));
    if (one.size() == 1) c = one[0];
  }
  return out;
}

std::size_t byte_length_of_chars(std::string_view text, std::size_t chars) {
  std::size_t at = 0;
  for (; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) {
      if (chars == 0) break;
      --chars;
    }
  }
  return at;
}

std::u32string to_u32(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = next_char(text, at, &cp);
    if (n <= 0) {
      out.push_back(U'\uFFFD');
      ++at;
      continue;
    }
    out.push_back(static_cast<char32_t>(cp));
    at += static_cast<std::size_t>(n);
  }
  return out;
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  for (char32_t cp : text) {
    utf8proc_uint8_t buffer[4];
    utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace plancheck
