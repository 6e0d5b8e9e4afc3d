// SPDX-License-Identifier: MIT
#include "progress/progress_append.h"

#include <fmt/format.h>
#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <regex>

#include "model/plan_files.h"
#include "source/text_checks.h"
#include "yaml/yaml_tree.h"

namespace plancheck {
namespace {

// A scalar quoted by yaml-cpp's emitter, so no escaping is written by hand.
std::string quoted(const std::string& value) {
  YAML::Emitter out;
  out << YAML::DoubleQuoted << value;
  return out.c_str();
}

}  // namespace

std::string new_progress_file() {
  return "# yaml-language-server: $schema=../schemas/progress.schema.json\n"
         "# What has been done. Append with `plancheck done ID --on DATE`.\n"
         "records:\n";
}

AppendResult append_progress_record(const std::string& existing, const std::string& milestone,
                                    Date done, const std::string& by, const std::string& note) {
  for (auto [field, value] : {std::pair{"milestone", &milestone}, {"by", &by}, {"note", &note}}) {
    if (Message problem = value_problem(*value); !problem.empty()) {
      return {"", message("{}: {}", field, std::move(problem))};
    }
  }
  static const std::regex flow_records(R"((^|\n)records:[ \t]*\[)");
  if (std::regex_search(existing, flow_records)) {
    return {"", message("progress.yaml writes `records:` as a flow list; use a block list "
                        "(- milestone: …)")};
  }
  static const std::regex first_item(
      R"((^|\n)records:[^\n]*\n(?:[ \t]*(?:#[^\n]*)?\n)*([ \t]*)- )");
  std::smatch match;
  std::string indent = "  ";
  if (std::regex_search(existing, match, first_item)) indent = match[2].str();
  std::string text = existing;
  if (!text.empty() && text.back() != '\n') text += '\n';
  fmt::format_to(std::back_inserter(text), "{}- milestone: {}\n", indent, quoted(milestone));
  fmt::format_to(std::back_inserter(text), "{}  done: {}\n", indent, format_iso(done));
  if (!by.empty()) fmt::format_to(std::back_inserter(text), "{}  by: {}\n", indent, quoted(by));
  if (!note.empty()) {
    fmt::format_to(std::back_inserter(text), "{}  note: {}\n", indent, quoted(note));
  }
  // The record is appended as text, which keeps the file as its authors wrote it; a file in
  // a form the text does not continue ({records}, a flow mapping) would read back broken or
  // without it. What was readable must read back with exactly this record more.
  SourceFile before("progress.yaml", existing);
  SourceFile after("progress.yaml", text);
  if (auto old_records = progress_records_of(before)) {
    auto new_records = progress_records_of(after);
    if (!new_records || new_records->size() != old_records->size() + 1) {
      return {"", message("progress.yaml is not written as a block list under `records:`, so "
                          "a record cannot be added to it; write it as `records:` with one "
                          "`- milestone: …` item a record")};
    }
  }
  return {text, {}};
}

std::optional<std::vector<ProgressRecord>> progress_records_of(const SourceFile& file) {
  Diagnostics diags;
  std::vector<ProgressRecord> records;
  auto root = parse_yaml(file, diags);
  if (!root || !read_progress(*root, records, diags) || diags.has_errors()) return std::nullopt;
  return records;
}

}  // namespace plancheck
