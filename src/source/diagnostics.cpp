// SPDX-License-Identifier: MIT
#include "source/diagnostics.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "text/enum_labels.h"

namespace plancheck {

Diagnostic& Diagnostics::add(SourceLoc loc, const Rule& rule, Message message) {
  return add(Diagnostic{rule.severity, loc, rule.id, std::move(message), {}, {}});
}

Diagnostic& Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::error) ++errors_;
  if (diagnostic.severity == Severity::warning) ++warnings_;
  list_.push_back(std::move(diagnostic));
  return list_.back();
}

void Diagnostics::append(Diagnostics&& other) {
  errors_ += other.errors_;
  warnings_ += other.warnings_;
  list_.insert(list_.end(), std::make_move_iterator(other.list_.begin()),
               std::make_move_iterator(other.list_.end()));
  other = Diagnostics();
}

void Diagnostics::sort() {
  auto key = [](const Diagnostic& d) {
    std::string_view path = d.loc.file ? std::string_view(d.loc.file->path()) : "";
    return std::make_tuple(path, d.loc.line, d.loc.col);
  };
  std::stable_sort(list_.begin(), list_.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

void Diagnostics::limit_per_line(std::size_t max) {
  using Line = std::pair<const SourceFile*, std::uint32_t>;
  std::map<Line, std::size_t> shown;
  std::map<Line, std::size_t> last_kept;
  std::map<Line, std::size_t> hidden;
  std::vector<Diagnostic> kept;
  constexpr std::size_t kQuoteBudget = 1 << 20;
  for (Diagnostic& d : list_) {
    Line line{d.loc.file, d.loc.line};
    // The line's length matters only from its second finding on (one is always shown),
    // and asking for it may read a file again.
    auto over_budget = [&](std::size_t count) {
      if (count <= 1) return false;
      std::size_t length = d.loc.file->line(d.loc.line).size();
      return count > std::clamp<std::size_t>(kQuoteBudget / (length + 1), 1, max);
    };
    if (d.loc.file && d.loc.line > 0 && over_budget(++shown[line])) {
      ++hidden[line];
      continue;
    }
    last_kept[line] = kept.size();
    kept.push_back(std::move(d));
  }
  for (auto [line, count] : hidden) {
    kept[last_kept[line]].notes.push_back(
        Note{SourceLoc{line.first, 0, 0, 0},
             message("{} more findings on line {} are not shown", count, line.second)});
  }
  list_ = std::move(kept);
}

std::string_view severity_name(Severity severity) {
  constexpr std::array<std::string_view, 3> kNames = {"error", "warning", "note"};
  return enum_label(kNames, severity);
}

}  // namespace plancheck
