// SPDX-License-Identifier: MIT
#include "import/unit_list.h"

#include "import/text_util.h"

namespace plancheck {

using namespace import_text;

namespace {

bool is_level_char(char32_t c) {
  return c == U'市' || c == U'区' || c == U'县' || c == U'省' || c == U'州';
}

// 市场监管局 starts with 市 but is not a city-level name by that 市.
bool has_own_level(std::u32string_view name) {
  if (name.empty()) return false;
  if (name.starts_with(U"市场") || name.starts_with(U"区域")) return false;
  return is_level_char(name[0]) || name.starts_with(U"中共") || name.starts_with(U"各") ||
         name.starts_with(U"全");
}

// Departments drop the shared level; places, branches and bracketed offices do not.
bool takes_shared_level(std::u32string_view name) {
  if (ends_with_any(name, {U"分局", U"镇", U"乡", U"街道", U"村", U"社区"})) return false;
  return ends_with_any(
      name, {U"局", U"委", U"办", U"部", U"厅", U"委员会", U"中心", U"室", U"院", U"队", U"署"});
}

std::u32string level_of(std::u32string_view name) {
  if (name.size() >= 3 && is_level_char(name[0]) && name[1] == U'委' && name.ends_with(U"部")) {
    return std::u32string(name.substr(0, 2));
  }
  if (!name.empty() && is_level_char(name[0]) && !name.starts_with(U"市场")) {
    return std::u32string(1, name[0]);
  }
  return {};
}

}  // namespace

bool is_collective_name(std::u32string_view name) {
  return name.starts_with(U"各") ||
         ends_with_any(name, {U"成员单位", U"有关部门", U"有关单位", U"相关部门", U"相关单位"}) ||
         name.find(U"有关乡镇") != std::u32string_view::npos ||
         name.find(U"乡镇（街道）") != std::u32string_view::npos ||
         name.find(U"乡镇(街道)") != std::u32string_view::npos;
}

UnitList split_unit_list(std::u32string_view list, const KnownUnit& known) {
  UnitList out;
  struct Piece {
    std::u32string_view text;
    std::size_t at;
  };
  std::vector<Piece> pieces;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= list.size(); ++i) {
    bool end = i == list.size();
    if (!end && is_open_bracket(list[i])) ++depth;
    if (!end && is_close_bracket(list[i]) && depth > 0) --depth;
    if (end || (depth == 0 && is_list_separator(list[i]))) {
      std::u32string_view raw = list.substr(start, i - start);
      std::u32string_view piece = trim(raw);
      while (!piece.empty() && (piece.back() == U'。' || piece.back() == U'.')) {
        piece.remove_suffix(1);
      }
      piece = trim(piece);
      if (!piece.empty()) {
        pieces.push_back({piece, static_cast<std::size_t>(piece.data() - list.data())});
      }
      start = i + 1;
    }
  }
  std::u32string level;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    std::u32string name(pieces[i].text);
    std::size_t etc = 0;
    if (ends_with_any(name, {U"等有关部门", U"等相关部门", U"等部门", U"等单位", U"等"}, &etc) &&
        name.size() > etc) {
      name.resize(name.size() - etc);
      out.open_ended = true;
    }
    // 各县、区人民政府 names one collective: 各县 alone has no unit word.
    if (name.size() == 2 && name[0] == U'各' && i + 1 < pieces.size()) {
      std::size_t from = pieces[i].at;
      const Piece& next = pieces[i + 1];
      name = std::u32string(list.substr(from, next.at + next.text.size() - from));
      pieces[i + 1].text = {};
      out.units.push_back(ListedUnit{name, from, false});
      ++i;
      continue;
    }
    bool prefixed = false;
    bool is_known = known && known(name);
    if (!is_known && !level.empty() && !has_own_level(name)) {
      std::u32string with_level = level + name;
      if ((known && known(with_level)) || takes_shared_level(name)) {
        name = with_level;
        prefixed = true;
      }
    }
    if (std::u32string own = level_of(name); !own.empty()) level = own;
    out.units.push_back(ListedUnit{name, pieces[i].at, prefixed});
  }
  return out;
}

}  // namespace plancheck
