// SPDX-License-Identifier: MIT
#include "import/decode.h"

#include <iconv.h>

#include <cerrno>

#include "text/utf8.h"

namespace plancheck {
namespace {

bool has_binary_controls(const std::string& text) {
  for (unsigned char c : text) {
    if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v')) {
      return true;
    }
  }
  return false;
}

// Converts with glibc's iconv; an empty message means success.
Message convert_gb18030(const std::string& bytes, std::string& out) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    return message("this system's iconv cannot read GB18030");
  }
  out.clear();
  std::string input = bytes;
  char* in = input.data();
  std::size_t in_left = input.size();
  char buffer[16384];
  Message error;
  while (in_left > 0) {
    char* dst = buffer;
    std::size_t dst_left = sizeof buffer;
    std::size_t rc = iconv(cd, &in, &in_left, &dst, &dst_left);
    out.append(buffer, static_cast<std::size_t>(dst - buffer));
    if (rc == static_cast<std::size_t>(-1) && errno != E2BIG) {
      error = message("the file is neither UTF-8 nor GB18030 text");
      break;
    }
  }
  iconv_close(cd);
  return error;
}

}  // namespace

DecodedText decode_text(const std::string& bytes) {
  DecodedText result;
  std::string_view view(bytes);
  if (view.starts_with("\xEF\xBB\xBF")) view.remove_prefix(3);
  auto invalid = find_invalid_utf8(view);
  // A UTF-8 file cut inside its last character is still UTF-8, not another encoding.
  if (invalid && *invalid + 4 > view.size() && *invalid > 0 &&
      static_cast<unsigned char>(view[*invalid]) >= 0xC0) {
    view = view.substr(0, *invalid);
    invalid.reset();
  }
  if (!invalid) {
    result.text = std::string(view);
  } else {
    Message error = convert_gb18030(bytes, result.text);
    if (!error.empty()) {
      result.text.clear();
      result.error = error;
      return result;
    }
    result.converted = "GB18030";
  }
  if (has_binary_controls(result.text)) {
    result.text.clear();
    result.error = message("the file holds control characters (binary data?), not text");
  }
  return result;
}

}  // namespace plancheck
