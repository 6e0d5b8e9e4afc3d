// SPDX-License-Identifier: MIT
// Any bytes as a task's text: the phrase scanner finds only whole UTF-8 phrases, each
// of which the deadline parser then reads without crashing.
#include <cstddef>
#include <cstdint>
#include <string>

#include "text/utf8.h"
#include "when/text_phrases.h"
#include "when/when_expr.h"

using namespace plancheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (find_invalid_utf8(text)) return 0;  // task text is validated before it is scanned
  for (const PhraseMatch& match : find_deadline_phrases(text)) {
    if (find_invalid_utf8(match.phrase)) __builtin_trap();
    parse_when(match.phrase);
  }
  return 0;
}
