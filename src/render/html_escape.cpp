// SPDX-License-Identifier: MIT
#include "render/html_escape.h"

namespace plancheck {

std::string_view html_entity(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&#39;";
    default:
      return {};
  }
}

void append_html_escaped(std::string& out, std::string_view text) {
  // Every byte of a multi-byte UTF-8 sequence is >= 0x80, so scanning bytes never
  // touches part of a character.
  for (char c : text) {
    if (std::string_view entity = html_entity(c); !entity.empty()) {
      out += entity;
    } else {
      out += c;
    }
  }
}

}  // namespace plancheck
