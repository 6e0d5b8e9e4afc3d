// SPDX-License-Identifier: MIT
#include <regex>

#include "model/plan_files.h"
#include "yaml/yaml_reader.h"

namespace plancheck {
namespace {

void read_record(MapReader& map, std::vector<ProgressRecord>& out, Diagnostics& diags) {
  ProgressRecord record;
  bool ok = true;
  if (auto n = map.required("milestone")) {
    auto t = read_text(*n, "milestone", diags);
    // The same shape as progress.schema.json's pattern, so the two agree.
    static const std::regex shape(
        R"([1-9][0-9]*(\.[1-9][0-9]*){1,3}[a-z](@[0-9]{4}(-([0-9]{2}|Q[1-4]|H[12]|[0-9]{2}-[0-9]{2}))?)?)");
    if (t && !std::regex_match(t->value, shape)) {
      diags.report(t->loc, rules::id_format,
                   "'{}' is not a milestone id like 3.1.1a or an occurrence like 3.3.1a@2017-07",
                   t->value);
      t.reset();
    }
    ok &= t.has_value();
    if (t) record.milestone = *t;
  } else {
    ok = false;
  }
  if (auto n = map.required("done")) {
    auto d = read_date(*n, "done", diags);
    ok &= d.has_value();
    if (d) record.done = *d;
    record.done_loc = n->loc;
  } else {
    ok = false;
  }
  if (auto n = map.optional("by")) record.by = read_text(*n, "by", diags);
  if (auto t = map.text("note", MapReader::Need::optional)) record.note = t->value;
  if (ok) out.push_back(std::move(record));
}

}  // namespace

bool read_progress(const YamlNode& root, std::vector<ProgressRecord>& out, Diagnostics& diags) {
  return read_root_mapping(root, term("progress file"), diags, [&](MapReader& map) {
    if (auto n = map.required("records")) {
      // `records:` with nothing under it is a new, empty progress file.
      if (n->kind != YamlNode::Kind::null && expect_sequence(*n, "records", diags)) {
        for_each_mapping(*n, term("progress record"), diags,
                         [&](MapReader& record) { read_record(record, out, diags); });
      }
    }
  });
}

}  // namespace plancheck
