// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/outline.h"

namespace plancheck {

/// One row of a task table flattened to text (cells one per line, `|` lines between).
struct TableRow {
  int number = 0;
  std::string category;  ///< the group cell, carried down from the row that has it
  TracedText text;       ///< the requirement cell
  TracedText units;      ///< the responsible cell
  TracedText deadline;   ///< the deadline cell
  std::size_t line = 0;
};

struct FlatTable {
  std::vector<std::string> header;
  std::vector<TableRow> rows;
  std::vector<std::size_t> unplaced_lines;  ///< cells that fit no row
  std::size_t first_line = 0;
};

/// Whether the lines are a flattened table: many lines that hold only `|`.
bool looks_like_flat_table(const std::vector<SourceLine>& lines);

/// Reads the table: the header names its columns (任务/要求/内容, 责任…, 时限/时间);
/// a row starts at a cell that is only a number.
std::optional<FlatTable> read_flat_table(const std::vector<SourceLine>& lines);

}  // namespace plancheck
