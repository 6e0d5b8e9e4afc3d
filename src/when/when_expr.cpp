// SPDX-License-Identifier: MIT
#include "when/when_expr.h"

#include <algorithm>

namespace plancheck {

WhenParse parse_when(std::string_view phrase) {
  // Any non-ASCII character makes it the plan's own Chinese; plain ASCII is English
  // (which also covers ISO dates such as 2017-06-30).
  bool ascii = std::all_of(phrase.begin(), phrase.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return ascii ? parse_when_en(phrase) : parse_when_zh(phrase);
}

// The JSON names are the English words themselves.
bool counts_from_event(const WhenExpr& expr) {
  return expr.kind == TimingKind::relative || expr.event_span;
}

std::string_view kind_name(TimingKind kind) { return kind_term(kind).english; }

std::string_view period_name(Period period) { return period_term(period).english; }

Term kind_term(TimingKind kind) {
  switch (kind) {
    case TimingKind::deadline:
      return term("deadline");
    case TimingKind::start:
      return term("start");
    case TimingKind::window:
      return term("window");
    case TimingKind::recurring:
      return term("recurring");
    case TimingKind::relative:
      return term("relative");
    case TimingKind::continuous:
      break;
  }
  return term("continuous");
}

Term period_term(Period period) {
  switch (period) {
    case Period::day:
      return term("day");
    case Period::week:
      return term("week");
    case Period::month:
      return term("month");
    case Period::quarter:
      return term("quarter");
    case Period::half_year:
      return term("half-year");
    case Period::year:
      return term("year");
    case Period::none:
      break;
  }
  return Term{""};
}

}  // namespace plancheck
