// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "text/message.h"

namespace plancheck {

struct DecodedText {
  std::string text;       ///< UTF-8, without a byte order mark
  std::string converted;  ///< the encoding it was converted from, empty for UTF-8
  Message error;          ///< why the bytes are not text; empty when they are
};

/// UTF-8 as it is; anything else is tried as GB18030 (which contains GBK and GB2312,
/// the encodings Chinese government sites publish in). Bytes that are neither, or hold
/// control characters no text has (NUL), are not text.
DecodedText decode_text(const std::string& bytes);

}  // namespace plancheck
