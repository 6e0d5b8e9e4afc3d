// SPDX-License-Identifier: MIT
#include "text/lookalike.h"

#include <unicode/uspoof.h>
#include <utf8proc.h>

#include <vector>

namespace plancheck {
namespace {

// One checker for the process: skeletons are read-only work on it, safe from every
// thread that checks a file, and it lives until exit.
const USpoofChecker* checker() {
  static const USpoofChecker* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* sc = uspoof_open(&status);
    if (U_FAILURE(status)) return static_cast<USpoofChecker*>(nullptr);
    uspoof_setChecks(sc, USPOOF_CONFUSABLE, &status);
    return U_FAILURE(status) ? nullptr : sc;
  }();
  return instance;
}

}  // namespace

std::string lookalike_skeleton(std::string_view name) {
  const USpoofChecker* sc = checker();
  if (!sc) return std::string(name);
  std::string out(name.size() * 2 + 16, '\0');
  for (int attempt = 0; attempt < 2; ++attempt) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uspoof_getSkeletonUTF8(sc, 0, name.data(), static_cast<int32_t>(name.size()),
                                            out.data(), static_cast<int32_t>(out.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      out.assign(static_cast<std::size_t>(length) + 1, '\0');
      continue;
    }
    if (U_FAILURE(status)) return std::string(name);
    out.resize(static_cast<std::size_t>(length));
    return out;
  }
  return std::string(name);
}

NameProblem name_problem(std::string_view name) {
  NameProblem out;
  std::vector<utf8proc_int32_t> chars;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(name.data());
  for (utf8proc_ssize_t at = 0; at < static_cast<utf8proc_ssize_t>(name.size());) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t used =
        utf8proc_iterate(bytes + at, static_cast<utf8proc_ssize_t>(name.size()) - at, &cp);
    if (used <= 0) return out;  // not UTF-8: reported where the file is read
    chars.push_back(cp);
    at += used;
  }
  auto space = [](utf8proc_int32_t cp) {
    utf8proc_category_t category = utf8proc_category(cp);
    return category == UTF8PROC_CATEGORY_ZS || cp == '\t' || cp == '\n' || cp == '\r';
  };
  if (!chars.empty() && (space(chars.front()) || space(chars.back()))) {
    out.found = out.edge_space = true;
    out.code_point = static_cast<unsigned>(space(chars.front()) ? chars.front() : chars.back());
    return out;
  }
  for (utf8proc_int32_t cp : chars) {
    utf8proc_category_t category = utf8proc_category(cp);
    bool odd_space = category == UTF8PROC_CATEGORY_ZS && cp != ' ' && cp != 0x3000;
    if (odd_space || category == UTF8PROC_CATEGORY_CF || category == UTF8PROC_CATEGORY_CC ||
        category == UTF8PROC_CATEGORY_ZL || category == UTF8PROC_CATEGORY_ZP ||
        category == UTF8PROC_CATEGORY_CN || category == UTF8PROC_CATEGORY_CO ||
        category == UTF8PROC_CATEGORY_CS) {
      out.found = true;
      out.odd_space = odd_space;
      out.code_point = static_cast<unsigned>(cp);
      return out;
    }
  }
  return out;
}

std::string printed_name(std::string_view name) {
  std::string out;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(name.data());
  for (utf8proc_ssize_t at = 0; at < static_cast<utf8proc_ssize_t>(name.size());) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t used =
        utf8proc_iterate(bytes + at, static_cast<utf8proc_ssize_t>(name.size()) - at, &cp);
    if (used <= 0) return std::string(name);
    std::string_view one =
        name.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(used));
    at += used;
    NameProblem problem = name_problem(one);
    if (!problem.found) {
      out += one;
    } else if (problem.odd_space || problem.edge_space) {
      if (cp != '\t' && cp != '\n' && cp != '\r') out += ' ';
    }
  }
  std::size_t first = out.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

}  // namespace plancheck
