// SPDX-License-Identifier: MIT
// One grammar: every phrase of the case files that `when` reads alone is found in running
// text, written inside sentences as plans write them, and found with the same dates.
#include "catch.hpp"
#include "core/case_file.h"
#include "text/utf8.h"
#include "when/schedule.h"
#include "when/text_phrases.h"
#include "when/when_expr.h"

using namespace plancheck;

namespace {

std::optional<EventSpan> event_span(std::string_view) {
  return EventSpan{make_date(2018, 2, 15), make_date(2018, 3, 2)};
}

// The dates a phrase compiles to, as text to compare; nothing when it does not compile.
std::optional<std::string> dates_of(std::string_view phrase, int year) {
  WhenParse parsed = parse_when(phrase);
  const WhenExpr* expr = std::get_if<WhenExpr>(&parsed);
  if (!expr || expr->kind == TimingKind::continuous) return std::nullopt;
  ScheduleContext context{year, make_date(year, 1, 1), event_span};
  auto compiled = compile_when(*expr, context, "event");
  const Schedule* schedule = std::get_if<Schedule>(&compiled);
  if (!schedule) return std::nullopt;
  std::string out(kind_name(schedule->kind()));
  for (const Occurrence& o : schedule->first_occurrences(3)) {
    out += " " + format_iso(o.start) + ".." + format_iso(o.end);
  }
  return out;
}

// Whether a phrase stands alone as its own clause in the text: it has punctuation of its
// own, or words the finder leaves to the clause (a label before a colon, an action).
bool has_clause_words(std::string_view phrase) {
  for (std::string_view mark : {"，", "。", "；", ",", ";", "：", ":", " ", "\n"}) {
    if (phrase.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every phrase the grammar reads alone is found in running text", "[phrases][cases]") {
  std::size_t tried = 0, found_same = 0;
  std::vector<std::string> misses;
  for (const char* file : {"zh-time-cases.tsv", "zh-time-cases-more.tsv", "zh-time-cases-own.tsv",
                           "zh-time-cases-own2.tsv", "zh-time-cases-own3.tsv"}) {
    for (const test::CaseRow& row : test::read_case_file(file)) {
      if (has_clause_words(row.phrase)) continue;
      auto alone = dates_of(row.phrase, row.year);
      if (!alone) continue;
      // Before a sentence's next clause, and after one.
      for (const std::string& text :
           {row.phrase + "，各单位要抓好落实。", "按照工作要求，" + row.phrase + "。"}) {
        ++tried;
        bool same = false;
        for (const PhraseMatch& match : find_deadline_phrases(text)) {
          if (dates_of(match.phrase, row.year) == alone) same = true;
        }
        if (same) {
          ++found_same;
        } else {
          misses.push_back(text);
        }
      }
    }
  }
  CHECK(tried > 600);
  CAPTURE(tried, found_same);
  for (const std::string& miss : misses) UNSCOPED_INFO(miss);
  CHECK(misses.empty());
}
