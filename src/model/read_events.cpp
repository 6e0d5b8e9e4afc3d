// SPDX-License-Identifier: MIT
#include "model/plan_files.h"
#include "yaml/yaml_reader.h"

namespace plancheck {
namespace {

void read_event(const YamlNode& node, std::vector<Event>& out, Diagnostics& diags) {
  MapReader map(node, term("event"), diags);
  if (!map.is_mapping()) return;
  Event event;
  if (auto n = map.required("id")) {
    if (auto t = read_slug(*n, "id", term("event id"), diags)) event.id = *t;
  }
  if (auto n = map.required("what")) {
    if (auto t = read_text(*n, "what", diags)) event.what = t->value;
  }
  const YamlNode* date = map.optional("date");
  const YamlNode* start = map.optional("start");
  const YamlNode* end = map.optional("end");
  if (date) event.date = read_date(*date, "date", diags);
  if (start) event.start = read_date(*start, "start", diags);
  if (end) event.end = read_date(*end, "end", diags);
  if (date && (start || end)) {
    diags.report((start ? start : end)->loc, rules::event_dates,
                 "an event has either 'date' or 'start' and 'end', not both");
  } else if (static_cast<bool>(start) != static_cast<bool>(end)) {
    diags.report(map.loc(), rules::event_dates, "event '{}' has '{}' without '{}'", event.id.value,
                 start ? "start" : "end", start ? "end" : "start");
  } else if (event.start && event.end && *event.end < *event.start) {
    diags.report(end->loc, rules::event_order, "event '{}' ends before it starts", event.id.value);
  }
  if (auto n = map.optional("source")) {
    if (auto t = read_text(*n, "source", diags)) event.source = t->value;
  }
  if (auto n = map.optional("note")) {
    if (auto t = read_text(*n, "note", diags)) event.note = t->value;
  }
  if (auto n = map.required("verified")) {
    if (auto b = read_bool(*n, "verified", diags)) event.verified = *b;
  }
  if (!event.id.value.empty()) out.push_back(std::move(event));
}

}  // namespace

bool read_events(const YamlNode& root, std::vector<Event>& out, Diagnostics& diags) {
  std::size_t errors_before = diags.error_count();
  {  // the reader reports unknown and missing keys when it goes out of scope
    MapReader map(root, term("event list"), diags);
    if (!map.is_mapping()) return false;
    if (auto n = map.required("events")) {
      if (expect_sequence(*n, "events", diags)) {
        for (const YamlNode& item : n->children) read_event(item, out, diags);
      }
    }
  }
  return diags.error_count() == errors_before;
}

}  // namespace plancheck
