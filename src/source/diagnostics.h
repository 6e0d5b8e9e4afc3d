// SPDX-License-Identifier: MIT
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "source/rules.h"
#include "source/source_file.h"
#include "text/message.h"

namespace plancheck {

/// A related place, printed after the finding it belongs to ("defined here").
struct Note {
  SourceLoc loc;
  Message message;
};

/// One finding: where, how bad, what, under which rule, and what to do about it.
struct Diagnostic {
  Severity severity = Severity::error;
  SourceLoc loc;
  std::string_view rule;  ///< a Rule's id, or interned() when read back from the cache
  Message message;
  Message help;
  std::vector<Note> notes;
};

/// Collects the findings of a run; nothing is printed until the run is over.
class Diagnostics {
 public:
  /// A finding under `rule`, as bad as the rule says.
  Diagnostic& add(SourceLoc loc, const Rule& rule, Message message);
  /// A finding made before, whole (one read back from the parse cache).
  Diagnostic& add(Diagnostic diagnostic);

  template <typename... Args>
  Diagnostic& report(SourceLoc loc, const Rule& rule, fmt::format_string<Args...> format,
                     Args&&... args) {
    return add(loc, rule, message(format, std::forward<Args>(args)...));
  }

  void append(Diagnostics&& other);
  /// Orders findings by file, line and column, keeping the order of equal places.
  void sort();
  /// Keeps at most `max` findings on any one line, and fewer on a line so long that
  /// quoting it that often would print more than a megabyte (always one); a note on the
  /// last one kept counts the rest. A report quotes a finding's line, so thousands of
  /// findings on one long line (a list of 10,000 unknown units) would print that line
  /// thousands of times. Counts stay those of every finding.
  void limit_per_line(std::size_t max);

  bool has_errors() const { return errors_ > 0; }
  std::size_t error_count() const { return errors_; }
  std::size_t warning_count() const { return warnings_; }
  const std::vector<Diagnostic>& all() const { return list_; }
  bool empty() const { return list_.empty(); }

 private:
  std::vector<Diagnostic> list_;
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
};

std::string_view severity_name(Severity severity);

}  // namespace plancheck
