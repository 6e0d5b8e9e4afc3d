// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace plancheck {

/// One line of the decoded source.
struct SourceLine {
  std::size_t number = 0;  ///< 1-based
  std::size_t offset = 0;  ///< byte offset of the line's first byte
  std::u32string text;     ///< without the line ending
};

/// Text gathered from the source, each character remembering its byte offset there, so
/// a finding about any part of it can point into the .txt.
struct TracedText {
  std::u32string chars;
  std::vector<std::size_t> origin;

  void append(std::u32string_view s, std::size_t first_offset, const std::u32string& line);
  TracedText slice(std::size_t from, std::size_t to) const;
};

/// A numbered item of the document: 一、 (一) 1． (1) and what follows it up to the next
/// numbered line.
struct OutlineItem {
  std::vector<int> numbers;  ///< 三、(一) 2． is {3, 1, 2}
  std::size_t line = 0;
  TracedText body;  ///< everything after the number, lines joined
  bool has_children = false;
  bool duplicate = false;  ///< its number was already used (numbering restarted)
  std::string id() const;
};

struct Outline {
  std::vector<SourceLine> lines;
  std::size_t first_item_line = 0;  ///< lines before it are the header (0: no items)
  std::vector<OutlineItem> items;
};

std::vector<SourceLine> split_lines(const std::string& text);

/// The numbering levels are told apart by their form, in the order 一、 > (一) > 1． > (1),
/// full-width or half-width; a document that skips a form nests the next one directly.
Outline split_outline(std::vector<SourceLine> lines);

/// The marker a line starts with, if any: its form (0..3), number and length in chars.
struct NumberMarker {
  int form = -1;
  int number = 0;
  std::size_t length = 0;
};
NumberMarker parse_number_marker(std::u32string_view line);

}  // namespace plancheck
