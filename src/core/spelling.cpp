// SPDX-License-Identifier: MIT
#include "core/spelling.h"

#include <algorithm>
#include <numeric>

#include "core/utf8.h"

namespace plancheck {
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::u32string s = to_u32(a), t = to_u32(b);
  std::vector<std::size_t> row(t.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= s.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= t.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (s[i - 1] == t[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[t.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  // A third of the word may be wrong: 'respnsible' or '区环保厅' still find their target,
  // while unrelated short names do not.
  std::size_t length = to_u32(word).size();
  std::size_t allowed = std::max<std::size_t>(1, (length + 2) / 3);
  std::string best;
  std::size_t best_distance = allowed + 1;
  for (const auto& candidate : candidates) {
    std::size_t d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

}  // namespace plancheck
