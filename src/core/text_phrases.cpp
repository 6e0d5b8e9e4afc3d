// SPDX-License-Identifier: MIT
#include "core/text_phrases.h"

#include <algorithm>
#include <regex>

#include "core/utf8.h"

namespace plancheck {
namespace {

// Byte-level patterns over UTF-8: only literal CJK sequences and ASCII classes are used,
// which std::regex matches correctly on bytes. Longer forms come first so that a yearly
// window is taken whole before its parts could match alone.
const std::vector<std::regex>& patterns() {
  static const std::vector<std::regex> list = [] {
    const char* sources[] = {
        "每年[0-9]{1,2}月[0-9]{1,2}日(到|至)(次年)?[0-9]{1,2}月([0-9]{1,2}日|底|末)",
        "印发实施后[0-9]+个月内",
        "春节期间",
        "(19|20)[0-9]{2}年([0-9]{1,2}月)?(底前|底)?完成",
        "从[0-9]{1,2}月起",
        "[0-9]{1,2}月[0-9]{1,2}日(开始实施|开始|起|前)",
        "[0-9]{1,2}月(底|末)(前)?",  // a quantifier binds one byte: group multi-byte literals
        "年底前|年前|年内",
        "每月|月通报|按季度|每季度|按月",
    };
    std::vector<std::regex> out;
    for (const char* source : sources) out.emplace_back(source);
    return out;
  }();
  return list;
}

}  // namespace

std::vector<PhraseMatch> find_deadline_phrases(std::string_view text) {
  std::string scratch(text);
  struct ByteMatch {
    std::size_t offset, length;
  };
  std::vector<ByteMatch> found;
  for (const std::regex& pattern : patterns()) {
    std::vector<ByteMatch> matches;
    for (std::sregex_iterator it(scratch.begin(), scratch.end(), pattern), end; it != end; ++it) {
      matches.push_back(
          {static_cast<std::size_t>(it->position()), static_cast<std::size_t>(it->length())});
    }
    // Blank each match (same byte length) so later, shorter patterns miss its parts.
    for (const ByteMatch& m : matches) {
      std::fill_n(scratch.begin() + static_cast<std::ptrdiff_t>(m.offset), m.length, '\x01');
      found.push_back(m);
    }
  }
  std::sort(found.begin(), found.end(),
            [](const ByteMatch& a, const ByteMatch& b) { return a.offset < b.offset; });
  std::vector<PhraseMatch> out;
  for (const ByteMatch& m : found) {
    std::string_view phrase = text.substr(m.offset, m.length);
    out.push_back(
        {count_chars(text.substr(0, m.offset)), count_chars(phrase), std::string(phrase)});
  }
  return out;
}

}  // namespace plancheck
