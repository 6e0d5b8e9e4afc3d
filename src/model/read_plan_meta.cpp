// SPDX-License-Identifier: MIT
#include "model/plan_files.h"
#include "model/task_ids.h"
#include "yaml/yaml_reader.h"

namespace plancheck {
namespace {

void read_implements(const YamlNode& node, PlanMeta& out, Diagnostics& diags) {
  if (!expect_sequence(node, "implements", diags)) return;
  for (const YamlNode& item : node.children) {
    MapReader map(item, term("document reference"), diags);
    DocumentRef ref;
    if (auto t = map.text("doc_number", MapReader::Need::required)) ref.doc_number = t->value;
    if (auto t = map.text("title", MapReader::Need::required)) ref.title = t->value;
    if (auto t = map.text("issuer", MapReader::Need::optional)) ref.issuer = t->value;
    out.implements.push_back(std::move(ref));
  }
}

void read_outline(const YamlNode& node, PlanMeta& out, Diagnostics& diags) {
  if (!expect_sequence(node, "outline", diags)) return;
  if (node.children.empty()) diags.report(node.loc, rules::empty, "'outline' must not be empty");
  for (const YamlNode& item : node.children) {
    MapReader map(item, term("outline entry"), diags);
    OutlineEntry entry;
    if (auto t = map.text("id", MapReader::Need::required)) {
      if (!is_task_id(t->value)) {
        diags.report(t->loc, rules::id_format, "'{}' is not a heading number like \"3.1\"",
                     t->value);
      }
      entry.id = *t;
    }
    if (auto t = map.text("title", MapReader::Need::required)) entry.title = t->value;
    if (!entry.id.value.empty()) out.outline.push_back(std::move(entry));
  }
}

}  // namespace

bool read_plan_meta(const YamlNode& root, PlanMeta& out, Diagnostics& diags) {
  return read_root_mapping(root, term("plan"), diags, [&](MapReader& map) {
    if (auto t = map.slug("id", MapReader::Need::required, term("plan id"))) out.id = *t;
    if (auto t = map.text("doc_number", MapReader::Need::required)) out.doc_number = t->value;
    if (auto t = map.text("title", MapReader::Need::required)) out.title = t->value;
    if (auto t = map.text("issuer", MapReader::Need::required)) out.issuer = t->value;
    if (auto n = map.required("issued")) {
      if (auto d = read_date(*n, "issued", diags)) out.issued = *d;
      out.issued_loc = n->loc;
    }
    if (auto n = map.required("year")) {
      if (auto y = read_int(*n, "year", diags)) {
        if (*y < 1900 || *y > 2200) {
          diags.report(n->loc, rules::year_range, "plan year {} is out of range (1900..2200)", *y);
        } else {
          out.year = *y;
        }
      }
    }
    if (auto t = map.text("language", MapReader::Need::required)) {
      if (t->value != "zh" && t->value != "en") {
        diags.report(t->loc, rules::value, "language must be 'zh' or 'en', got '{}'", t->value);
      }
      out.language = t->value;
    }
    if (auto t = map.text("region", MapReader::Need::optional)) out.region = t->value;
    if (auto n = map.optional("implements")) read_implements(*n, out, diags);
    if (auto n = map.required("outline")) read_outline(*n, out, diags);
  });
}

}  // namespace plancheck
