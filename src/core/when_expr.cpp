// SPDX-License-Identifier: MIT
#include "core/when_expr.h"

#include <algorithm>

namespace plancheck {

WhenParse parse_when(std::string_view phrase) {
  // Any non-ASCII character makes it the plan's own Chinese; plain ASCII is English
  // (which also covers ISO dates such as 2017-06-30).
  bool ascii = std::all_of(phrase.begin(), phrase.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return ascii ? parse_when_en(phrase) : parse_when_zh(phrase);
}

std::string_view kind_name(TimingKind kind) {
  switch (kind) {
    case TimingKind::deadline:
      return "deadline";
    case TimingKind::start:
      return "start";
    case TimingKind::window:
      return "window";
    case TimingKind::recurring:
      return "recurring";
    case TimingKind::relative:
      return "relative";
    case TimingKind::continuous:
      return "continuous";
  }
  return "continuous";
}

std::string_view period_name(Period period) {
  switch (period) {
    case Period::none:
      return "";
    case Period::day:
      return "day";
    case Period::week:
      return "week";
    case Period::month:
      return "month";
    case Period::quarter:
      return "quarter";
    case Period::half_year:
      return "half-year";
    case Period::year:
      return "year";
  }
  return "";
}

}  // namespace plancheck
