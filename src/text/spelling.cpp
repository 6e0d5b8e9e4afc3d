// SPDX-License-Identifier: MIT
#include "text/spelling.h"

#include <algorithm>
#include <numeric>

#include "text/utf8.h"

namespace plancheck {
namespace {

// Levenshtein distance, or any value above `limit` as soon as the distance is known to
// exceed it: every row's minimum is a lower bound, so hopeless candidates stop early and
// a suggestion search over long hostile names stays linear, not quadratic, per candidate.
std::size_t distance_within(const std::u32string& s, const std::u32string& t, std::size_t limit) {
  std::size_t gap = s.size() > t.size() ? s.size() - t.size() : t.size() - s.size();
  if (gap > limit) return limit + 1;
  std::vector<std::size_t> row(t.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= s.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t row_min = row[0];
    for (std::size_t j = 1; j <= t.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (s[i - 1] == t[j - 1] ? 0 : 1)});
      diagonal = above;
      row_min = std::min(row_min, row[j]);
    }
    if (row_min > limit) return limit + 1;
  }
  return row[t.size()];
}

// Suggestions are for slips in names and keys; text longer than this is no slip.
constexpr std::size_t kLongestSuggestible = 200;

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::u32string s = to_u32(a), t = to_u32(b);
  return distance_within(s, t, std::max(s.size(), t.size()));
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  // A third of the word may be wrong: 'respnsible' or '区环保厅' still find their target,
  // while unrelated short names do not.
  const std::u32string s = to_u32(word);
  if (s.size() > kLongestSuggestible) return "";
  std::size_t allowed = std::max<std::size_t>(1, (s.size() + 2) / 3);
  std::string best;
  std::size_t best_distance = allowed + 1;
  for (const auto& candidate : candidates) {
    if (best_distance == 0) break;
    if (candidate.size() > 4 * kLongestSuggestible) continue;
    std::size_t d = distance_within(s, to_u32(candidate), best_distance - 1);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

}  // namespace plancheck
