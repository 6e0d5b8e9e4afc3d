// SPDX-License-Identifier: MIT
#include "when/when_expr.h"

#include <algorithm>
#include <array>

#include "text/enum_labels.h"

namespace plancheck {

WhenParse parse_when(std::string_view phrase) {
  // Any non-ASCII character makes it the plan's own Chinese; plain ASCII is English
  // (which also covers ISO dates such as 2017-06-30).
  bool ascii = std::all_of(phrase.begin(), phrase.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  // A date in digits only, as a table writes it (2020/11/30, 2019.6.30), is read by the
  // grammar that knows those forms; an ISO date reads the same in both.
  bool words = std::any_of(phrase.begin(), phrase.end(),
                           [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
  return ascii && (words || phrase.find('-') != std::string_view::npos) ? parse_when_en(phrase)
                                                                        : parse_when_zh(phrase);
}

// The JSON names are the English words themselves.
bool counts_from_event(const WhenExpr& expr) {
  return expr.kind == TimingKind::relative || expr.event_span;
}

int period_months(Period period) {
  switch (period) {
    case Period::month:
      return 1;
    case Period::quarter:
      return 3;
    case Period::half_year:
      return 6;
    case Period::year:
      return 12;
    case Period::none:
    case Period::day:
    case Period::week:
    case Period::working_day:
      break;
  }
  return 0;
}

std::string_view kind_name(TimingKind kind) { return kind_term(kind).english; }

std::string_view period_name(Period period) { return period_term(period).english; }

Term kind_term(TimingKind kind) {
  // In the order of TimingKind's enumerators.
  constexpr std::array<Term, 6> kTerms = {term("deadline"),  term("start"),    term("window"),
                                          term("recurring"), term("relative"), term("continuous")};
  return enum_label(kTerms, kind);
}

Term period_term(Period period) {
  // In the order of Period's enumerators; Period::none has no name.
  constexpr std::array<Term, 8> kTerms = {Term{""},      term("day"),        term("week"),
                                          term("month"), term("quarter"),    term("half-year"),
                                          term("year"),  term("working-day")};
  return enum_label(kTerms, period);
}

}  // namespace plancheck
