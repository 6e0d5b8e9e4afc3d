// SPDX-License-Identifier: MIT
#include "render/markdown_escape.h"

#include "render/html_escape.h"

namespace plancheck {

std::string markdown_inline(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // Bytes of a multi-byte UTF-8 sequence are >= 0x80, so this never splits a character.
  for (char c : text) {
    switch (c) {
      // Entities rather than backslashes: every Markdown dialect decodes them, while some
      // (Python-Markdown) do not honour a backslash before `<`. Quotes stay as they are,
      // so the Markdown reads as plain text too.
      case '&':
      case '<':
      case '>':
        out += html_entity(c);
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '~':
        out += '\\';
        out += c;
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace plancheck
