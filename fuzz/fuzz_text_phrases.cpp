// SPDX-License-Identifier: MIT
// Any bytes as a task's text: the phrase finder finds only whole UTF-8 phrases, where the
// text has them, each of which the deadline grammar reads by itself (one grammar).
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "text/utf8.h"
#include "when/text_phrases.h"
#include "when/when_expr.h"

using namespace plancheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (find_invalid_utf8(text)) return 0;  // task text is validated before it is scanned
  std::u32string chars = to_u32(text);
  for (const PhraseMatch& match : find_deadline_phrases(text)) {
    if (find_invalid_utf8(match.phrase)) __builtin_trap();
    if (match.offset + match.length > chars.size()) __builtin_trap();
    if (to_utf8(std::u32string_view(chars).substr(match.offset, match.length)) != match.phrase)
      __builtin_trap();
    if (std::holds_alternative<WhenError>(parse_when(match.phrase))) __builtin_trap();
  }
  return 0;
}
