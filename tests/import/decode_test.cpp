// SPDX-License-Identifier: MIT
#include "import/decode.h"

#include "catch.hpp"

using namespace plancheck;

TEST_CASE("UTF-8 is read as it is, without its byte order mark", "[import]") {
  CHECK(decode_text("一、目标\n").text == "一、目标\n");
  DecodedText bom = decode_text("\xEF\xBB\xBF一、目标");
  CHECK(bom.text == "一、目标");
  CHECK(bom.converted.empty());
}

TEST_CASE("UTF-8 cut inside its last character stays UTF-8", "[import]") {
  DecodedText cut = decode_text(std::string("一、目标") + "\xE7\x9B");  // 目 cut after 2 bytes
  CHECK(cut.converted.empty());
  CHECK(cut.text == "一、目标");
}

TEST_CASE("GB18030 is detected and converted", "[import]") {
  // 一、测试 in GBK/GB18030.
  DecodedText gb = decode_text("\xD2\xBB\xA1\xA2\xB2\xE2\xCA\xD4");
  CHECK(gb.error.empty());
  CHECK(gb.converted == "GB18030");
  CHECK(gb.text == "一、测试");
}

TEST_CASE("bytes that are not text are refused", "[import]") {
  CHECK_FALSE(decode_text(std::string("一、\0目标", 11)).error.empty());
  CHECK_FALSE(decode_text("\x81\x30").error.empty());  // a GB18030 sequence cut short
  CHECK_FALSE(decode_text("\xFF\xFF\xFF\xFF").error.empty());
}
