// SPDX-License-Identifier: MIT
#include "render/printable.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

namespace plancheck {
namespace {

// What would act instead of showing, in any output: control characters, bidirectional
// controls and every other invisible format character (Unicode's Cf: zero-width space and
// joiners, the byte order mark, soft hyphen …), line and paragraph separators,
// noncharacters. `one_line` (diagnostics) adds TAB and the spaces that are not U+0020 or
// U+3000 (no-break and the typographic ones), which a quoted name would hide.
bool acts(char32_t cp, bool keep_line_feeds) {
  if (cp == U'\n' && keep_line_feeds) return false;
  if (cp == U'\t') return !keep_line_feeds;
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return true;
  if (cp == 0x2028 || cp == 0x2029 || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
    return true;
  }
  int8_t type = u_charType(static_cast<UChar32>(cp));
  if (type == U_FORMAT_CHAR) return true;
  return !keep_line_feeds && type == U_SPACE_SEPARATOR && cp != U' ' && cp != 0x3000;
}

// The code point at text[at] and its length in bytes; a byte that starts no valid UTF-8
// sequence is one character of its own (U+FFFD).
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || at + length > text.size()) return {0xFFFD, 1};
  char32_t cp = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (byte(at + i) & 0x3F);
  }
  return {cp, length};
}

}  // namespace

std::string printable(std::string_view text, bool keep_line_feeds) {
  std::string out;
  std::size_t copied = 0;
  for (std::size_t at = 0; at < text.size();) {
    unsigned char lead = static_cast<unsigned char>(text[at]);
    // Fast path: printable ASCII and the lead bytes of CJK (E3-E9) are most of a plan.
    if ((lead >= 0x20 && lead < 0x7F) || ((lead == '\t' || lead == '\n') && keep_line_feeds)) {
      ++at;
      continue;
    }
    // CSV and iCalendar end their lines with CR LF.
    if (lead == '\r' && keep_line_feeds && at + 1 < text.size() && text[at + 1] == '\n') {
      at += 2;
      continue;
    }
    auto [cp, length] = decode(text, at);
    // A byte order mark that begins an output is the file's signature (CSV for Excel).
    if (cp == 0xFEFF && at == 0 && keep_line_feeds) {
      at += length;
      continue;
    }
    bool broken = cp == 0xFFFD && length == 1;  // so the result is always valid UTF-8
    if (broken || acts(cp, keep_line_feeds)) {
      out.append(text.substr(copied, at - copied));
      out += broken      ? fmt::format("\\x{:02X}", static_cast<unsigned>(lead))
             : cp < 0x80 ? fmt::format("\\x{:02X}", static_cast<unsigned>(cp))
                         : fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
      copied = at + length;
    }
    at += length;
  }
  if (copied == 0) return std::string(text);
  out.append(text.substr(copied));
  return out;
}

std::string continued(std::string_view text, std::string_view indent) {
  if (text.find('\n') == std::string_view::npos) return std::string(text);
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

}  // namespace plancheck
