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
    if (auto n = map.required("doc_number")) {
      if (auto t = read_text(*n, "doc_number", diags)) ref.doc_number = t->value;
    }
    if (auto n = map.required("title")) {
      if (auto t = read_text(*n, "title", diags)) ref.title = t->value;
    }
    if (auto n = map.optional("issuer")) {
      if (auto t = read_text(*n, "issuer", diags)) ref.issuer = t->value;
    }
    out.implements.push_back(std::move(ref));
  }
}

void read_outline(const YamlNode& node, PlanMeta& out, Diagnostics& diags) {
  if (!expect_sequence(node, "outline", diags)) return;
  if (node.children.empty()) diags.report(node.loc, rules::empty, "'outline' must not be empty");
  for (const YamlNode& item : node.children) {
    MapReader map(item, term("outline entry"), diags);
    OutlineEntry entry;
    if (auto n = map.required("id")) {
      if (auto t = read_text(*n, "id", diags)) {
        if (!is_task_id(t->value)) {
          diags.report(t->loc, rules::id_format, "'{}' is not a heading number like \"3.1\"",
                       t->value);
        }
        entry.id = *t;
      }
    }
    if (auto n = map.required("title")) {
      if (auto t = read_text(*n, "title", diags)) entry.title = t->value;
    }
    if (!entry.id.value.empty()) out.outline.push_back(std::move(entry));
  }
}

}  // namespace

bool read_plan_meta(const YamlNode& root, PlanMeta& out, Diagnostics& diags) {
  std::size_t errors_before = diags.error_count();
  {  // the reader reports unknown and missing keys when it goes out of scope
    MapReader map(root, term("plan"), diags);
    if (!map.is_mapping()) return false;
    if (auto n = map.required("id")) {
      if (auto t = read_slug(*n, "id", term("plan id"), diags)) out.id = *t;
    }
    auto text_field = [&](const char* key, std::string& target) {
      if (auto n = map.required(key)) {
        if (auto t = read_text(*n, key, diags)) target = t->value;
      }
    };
    text_field("doc_number", out.doc_number);
    text_field("title", out.title);
    text_field("issuer", out.issuer);
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
    if (auto n = map.required("language")) {
      if (auto t = read_text(*n, "language", diags)) {
        if (t->value != "zh" && t->value != "en") {
          diags.report(t->loc, rules::value, "language must be 'zh' or 'en', got '{}'", t->value);
        }
        out.language = t->value;
      }
    }
    if (auto n = map.optional("implements")) read_implements(*n, out, diags);
    if (auto n = map.required("outline")) read_outline(*n, out, diags);
  }
  return diags.error_count() == errors_before;
}

}  // namespace plancheck
