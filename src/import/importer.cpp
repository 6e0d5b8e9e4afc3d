// SPDX-License-Identifier: MIT
#include "import/importer.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <unordered_set>

#include "calendar/dates.h"
#include "import/annotation.h"
#include "import/header.h"
#include "import/milestones.h"
#include "import/outline.h"
#include "import/table.h"
#include "import/text_util.h"
#include "import/unit_names.h"
#include "text/utf8.h"
#include "when/schedule.h"

namespace plancheck {

using namespace import_text;

namespace {

constexpr std::size_t kMaxMilestones = 26;  // one letter each: a..z

SourceLoc loc_at(const SourceFile& file, std::size_t offset, std::size_t length) {
  if (offset > file.text().size()) offset = file.text().size();
  auto [line, byte_col] = file.line_and_byte_column(offset);
  return SourceLoc{&file, line, file.char_column(line, byte_col),
                   static_cast<std::uint32_t>(std::max<std::size_t>(length, 1))};
}

std::string slug_of(std::string_view stem) {
  std::string out;
  for (char c : stem) {
    char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    bool ok = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    if (ok) {
      out += lower;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "imported-plan" : out;
}

// A heading's or task's short title: its first sentence when that is short (the
// document's own 加强工业大气污染防治。), else the start of its first clause.
std::string title_of(std::u32string_view text) {
  std::size_t end = 0;
  while (end < text.size() && !is_sentence_end(text[end])) ++end;
  std::u32string_view first = trim(text.substr(0, end));
  if (first.size() <= 30 && !first.empty()) return to_utf8(first);
  // A clause that only says on what grounds (按照…，根据…，) names nothing to do.
  std::size_t clause = 0;
  while (clause < first.size() && !is_clause_separator(first[clause])) ++clause;
  if (starts_with_any(first, {U"按照", U"根据", U"依据", U"为", U"结合"}) &&
      clause < first.size()) {
    std::u32string_view rest = first.substr(clause + 1);
    std::size_t next = 0;
    while (next < rest.size() && !is_clause_separator(rest[next])) ++next;
    return to_utf8(shorten(trim(rest.substr(0, next)), 30));
  }
  return to_utf8(shorten(trim(first.substr(0, clause)), 30));
}

struct Standing {
  std::vector<RoleUnit> units;
  bool first_is_lead = false;
};

class Importer {
 public:
  Importer(const SourceFile& file, const ImportOptions& options, Diagnostics& diags)
      : file_(file), options_(options), diags_(diags) {
    known_ = [this](const std::u32string& name) {
      return options_.registry && options_.registry->resolve(to_utf8(name)).error.empty();
    };
  }

  Draft run() {
    std::vector<SourceLine> lines = split_lines(file_.text());
    if (looks_like_flat_table(lines)) {
      if (auto table = read_flat_table(lines)) {
        read_meta(lines, table->first_line);
        import_table(*table, lines);
        return finish();
      }
    }
    Outline outline = split_outline(std::move(lines));
    read_meta(outline.lines, outline.first_item_line);
    import_outline(outline);
    return finish();
  }

 private:
  void read_meta(const std::vector<SourceLine>& lines, std::size_t first_item_line) {
    HeaderFacts header = read_header(lines, first_item_line);
    draft_.meta = header.meta;
    std::unordered_set<std::size_t> used(header.used_lines.begin(), header.used_lines.end());
    std::size_t end = first_item_line == 0 ? lines.size() + 1 : first_item_line;
    for (const SourceLine& line : lines) {
      if (line.number >= end) break;
      std::u32string_view t = trim(line.text);
      if (t.empty()) continue;
      leftover(
          line.number, to_utf8(t),
          used.contains(line.number) ? "read into plan.yaml" : "before the first numbered item");
    }
    DraftMeta& m = draft_.meta;
    SourceLoc whole{&file_, 0, 0, 0};
    m.id = options_.plan_id.empty() ? slug_of(std::filesystem::path(file_.path()).stem().string())
                                    : options_.plan_id;
    if (options_.year != 0) m.year = options_.year;
    if (m.year == 0 && !m.issued.empty()) m.year = std::stoi(m.issued.substr(0, 4));
    if (m.year == 0) {
      m.year = static_cast<int>(std::chrono::year_month_day{options_.today}.year());
      diags_.report(whole, rules::import_year, "no plan year in the text; assumed {}", m.year)
          .help = message("give the year with --year");
    }
    if (!m.issued.empty() && !parse_iso_date(m.issued)) {
      diags_.report(whole, rules::import_issued, "the signing date {} is not a calendar day",
                    m.issued);
      m.issued.clear();
    }
    if (m.issued.empty()) {
      m.issued = fmt::format("{}-01-01", m.year);
      diags_.report(whole, rules::import_issued,
                    "no signing date (YYYY年M月D日 on its own line); "
                    "issued set to {}",
                    m.issued);
    }
    auto placeholder = [&](std::string& field, Term what, const char* value) {
      if (!field.empty()) return;
      field = value;
      diags_.report(whole, rules::import_header, "no {} found in the text; plan.yaml says '{}'",
                    what, value);
    };
    placeholder(m.doc_number, term("document number (文号)"), "未识别文号");
    placeholder(m.title, term("title"), "未识别标题");
    placeholder(m.issuer, term("issuer"), "未识别发文机关");
    Date issued = parse_iso_date(m.issued).value_or(make_date(m.year, 1, 1));
    context_ = ScheduleContext{m.year, issued,
                               [](std::string_view) { return std::optional<EventSpan>(); }};
  }

  void import_outline(const Outline& outline) {
    for (const OutlineItem& item : outline.items) {
      std::string id = item.id();
      std::string body = to_utf8(item.body.chars);
      if (item.duplicate) {
        diags_.report(loc_at(file_, item.body.origin.empty() ? 0 : item.body.origin[0], 1),
                      rules::import_numbering, "'{}' is numbered again; kept in leftover", id);
        leftover(item.line, body, "numbered like an earlier item");
        continue;
      }
      if (item.has_children) {
        if (item.numbers.size() > 3) continue;
        std::u32string_view text = item.body.chars;
        std::string title = title_of(text);
        draft_.outline.push_back(DraftHeading{id, title.empty() ? id : title});
        std::size_t used = title.empty() ? 0 : count_chars(title);
        while (used < text.size() && (is_sentence_end(text[used]) || is_space(text[used]))) ++used;
        if (used < text.size()) {
          leftover(item.line, to_utf8(text.substr(used)), "text of a heading, before its items");
        }
        continue;
      }
      if (item.numbers.size() < 2) {
        leftover(item.line, body, "a part with no numbered items");
        continue;
      }
      import_task(id, item.body, false);
    }
  }

  void import_table(const FlatTable& table, const std::vector<SourceLine>& lines) {
    std::string section = "1";
    std::string title = draft_.meta.title.starts_with("未识别") ? "任务清单" : draft_.meta.title;
    draft_.outline.push_back(DraftHeading{section, title});
    for (const std::string& cell : table.header) {
      leftover(table.first_line, cell, "a header cell of the task table");
    }
    std::unordered_set<int> numbers;
    for (const TableRow& row : table.rows) {
      if (!numbers.insert(row.number).second) {
        leftover(row.line, to_utf8(row.text.chars), "numbered like an earlier row");
        continue;
      }
      TracedText body = row.text;
      DraftTask& task = import_task(fmt::format("{}.{}", section, row.number), body, true);
      if (!row.category.empty()) task.title = row.category;
      add_units(task, row.units, Role::responsible);
      if (!row.deadline.chars.empty()) use_deadline_cell(task, row.deadline);
    }
    for (std::size_t line : table.unplaced_lines) {
      leftover(line, to_utf8(trim(lines[line - 1].text)), "a table cell outside any row");
    }
  }

  void add_units(DraftTask& task, const TracedText& cell, Role role) {
    if (cell.chars.empty()) return;
    UnitList list = split_unit_list(cell.chars, known_);
    for (const ListedUnit& unit : list.units) {
      std::size_t offset = cell.origin[std::min(unit.at, cell.origin.size() - 1)];
      push_unit(task, RoleUnit{role, unit.name, offset, unit.prefix_added});
    }
  }

  // A table's deadline cell replaces what the requirement text alone would give.
  void use_deadline_cell(DraftTask& task, const TracedText& cell) {
    std::vector<FoundPhrase> found = find_task_phrases(cell.chars, context_);
    std::string phrase = to_utf8(trim(cell.chars));
    WhenParse parsed = parse_when(phrase);
    bool whole_cell = std::holds_alternative<WhenExpr>(parsed);
    if (!whole_cell && found.empty()) {
      diags_.report(loc_at(file_, cell.origin[0], cell.chars.size()), rules::import_deadline,
                    "deadline cell '{}' is not a phrase plancheck can date; the task is "
                    "continuous until someone writes its when:",
                    phrase);
      return;
    }
    ++draft_.phrases_found;
    ++draft_.phrases_compiled;
    task.milestones.clear();
    task.milestones.push_back(DraftMilestone{task.title.empty() ? phrase : task.title,
                                             whole_cell ? phrase : found[0].phrase, ""});
  }

  DraftTask& import_task(const std::string& id, const TracedText& body, bool units_elsewhere) {
    Annotations notes = read_annotations(body, known_);
    DraftTask task;
    task.id = id;
    task.offset = body.origin.empty() ? 0 : body.origin[0];
    std::u32string_view text = trim(notes.text.chars);
    task.text = to_utf8(text);
    task.title = title_of(text);
    if (task.text.empty()) {
      task.text = task.title = fmt::format("（{}）", id);
      diags_.report(loc_at(file_, task.offset, 1), rules::import_text, "item '{}' has no text", id);
    }
    for (const AnnotationFinding& f : notes.findings) {
      diags_.add(loc_at(file_, f.offset, f.length), rules::import_annotation, f.message);
    }
    task.notes = notes.notes;
    std::vector<RoleUnit> units = notes.units;
    bool first_leads = notes.first_is_lead || standing_.first_is_lead;
    bool has_lead = std::any_of(units.begin(), units.end(),
                                [](const RoleUnit& u) { return u.role == Role::lead; });
    if (first_leads && !has_lead) {
      for (RoleUnit& u : units) {
        if (u.role == Role::responsible) {
          u.role = Role::lead;
          break;
        }
      }
    }
    for (const RoleUnit& u : units) push_unit(task, u);
    for (const RoleUnit& u : standing_.units) push_unit(task, u);
    if (notes.first_is_lead_standing) standing_.first_is_lead = true;
    for (const RoleUnit& u : notes.standing_units) standing_.units.push_back(u);
    if (!notes.any && !units_elsewhere) {
      diags_.report(loc_at(file_, task.offset, 1), rules::import_units,
                    "item '{}' has no unit annotation", id);
    }
    add_milestones(task, notes.text);
    draft_.tasks.push_back(std::move(task));
    return draft_.tasks.back();
  }

  void push_unit(DraftTask& task, const RoleUnit& unit) {
    std::vector<DraftUnit>& list = unit.role == Role::lead          ? task.lead
                                   : unit.role == Role::responsible ? task.responsible
                                                                    : task.data_provider;
    std::string name = to_utf8(unit.name);
    std::string key = nfkc(name);
    if (task.id != keys_task_) {  // names already in each role of the task, after NFKC
      keys_task_ = task.id;
      for (auto& set : keys_) set.clear();
    }
    auto& keys = keys_[static_cast<int>(unit.role)];
    if (keys.contains(key)) return;
    // A unit that leads is not also listed as responsible.
    if (unit.role == Role::responsible && keys_[static_cast<int>(Role::lead)].contains(key)) return;
    keys.insert(key);
    list.push_back(DraftUnit{name, unit.offset});
  }

  void add_milestones(DraftTask& task, const TracedText& text) {
    std::vector<FoundPhrase> found = find_task_phrases(text.chars, context_);
    std::size_t left_out = 0;
    std::size_t undated = 0;
    if (found.size() == kMaxTaskPhrases) {
      diags_.report(loc_at(file_, task.offset, 1), rules::import_deadline,
                    "'{}' has {} or more dated phrases; only the first {} are read", task.id,
                    kMaxTaskPhrases, kMaxTaskPhrases);
    }
    for (const FoundPhrase& f : found) {
      ++draft_.phrases_found;
      std::size_t offset = text.origin.empty()
                               ? task.offset
                               : text.origin[std::min(f.offset, text.origin.size() - 1)];
      if (!f.schedule) {
        // A few are worth a finding each; a text of thousands is one problem.
        if (++undated <= kMaxMilestones) {
          diags_.report(loc_at(file_, offset, f.length), rules::import_deadline,
                        "cannot date '{}' ({}); left to a human", f.phrase, f.problem);
          task.notes.push_back(fmt::format("未能识别的时限：{}", f.phrase));
        }
        continue;
      }
      ++draft_.phrases_compiled;
      if (task.milestones.size() >= kMaxMilestones) {
        if (++left_out == 1) {
          diags_.report(loc_at(file_, offset, f.length), rules::import_deadline,
                        "'{}' has more than {} dated phrases; the rest, from '{}' on, are left out",
                        task.id, kMaxMilestones, f.phrase);
        }
        continue;
      }
      DraftMilestone m{f.what.empty() ? task.title : f.what, f.phrase, ""};
      if (f.needs_event) {
        char letter = static_cast<char>('a' + task.milestones.size());
        std::string id = "event-" + task.id + letter;
        std::replace(id.begin(), id.end(), '.', '-');
        m.event = id;
        // 春节期间 names its event; a relative phrase names it in the words before it.
        bool span = f.schedule->shape() == Shape::span;
        draft_.events.push_back(DraftEvent{id, span ? f.phrase : event_what(text.chars, f)});
        diags_.report(loc_at(file_, offset, f.length), rules::import_event,
                      "'{}' depends on an event; events.yaml has '{}' without a date", f.phrase,
                      id);
      }
      task.milestones.push_back(std::move(m));
    }
    if (task.milestones.empty()) {
      task.milestones.push_back(DraftMilestone{task.title, "continuous", ""});
    }
  }

  // What an event-bound phrase counts from: the clause up to and including the phrase
  // (《成都市重污染天气应急预案（修订）》印发实施后1个月内).
  static std::string event_what(std::u32string_view text, const FoundPhrase& f) {
    std::size_t start = f.offset;
    while (start > 0 && f.offset - start < 120 && !is_clause_separator(text[start - 1])) --start;
    return to_utf8(text.substr(start, f.offset + f.length - start));
  }

  void leftover(std::size_t line, std::string text, const char* why) {
    if (text.empty()) return;
    draft_.leftover.push_back(Leftover{line, std::move(text), why});
  }

  Draft finish() {
    resolve_units(draft_, options_.registry, file_, diags_);
    return std::move(draft_);
  }

  const SourceFile& file_;
  const ImportOptions& options_;
  Diagnostics& diags_;
  KnownUnit known_;
  ScheduleContext context_;
  Standing standing_;
  Draft draft_;
  std::string keys_task_;
  std::unordered_set<std::string> keys_[3];
};

}  // namespace

Draft import_plan_text(const SourceFile& file, const ImportOptions& options, Diagnostics& diags) {
  return Importer(file, options, diags).run();
}

}  // namespace plancheck
