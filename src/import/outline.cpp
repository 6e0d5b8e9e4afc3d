// SPDX-License-Identifier: MIT
#include "import/outline.h"

#include <unordered_set>

#include "import/text_util.h"
#include "text/utf8.h"

namespace plancheck {

using namespace import_text;

namespace {

// Deeper numbering is rare and would not fit a task id (four levels at most).
constexpr std::size_t kMaxDepth = 4;

std::size_t utf8_length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

}  // namespace

void TracedText::append(std::u32string_view s, std::size_t first_offset,
                        const std::u32string& line) {
  // `s` lies inside `line`, which starts at `first_offset - (bytes before s)`; walk the
  // line to learn each character's byte offset.
  std::size_t start = static_cast<std::size_t>(s.data() - line.data());
  std::size_t offset = first_offset;
  for (std::size_t i = 0; i < start; ++i) offset += utf8_length(line[i]);
  for (char32_t c : s) {
    chars.push_back(c);
    origin.push_back(offset);
    offset += utf8_length(c);
  }
}

TracedText TracedText::slice(std::size_t from, std::size_t to) const {
  TracedText out;
  to = std::min(to, chars.size());
  if (from >= to) return out;
  out.chars = chars.substr(from, to - from);
  out.origin.assign(origin.begin() + static_cast<std::ptrdiff_t>(from),
                    origin.begin() + static_cast<std::ptrdiff_t>(to));
  return out;
}

std::string OutlineItem::id() const {
  std::string out;
  for (int n : numbers) {
    if (!out.empty()) out += '.';
    out += std::to_string(n);
  }
  return out;
}

std::vector<SourceLine> split_lines(const std::string& text) {
  std::vector<SourceLine> lines;
  std::size_t start = 0;
  std::size_t number = 1;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view raw(text.data() + start, end - start);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    lines.push_back(SourceLine{number++, start, to_u32(raw)});
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

NumberMarker parse_number_marker(std::u32string_view line) {
  NumberMarker m;
  std::size_t lead = line.size() - trim(line).size();
  lead = 0;
  while (lead < line.size() && is_space(line[lead])) ++lead;
  std::u32string_view s = line.substr(lead);
  auto finish = [&](int form, int number, std::size_t used) {
    if (number <= 0) return;
    std::size_t end = used;
    while (end < s.size() && is_space(s[end])) ++end;
    if (end >= s.size()) return;  // a bare number is a table cell or a stray digit
    m = NumberMarker{form, number, lead + end};
  };
  if (s.empty()) return m;
  if (s[0] == U'（' || s[0] == U'(') {
    auto close = s.find_first_of(U"）)");
    if (close == std::u32string_view::npos || close < 2 || close > 5) return m;
    std::u32string_view inner = s.substr(1, close - 1);
    if (int n = chinese_number(inner); n > 0) {
      finish(1, n, close + 1);
    } else if (int d = decimal_number(inner); d > 0) {
      finish(3, d, close + 1);
    }
    return m;
  }
  std::size_t i = 0;
  while (i < s.size() && i < 4 && chinese_number(s.substr(0, i + 1)) > 0) ++i;
  if (i > 0 && i < s.size() && (s[i] == U'、' || s[i] == U'．')) {
    finish(0, chinese_number(s.substr(0, i)), i + 1);
    return m;
  }
  i = 0;
  while (i < s.size() && i < 3 && decimal_number(s.substr(0, i + 1)) >= 0) ++i;
  if (i > 0 && i + 1 < s.size() && (s[i] == U'．' || s[i] == U'.' || s[i] == U'、')) {
    // 1.5倍 is a number, but 1．10月底前 and 2.2017年 start items: a full-width dot or 、
    // never writes a fraction, and a date follows a number's dot only in an item.
    std::size_t digits = i + 1;
    while (digits < s.size() && decimal_number(s.substr(digits, 1)) >= 0) ++digits;
    bool fraction = s[i] == U'.' && digits > i + 1 &&
                    !(digits < s.size() && (s[digits] == U'月' || s[digits] == U'年'));
    if (!fraction) finish(2, decimal_number(s.substr(0, i)), i + 1);
  }
  return m;
}

Outline split_outline(std::vector<SourceLine> lines) {
  Outline out;
  struct Level {
    int form;
    int number;
    std::size_t item;
  };
  std::vector<Level> stack;
  std::unordered_set<std::string> seen;
  for (const SourceLine& line : lines) {
    std::u32string_view text = trim(line.text);
    if (text.empty()) continue;
    NumberMarker marker = parse_number_marker(line.text);
    if (marker.form >= 0) {
      while (!stack.empty() && stack.back().form >= marker.form) stack.pop_back();
      if (stack.size() < kMaxDepth) {
        OutlineItem item;
        for (const Level& level : stack) item.numbers.push_back(level.number);
        item.numbers.push_back(marker.number);
        item.line = line.number;
        std::u32string_view rest = trim(std::u32string_view(line.text).substr(marker.length));
        item.body.append(rest, line.offset, line.text);
        item.duplicate = !seen.insert(item.id()).second;
        if (!stack.empty()) out.items[stack.back().item].has_children = true;
        if (out.items.empty()) out.first_item_line = line.number;
        stack.push_back(Level{marker.form, marker.number, out.items.size()});
        out.items.push_back(std::move(item));
        continue;
      }
    }
    if (!out.items.empty()) out.items.back().body.append(text, line.offset, line.text);
  }
  out.lines = std::move(lines);
  return out;
}

}  // namespace plancheck
