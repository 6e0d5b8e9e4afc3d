// SPDX-License-Identifier: MIT
#include "render/html_escape.h"

namespace plancheck {

void append_html_escaped(std::string& out, std::string_view text) {
  // Every byte of a multi-byte UTF-8 sequence is >= 0x80, so scanning bytes never
  // touches part of a character.
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

}  // namespace plancheck
