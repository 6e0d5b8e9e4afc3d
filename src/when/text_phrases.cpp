// SPDX-License-Identifier: MIT
#include "when/text_phrases.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

#include "text/utf8.h"

namespace plancheck {
namespace {

// RE2 rather than std::regex: it matches in time linear in the text whatever the text
// holds, reads UTF-8 as characters, and compiles these patterns in microseconds where
// std::regex took most of a small plan's run. Longer forms come first so that a yearly
// window is taken whole before its parts could match alone.
const std::vector<std::unique_ptr<re2::RE2>>& patterns() {
  static const std::vector<std::unique_ptr<re2::RE2>> list = [] {
    const char* sources[] = {
        "每年[0-9]{1,2}月[0-9]{1,2}日(到|至)(次年)?[0-9]{1,2}月([0-9]{1,2}日|底|末)",
        "印发实施后[0-9]+个月内",
        "[0-9]+个工作日(以内|内)",
        // A holiday's days off, or the day before them. 前后 is matched whole so that the
        // grammar, which has no extent for it, leaves it out rather than reading 春节前.
        "(元旦|春节|清明节|劳动节|五一|端午节|中秋节|国庆节|国庆)(期间|前后|之前|以前|前)",
        "(19|20)[0-9]{2}年([0-9]{1,2}月)?(底前|底)?完成",
        "从[0-9]{1,2}月起",
        // A year written before the date belongs to it: 2018年10月底前 is not 10月底前.
        "((19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日(开始实施|开始|起|前)",
        "((19|20)[0-9]{2}年)?[0-9]{1,2}月(底|末)(前)?",
        "(19|20)[0-9]{2}年年?(底前|底|末)",
        "年底前|年前|年内",
        "每月[0-9]{1,2}(日|号)(之前|以前|前)?",
        "每(季度|半年)(首月|末月|第[一二三四五六123456]个月)[0-9]{1,2}(日|号)(之前|以前|前)?",
        "每月|月通报|按季度|每季度|按月",
    };
    std::vector<std::unique_ptr<re2::RE2>> out;
    for (const char* source : sources) out.push_back(std::make_unique<re2::RE2>(source));
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
  for (const auto& pattern : patterns()) {
    std::vector<ByteMatch> matches;
    const re2::StringPiece input(scratch);
    re2::StringPiece match;
    for (std::size_t pos = 0;
         pos < input.size() &&
         pattern->Match(input, pos, input.size(), re2::RE2::UNANCHORED, &match, 1);) {
      const auto offset = static_cast<std::size_t>(match.data() - input.data());
      matches.push_back({offset, match.size()});
      pos = offset + std::max<std::size_t>(match.size(), 1);
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
  // Characters are counted on from the match before, so a text with a million phrases
  // stays linear.
  std::size_t counted_bytes = 0, counted_chars = 0;
  for (const ByteMatch& m : found) {
    counted_chars += count_chars(text.substr(counted_bytes, m.offset - counted_bytes));
    counted_bytes = m.offset;
    std::string_view phrase = text.substr(m.offset, m.length);
    out.push_back({counted_chars, count_chars(phrase), std::string(phrase)});
  }
  return out;
}

}  // namespace plancheck
