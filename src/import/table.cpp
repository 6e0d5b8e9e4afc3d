// SPDX-License-Identifier: MIT
#include "import/table.h"

#include "import/text_util.h"
#include "text/utf8.h"

namespace plancheck {

using namespace import_text;

namespace {

struct Cell {
  TracedText text;
  std::size_t line = 0;
  std::size_t line_last = 0;
};

bool is_bar(std::u32string_view s) {
  s = trim(s);
  return s == U"|" || s == U"｜";
}

enum class Column { text, units, deadline, other };

Column column_of(std::u32string_view label) {
  if (label.find(U"责任") != std::u32string_view::npos ||
      label.find(U"单位") != std::u32string_view::npos ||
      label.find(U"科室") != std::u32string_view::npos ||
      label.find(U"部门") != std::u32string_view::npos) {
    return Column::units;
  }
  if (label.find(U"时限") != std::u32string_view::npos ||
      label.find(U"时间") != std::u32string_view::npos ||
      label.find(U"期限") != std::u32string_view::npos) {
    return Column::deadline;
  }
  if (label.find(U"要求") != std::u32string_view::npos ||
      label.find(U"内容") != std::u32string_view::npos ||
      label.find(U"措施") != std::u32string_view::npos) {
    return Column::text;
  }
  return Column::other;
}

}  // namespace

bool looks_like_flat_table(const std::vector<SourceLine>& lines) {
  std::size_t bars = 0, nonblank = 0;
  for (const SourceLine& line : lines) {
    if (trim(line.text).empty()) continue;
    ++nonblank;
    if (is_bar(line.text)) ++bars;
  }
  return bars >= 4 && bars * 4 >= nonblank;
}

std::optional<FlatTable> read_flat_table(const std::vector<SourceLine>& lines) {
  std::vector<Cell> cells;
  Cell current;
  auto flush = [&] {
    if (!current.text.chars.empty()) cells.push_back(std::move(current));
    current = Cell{};
  };
  bool seen_bar = false;
  for (const SourceLine& line : lines) {
    if (is_bar(line.text)) {
      // What comes before the first bar is the page's preamble and, on its last line,
      // the first header cell.
      if (!seen_bar && !current.text.chars.empty()) {
        const SourceLine& header_line = lines[current.line_last - 1];
        current = Cell{};
        current.line = header_line.number;
        current.text.append(trim(header_line.text), header_line.offset, header_line.text);
      }
      seen_bar = true;
      flush();
      continue;
    }
    std::u32string_view t = trim(line.text);
    if (t.empty()) continue;
    if (current.text.chars.empty()) current.line = line.number;
    current.line_last = line.number;
    current.text.append(t, line.offset, line.text);
  }
  flush();
  FlatTable table;
  std::size_t first_row = cells.size();
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (decimal_number(cells[i].text.chars) > 0) {
      first_row = i;
      break;
    }
  }
  if (first_row == cells.size() || first_row == 0) return std::nullopt;
  // Header labels are the cells that name a column; the last cell before the first row
  // that names none is the first row's category.
  std::vector<Column> columns;
  std::size_t header_end = first_row;
  std::string category;
  if (first_row >= 1 && column_of(cells[first_row - 1].text.chars) == Column::other &&
      first_row >= 2) {
    category = to_utf8(cells[first_row - 1].text.chars);
    header_end = first_row - 1;
  }
  for (std::size_t i = 0; i < header_end; ++i) {
    table.header.push_back(to_utf8(cells[i].text.chars));
    columns.push_back(column_of(cells[i].text.chars));
  }
  // The first header column is the category when the header names one more column than
  // a row has cells after its number.
  std::vector<Column> row_columns;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i == 0 && columns.size() >= 2 && columns[0] == Column::other) continue;
    row_columns.push_back(columns[i]);
  }
  if (row_columns.empty()) return std::nullopt;
  table.first_line = cells[0].line;
  std::size_t i = first_row;
  while (i < cells.size()) {
    int number = decimal_number(cells[i].text.chars);
    if (number <= 0) {
      // A cell before a row's number is the category of the rows that follow.
      bool next_is_number = i + 1 < cells.size() && decimal_number(cells[i + 1].text.chars) > 0;
      if (next_is_number) {
        category = to_utf8(cells[i].text.chars);
      } else {
        table.unplaced_lines.push_back(cells[i].line);
      }
      ++i;
      continue;
    }
    TableRow row;
    row.number = number;
    row.category = category;
    row.line = cells[i].line;
    std::size_t k = 0;
    for (; k < row_columns.size() && i + 1 + k < cells.size(); ++k) {
      const Cell& cell = cells[i + 1 + k];
      if (decimal_number(cell.text.chars) > 0) break;
      switch (row_columns[k]) {
        case Column::text:
        case Column::other:
          if (!row.text.chars.empty()) {
            row.text.chars += U"；";
            row.text.origin.push_back(cell.text.origin.front());
          }
          row.text.chars += cell.text.chars;
          row.text.origin.insert(row.text.origin.end(), cell.text.origin.begin(),
                                 cell.text.origin.end());
          break;
        case Column::units:
          row.units = cell.text;
          break;
        case Column::deadline:
          row.deadline = cell.text;
          break;
      }
    }
    table.rows.push_back(std::move(row));
    i += 1 + k;
  }
  return table;
}

}  // namespace plancheck
