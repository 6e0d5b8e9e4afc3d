// SPDX-License-Identifier: MIT
#include "model/plan_files.h"
#include "yaml/yaml_reader.h"

namespace plancheck {
namespace {

void read_event(MapReader& map, std::vector<Event>& out, Diagnostics& diags) {
  Event event;
  if (auto t = map.slug("id", MapReader::Need::required, term("event id"))) event.id = *t;
  if (auto t = map.text("what", MapReader::Need::required)) event.what = t->value;
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
  if (auto t = map.text("source", MapReader::Need::optional)) event.source = t->value;
  if (auto t = map.text("note", MapReader::Need::optional)) event.note = t->value;
  if (auto b = map.boolean("verified", MapReader::Need::required)) event.verified = *b;
  if (!event.id.value.empty()) out.push_back(std::move(event));
}

}  // namespace

bool read_events(const YamlNode& root, std::vector<Event>& out, Diagnostics& diags) {
  return read_root_mapping(root, term("event list"), diags, [&](MapReader& map) {
    map.each("events", MapReader::Need::required, term("event"),
             [&](MapReader& event) { read_event(event, out, diags); });
  });
}

}  // namespace plancheck
