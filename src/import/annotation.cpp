// SPDX-License-Identifier: MIT
#include "import/annotation.h"

#include <optional>

#include "import/text_util.h"
#include "text/utf8.h"

namespace plancheck {

using namespace import_text;

namespace {

enum class LabelKind { unit_role, person };

struct Label {
  std::u32string_view word;
  LabelKind kind;
  Role role;
};

// Longer labels first, so 数据提供单位 is not read as some shorter word.
constexpr Label kLabels[] = {
    {U"数据提供单位", LabelKind::unit_role, Role::data_provider},
    {U"牵头单位", LabelKind::unit_role, Role::lead},
    {U"牵头部门", LabelKind::unit_role, Role::lead},
    {U"主责单位", LabelKind::unit_role, Role::lead},
    {U"责任单位", LabelKind::unit_role, Role::responsible},
    {U"责任部门", LabelKind::unit_role, Role::responsible},
    {U"责任科室", LabelKind::unit_role, Role::responsible},
    {U"配合单位", LabelKind::unit_role, Role::responsible},
    {U"配合部门", LabelKind::unit_role, Role::responsible},
    {U"协办单位", LabelKind::unit_role, Role::responsible},
    {U"参与单位", LabelKind::unit_role, Role::responsible},
    {U"牵头领导", LabelKind::person, Role::lead},
    {U"责任领导", LabelKind::person, Role::lead},
    {U"分管领导", LabelKind::person, Role::lead},
    {U"联系领导", LabelKind::person, Role::lead},
};

struct Verb {
  std::u32string_view word;
  Role role;
};

constexpr Verb kVerbs[] = {
    {U"分别负责落实", Role::responsible},
    {U"牵头督导", Role::lead},
    {U"牵头负责", Role::lead},
    {U"负责牵头", Role::lead},
    {U"牵头", Role::lead},
    {U"负责落实", Role::responsible},
    {U"配合", Role::responsible},
    {U"参与", Role::responsible},
    {U"协助", Role::responsible},
    {U"协办", Role::responsible},
    {U"分别负责", Role::responsible},
    {U"负责", Role::responsible},
};

// A label and its colon at the start of `s`.
std::optional<std::pair<Label, std::size_t>> label_at(std::u32string_view s) {
  for (const Label& label : kLabels) {
    if (!s.starts_with(label.word)) continue;
    std::size_t at = label.word.size();
    while (at < s.size() && is_space(s[at])) ++at;
    if (at < s.size() && (s[at] == U'：' || s[at] == U':')) return std::make_pair(label, at + 1);
  }
  return std::nullopt;
}

std::optional<Verb> verb_at_end(std::u32string_view clause) {
  for (const Verb& verb : kVerbs) {
    if (clause.size() > verb.word.size() && clause.ends_with(verb.word)) return verb;
  }
  return std::nullopt;
}

// Names before a verb look like units: short, and not a sentence of their own.
bool unit_like(std::u32string_view list) {
  if (list.empty() || list.size() > 120) return false;
  for (std::u32string_view bad : {U"的", U"要", U"将", U"对", U"会同", U"组织", U"按照"}) {
    if (list.find(bad) != std::u32string_view::npos) return false;
  }
  return true;
}

struct Clause {
  std::u32string_view text;
  std::size_t at;  ///< in the annotation's characters
};

std::vector<Clause> split_clauses(std::u32string_view s) {
  std::vector<Clause> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    bool end = i == s.size();
    if (!end && is_open_bracket(s[i])) ++depth;
    if (!end && is_close_bracket(s[i]) && depth > 0) --depth;
    if (end || (depth == 0 && is_clause_separator(s[i]))) {
      std::u32string_view raw = s.substr(start, i - start);
      std::size_t lead = 0;
      while (lead < raw.size() && is_space(raw[lead])) ++lead;
      std::u32string_view clause = trim(raw);
      if (!clause.empty()) out.push_back({clause, start + lead});
      start = i + 1;
    }
  }
  return out;
}

// An annotation says what it is in its first words; looking no further keeps a text of
// deeply nested brackets linear.
constexpr std::size_t kFirstClauseLimit = 160;

bool starts_as_annotation(std::u32string_view content) {
  content = trim(content);
  if (label_at(content)) return true;
  std::size_t end = 0;
  int depth = 0;
  for (; end < content.size() && end < kFirstClauseLimit; ++end) {
    if (is_open_bracket(content[end])) ++depth;
    if (is_close_bracket(content[end]) && depth > 0) --depth;
    if (depth == 0 && is_clause_separator(content[end])) break;
  }
  if (end == kFirstClauseLimit) return false;
  std::u32string_view first = trim(content.substr(0, end));
  auto verb = verb_at_end(first);
  return verb && unit_like(first.substr(0, first.size() - verb->word.size()));
}

class Reader {
 public:
  Reader(const TracedText& body, const KnownUnit& known, Annotations& out)
      : body_(body), known_(known), out_(out) {}

  // Reads body_[from, to) as one annotation.
  void read(std::size_t from, std::size_t to) {
    out_.any = true;
    std::u32string_view content = std::u32string_view(body_.chars).substr(from, to - from);
    // The role a bare list continues (责任单位：A、B，C): none after a verb or a person.
    Role list_role = Role::responsible;
    bool in_list = false;
    std::size_t list_begin = 0;  // where that list's units start in out_.units
    bool last_was_first_rule = false;
    for (const Clause& clause : split_clauses(content)) {
      std::size_t at = from + clause.at;
      std::u32string_view c = clause.text;
      if (auto label = label_at(c)) {
        std::u32string_view rest = trim(c.substr(label->second));
        std::size_t rest_at = at + static_cast<std::size_t>(rest.data() - c.data());
        if (label->first.kind == LabelKind::person) {
          out_.notes.push_back(to_utf8(label->first.word) + "：" + to_utf8(rest));
          in_list = false;
        } else {
          list_role = label->first.role;
          in_list = true;
          list_begin = out_.units.size();
          add_list(rest, rest_at, list_role, out_.units);
        }
        last_was_first_rule = false;
        continue;
      }
      if (c == U"不再列出" || c == U"不再单独列出") continue;
      if (c.starts_with(U"下同")) {
        // After 排在前位为牵头部门 it carries that rule on; after a list, the list itself
        // (责任单位：各镇街区，下同).
        if (last_was_first_rule) {
          out_.first_is_lead_standing = true;
        } else if (in_list) {
          out_.standing_units.insert(out_.standing_units.end(),
                                     out_.units.begin() + static_cast<std::ptrdiff_t>(list_begin),
                                     out_.units.end());
        }
        continue;
      }
      if (c.starts_with(U"排在") && c.find(U"牵头") != std::u32string_view::npos) {
        out_.first_is_lead = true;
        if (c.find(U"下同") != std::u32string_view::npos) out_.first_is_lead_standing = true;
        last_was_first_rule = true;
        continue;
      }
      last_was_first_rule = false;
      if (standing_rule(c, at)) continue;
      if (auto verb = verb_at_end(c)) {
        std::u32string_view list = c.substr(0, c.size() - verb->word.size());
        if (unit_like(list)) {
          add_list(list, at, verb->role, out_.units);
          in_list = false;
          continue;
        }
      }
      if (in_list && unit_like(c)) {  // 责任单位：A、B，C、D: the list goes on after a comma
        add_list(c, at, list_role, out_.units);
        continue;
      }
      out_.notes.push_back(to_utf8(c));
      finding(at, c.size(),
              message("annotation clause '{}' is not a unit role; kept as a note", to_utf8(c)));
    }
  }

 private:
  // 以下均需X落实 / 以下各项工作均需X落实: X joins every later item.
  bool standing_rule(std::u32string_view c, std::size_t at) {
    if (!c.starts_with(U"以下")) return false;
    std::size_t need = c.find(U"均需");
    std::size_t size = 2;
    if (need == std::u32string_view::npos) {
      need = c.find(U"均由");
      if (need == std::u32string_view::npos) return false;
    }
    std::u32string_view rest = c.substr(need + size);
    std::size_t verb = 0;
    if (!ends_with_any(rest, {U"负责落实", U"落实", U"负责"}, &verb)) return false;
    add_list(rest.substr(0, rest.size() - verb), at + need + size, Role::responsible,
             out_.standing_units);
    return true;
  }

  void add_list(std::u32string_view list, std::size_t at, Role role, std::vector<RoleUnit>& into) {
    UnitList units = split_unit_list(list, known_);
    for (const ListedUnit& unit : units.units) {
      std::size_t i = std::min(at + unit.at, body_.origin.size() - 1);
      into.push_back(RoleUnit{role, unit.name, body_.origin[i], unit.prefix_added});
    }
    if (units.open_ended) {
      finding(at, list.size(),
              message("the list '{}' ends in 等: units it does not name are not in the draft",
                      to_utf8(list)));
    }
  }

  void finding(std::size_t at, std::size_t length, Message said) {
    std::size_t i = std::min(at, body_.origin.size() - 1);
    out_.findings.push_back(AnnotationFinding{body_.origin[i], length, std::move(said)});
  }

  const TracedText& body_;
  const KnownUnit& known_;
  Annotations& out_;
};

// For each opening bracket, the bracket that closes it (any kind closes any kind, nested
// ones counted), or npos when the text ends first (a text cut mid-annotation). One pass
// with a stack, so a text of a million brackets is read in linear time.
std::vector<std::size_t> matching_closes(std::u32string_view s) {
  std::vector<std::size_t> close(s.size(), std::u32string_view::npos);
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_open_bracket(s[i])) open.push_back(i);
    if (is_close_bracket(s[i]) && !open.empty()) {
      close[open.back()] = i;
      open.pop_back();
    }
  }
  return close;
}

bool at_sentence_start(std::u32string_view s, std::size_t i) {
  while (i > 0 && is_space(s[i - 1])) --i;
  return i == 0 || is_sentence_end(s[i - 1]) || s[i - 1] == U'。';
}

}  // namespace

Annotations read_annotations(const TracedText& body, const KnownUnit& known) {
  Annotations out;
  if (body.chars.empty()) return out;
  Reader reader(body, known, out);
  std::u32string_view s = body.chars;
  std::vector<std::pair<std::size_t, std::size_t>> cut;  // [from, to) removed from the text
  std::vector<std::size_t> closes = matching_closes(s);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_open_bracket(s[i])) {
      std::size_t close = closes[i];
      // An annotation cut short is at the very end of its item, so it is short.
      if (close == std::u32string_view::npos && s.size() - i > kFirstClauseLimit * 4) continue;
      std::size_t end = close == std::u32string_view::npos ? s.size() : close;
      if (starts_as_annotation(s.substr(i + 1, end - i - 1))) {
        if (close == std::u32string_view::npos) {
          out.findings.push_back(AnnotationFinding{
              body.origin[i], 1,
              message(
                  "annotation is not closed (is the text cut short?); read as far as it goes")});
        }
        reader.read(i + 1, end);
        cut.emplace_back(i, close == std::u32string_view::npos ? s.size() : close + 1);
        i = cut.back().second - 1;
        continue;
      }
      if (close != std::u32string_view::npos) i = close;
      continue;
    }
    if (label_at(s.substr(i)) && at_sentence_start(s, i)) {
      std::size_t end = s.find(U'。', i);
      end = end == std::u32string_view::npos ? s.size() : end + 1;
      reader.read(i, end);
      cut.emplace_back(i, end);
      i = end - 1;
    }
  }
  std::size_t from = 0;
  for (auto [a, b] : cut) {
    TracedText part = body.slice(from, a);
    out.text.chars += part.chars;
    out.text.origin.insert(out.text.origin.end(), part.origin.begin(), part.origin.end());
    from = b;
  }
  TracedText tail = body.slice(from, s.size());
  out.text.chars += tail.chars;
  out.text.origin.insert(out.text.origin.end(), tail.origin.begin(), tail.origin.end());
  // The text's own spacing around a removed annotation carries no meaning.
  while (!out.text.chars.empty() && is_space(out.text.chars.back())) {
    out.text.chars.pop_back();
    out.text.origin.pop_back();
  }
  return out;
}

}  // namespace plancheck
