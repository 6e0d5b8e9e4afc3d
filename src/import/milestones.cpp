// SPDX-License-Identifier: MIT
#include "import/milestones.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "import/text_util.h"
#include "text/utf8.h"
#include "when/text_phrases.h"
#include "when/when_expr.h"
#include "when/zh_lexicon.h"

namespace plancheck {

using namespace import_text;

namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// A four-digit year 19xx/20xx followed by 年 at `i`.
bool year_at(std::u32string_view s, std::size_t i) {
  if (i + 5 > s.size()) return false;
  if (!(s[i] == U'1' || s[i] == U'2') || !(s[i + 1] == U'9' || s[i + 1] == U'0')) return false;
  if (!is_digit(s[i + 2]) || !is_digit(s[i + 3]) || s[i + 4] != U'年') return false;
  return i == 0 || !is_digit(s[i - 1]);
}

// Bracket and title depth at each character, so years inside （…） 《…》 〔…〕 are skipped.
std::vector<int> nesting(std::u32string_view s) {
  std::vector<int> depth(s.size(), 0);
  int d = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_open_bracket(s[i]) || s[i] == U'《' || s[i] == U'〈' || s[i] == U'<') ++d;
    depth[i] = d;
    if ((is_close_bracket(s[i]) || s[i] == U'》' || s[i] == U'〉' || s[i] == U'>') && d > 0) --d;
  }
  return depth;
}

bool boundary_before(std::u32string_view s, std::size_t i) {
  if (i == 0) return true;
  char32_t c = s[i - 1];
  return is_clause_separator(c) || c == U'：' || c == U':' || c == U'的' || c == U'于' ||
         c == U'在' || c == U'是' || c == U'；';
}

struct Candidate {
  std::size_t offset, length;
  bool weak;
};

// A year the grammar reads alone (2017年度, 到2020年) dates a task only where it stands as
// one: not in brackets or a title, not compared with (较2015年, 2013年以来), not in a span.
bool year_dates_task(std::u32string_view s, const std::vector<int>& depth, std::size_t offset,
                     std::size_t length) {
  std::size_t year = offset;
  while (year < offset + length && !year_at(s, year)) ++year;
  if (year == offset + length || depth[year] > 0) return false;
  char32_t before = year > 0 ? s[year - 1] : U'\0';
  if (before == U'比' || before == U'较' || before == U'—' || before == U'-' || before == U'至' ||
      before == U'～' || before == U'~') {
    return false;
  }
  std::size_t end = offset + length;
  char32_t after = end < s.size() ? s[end] : U'\0';
  if (after == U'—' || after == U'-' || after == U'至' || after == U'以' || after == U'、' ||
      after == U'来' || is_digit(after)) {
    return false;
  }
  return year > offset || s[end - 1] == U'度' || boundary_before(s, year);
}

// A duty with no date, where the text says so in a word of its own.
std::vector<Candidate> continuing_candidates(std::u32string_view s, const std::vector<int>& depth) {
  for (std::u32string_view word : standing_duty_words_in_text()) {
    std::size_t at = s.find(word);
    if (at != std::u32string_view::npos && depth[at] == 0) return {{at, word.size(), false}};
  }
  return {};
}

// The clause a phrase dates, without the phrase and the words that join it in
// (并于6月1日开始实施 → the clause's action).
// Clauses are read at most this far from their phrase, so a text that is one endless
// clause of dates stays linear.
constexpr std::size_t kClauseReach = 120;

std::string clause_what(std::u32string_view text, std::size_t offset, std::size_t length,
                        bool keep_whole) {
  auto is_cut = [](char32_t c) {
    return is_clause_separator(c) || c == U'：' || c == U':' || c == U'！' || c == U'？';
  };
  std::size_t start = offset;
  while (start > 0 && offset - start < kClauseReach && !is_cut(text[start - 1])) --start;
  std::size_t end = offset + length;
  while (end < text.size() && end - offset < kClauseReach && !is_cut(text[end])) ++end;
  std::u32string_view before = trim(text.substr(start, offset - start));
  std::size_t cut = 0;
  while (ends_with_any(before, {U"并于", U"并在", U"于", U"在", U"从", U"到", U"自"}, &cut)) {
    before.remove_suffix(cut);
  }
  std::u32string_view after = trim(text.substr(offset + length, end - offset - length));
  // 实施月通报制度: a recurrence inside a noun phrase belongs to it.
  if (keep_whole && !before.empty() && !after.empty()) {
    return to_utf8(shorten(trim(text.substr(start, end - start)), 40));
  }
  std::u32string rest = std::u32string(before) + std::u32string(after);
  std::u32string_view r = trim(rest);
  while (starts_with_any(r, {U"并于", U"并在", U"于", U"在", U"从", U"到", U"自", U"起", U"前"},
                         &cut)) {
    r.remove_prefix(cut);
  }
  // 并于6月1日开始|实施: a verb alone after the phrase is the phrase's.
  bool only_verb = std::any_of(starting_verbs().begin(), starting_verbs().end(),
                               [&](std::u32string_view verb) { return after == verb; }) ||
                   std::any_of(finishing_verbs().begin(), finishing_verbs().end(),
                               [&](std::u32string_view verb) { return after == verb; });
  if (r.size() < 3) {
    if ((after.empty() || only_verb) && start > 1 && !is_sentence_end(text[start - 1])) {
      // 制定…方案，并于6月1日开始实施: what starts is in the clause before.
      std::size_t prev_start = start - 1;
      while (prev_start > 0 && start - prev_start < kClauseReach && !is_cut(text[prev_start - 1])) {
        --prev_start;
      }
      r = trim(text.substr(prev_start, start - 1 - prev_start));
    } else if (end < text.size()) {
      // 6月底前，建筑工地全部安装…: what is due is in the clause after.
      std::size_t next_end = end + 1;
      while (next_end < text.size() && next_end - end < kClauseReach && !is_cut(text[next_end])) {
        ++next_end;
      }
      r = trim(text.substr(end + 1, next_end - end - 1));
      // …按照属地管理的原则，对…全部进行硬化: the grounds are not what is due.
      if (starts_with_any(r, {U"按照", U"根据", U"依据"}) && next_end < text.size()) {
        std::size_t after_end = next_end + 1;
        while (after_end < text.size() && after_end - next_end < kClauseReach &&
               !is_cut(text[after_end])) {
          ++after_end;
        }
        r = trim(text.substr(next_end + 1, after_end - next_end - 1));
      }
    }
  }
  return to_utf8(shorten(r, 40));
}

}  // namespace

std::vector<FoundPhrase> find_task_phrases(std::u32string_view text,
                                           const ScheduleContext& context) {
  std::vector<Candidate> candidates;
  std::vector<bool> covered(text.size(), false);
  std::vector<int> depth = nesting(text);
  for (const PhraseMatch& m : find_deadline_phrases(to_utf8(text))) {
    if (m.mention) continue;
    if (m.year_only && !year_dates_task(text, depth, m.offset, m.length)) continue;
    candidates.push_back({m.offset, m.length, m.year_only});
    std::fill(covered.begin() + static_cast<std::ptrdiff_t>(m.offset),
              covered.begin() + static_cast<std::ptrdiff_t>(m.offset + m.length), true);
  }
  for (const Candidate& extra : continuing_candidates(text, depth)) {
    bool overlaps =
        std::any_of(covered.begin() + static_cast<std::ptrdiff_t>(extra.offset),
                    covered.begin() + static_cast<std::ptrdiff_t>(extra.offset + extra.length),
                    [](bool c) { return c; });
    if (!overlaps) candidates.push_back(extra);
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.offset < b.offset; });
  if (candidates.size() > kMaxTaskPhrases) candidates.resize(kMaxTaskPhrases);
  std::vector<FoundPhrase> out;
  std::vector<bool> weak;
  for (const Candidate& c : candidates) {
    FoundPhrase found;
    found.offset = c.offset;
    found.length = c.length;
    std::u32string_view written = text.substr(c.offset, c.length);
    found.phrase = to_utf8(written);
    // 2017年年底前 writes 年 twice; the draft writes the usual form (2017年底前).
    if (written.size() > 6 && year_at(written, 0) && written[5] == U'年') {
      found.phrase =
          to_utf8(std::u32string(written.substr(0, 4)) + std::u32string(written.substr(5)));
    }
    WhenParse parsed = parse_when(found.phrase);
    if (auto* error = std::get_if<WhenError>(&parsed)) {
      found.problem = error->message;
    } else {
      const WhenExpr& expr = std::get<WhenExpr>(parsed);
      found.needs_event = counts_from_event(expr);
      auto compiled = compile_when(expr, context, found.needs_event ? "draft" : "");
      if (auto* problem = std::get_if<ScheduleProblem>(&compiled)) {
        found.problem = problem->message;
      } else {
        found.schedule = std::get<Schedule>(std::move(compiled));
      }
    }
    bool recurring = found.schedule && found.schedule->periodic();
    found.what = clause_what(text, c.offset, c.length, recurring);
    out.push_back(std::move(found));
    weak.push_back(c.weak);
  }
  // A target year dating the same day as a stronger phrase adds nothing
  // (年前完成2017年度其余任务).
  // Keys of the days already dated, so the check stays linear in the number of phrases.
  auto key = [](const Schedule& t) {
    CompiledDays d = t.days();
    return std::make_tuple(static_cast<int>(t.kind()), d.date.value_or(Date{}),
                           d.start.value_or(Date{}), d.date.has_value(), d.start.has_value());
  };
  std::set<decltype(key(std::declval<const Schedule&>()))> strong, weak_seen;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!weak[i] && out[i].schedule) strong.insert(key(*out[i].schedule));
  }
  std::vector<bool> drop(out.size(), false);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!weak[i] || !out[i].schedule) continue;
    auto k = key(*out[i].schedule);
    drop[i] = strong.contains(k) || !weak_seen.insert(k).second;
  }
  std::vector<FoundPhrase> kept;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!drop[i]) kept.push_back(std::move(out[i]));
  }
  return kept;
}

}  // namespace plancheck
