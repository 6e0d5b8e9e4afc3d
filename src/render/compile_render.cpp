// SPDX-License-Identifier: MIT
#include "render/compile_render.h"

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "agenda/instances.h"
#include "render/json_text.h"

namespace plancheck {
namespace {

using Json = nlohmann::ordered_json;

Json optional_date(const std::optional<Date>& date) {
  return date ? Json(format_iso(*date)) : Json(nullptr);
}

Json units_json(const CheckedPlan& plan, const std::vector<UnitRef>& refs) {
  Json list = Json::array();
  for (const UnitRef& ref : refs) {
    list.push_back({{"written", ref.written.value},
                    {"resolved", plan.units ? plan.units->name_of(ref.target) : ref.written.value},
                    {"kind", ref.target.kind == UnitTarget::Kind::group ? "group" : "unit"}});
  }
  return list;
}

Json registry_json(const Registry& r) {
  Json units = Json::array();
  for (const Unit& u : r.units) {
    Json unit = {{"name", u.name.value}, {"verified", u.verified}};
    if (!u.full_name.empty()) unit["full_name"] = u.full_name;
    if (u.hosted_by) unit["hosted_by"] = u.hosted_by->value;
    if (u.badge) unit["badge"] = u.badge->value;
    units.push_back(std::move(unit));
  }
  Json groups = Json::array();
  for (const Group& g : r.groups) {
    Json members = Json::array();
    for (const Text& m : g.members) members.push_back(m.value);
    Json group = {{"name", g.name.value},
                  {"members", g.members_known ? members : Json("unknown")},
                  {"verified", g.verified}};
    if (g.within) group["within"] = g.within->value;
    groups.push_back(std::move(group));
  }
  Json aliases = Json::object();
  for (const Alias& a : r.aliases) aliases[a.name.value] = a.target.value;
  return {
      {"units", std::move(units)}, {"groups", std::move(groups)}, {"aliases", std::move(aliases)}};
}

Json milestone_json(const Milestone& m, const std::vector<Instance>& instances, Date today) {
  Json j = {{"id", m.id}, {"what", m.what.value}, {"when", m.when.value}};
  if (!m.schedule) return j;
  const Schedule& t = *m.schedule;
  j["kind"] = kind_name(t.kind());
  CompiledDays days = t.days();
  j["date"] = optional_date(days.date);
  j["start"] = optional_date(days.start);
  j["end"] = optional_date(days.end);
  j["every"] = t.repeats() ? Json(period_name(t.every())) : Json(nullptr);
  if (!t.event().empty()) {
    j["event"] = t.event();
    j["pending"] = t.pending();
  }
  Json list = Json::array();
  for (const Instance& i : instances) {
    Json o = {{"id", i.id},
              {"start", format_iso(i.occurrence.start)},
              {"end", format_iso(i.occurrence.end)},
              {"due", format_iso(i.occurrence.due)},
              {"state", i.record                   ? "done"
                        : i.occurrence.due < today ? "overdue"
                                                   : "open"}};
    if (i.record) o["done"] = format_iso(i.record->done);
    list.push_back(std::move(o));
  }
  j["instances"] = std::move(list);
  return j;
}

}  // namespace

std::string render_compiled_json(const Report& report) {
  const CheckedPlan& checked = *report.plan;
  const Plan& plan = *checked.plan;
  const PlanMeta& meta = plan.meta;
  std::unordered_map<const Milestone*, std::vector<Instance>> instances;
  // Instances through the plan year's end and the three after it, as the calendar shows.
  auto [from, to] = plan_horizon(plan);
  (void)to;
  for (Instance& i : instances_between(checked, from, make_date(meta.year + 3, 12, 31))) {
    instances[i.milestone].push_back(std::move(i));
  }
  Json outline = Json::array();
  for (const OutlineEntry& e : meta.outline)
    outline.push_back({{"id", e.id.value}, {"title", e.title}});
  Json implements = Json::array();
  for (const DocumentRef& d : meta.implements) {
    implements.push_back({{"doc_number", d.doc_number}, {"title", d.title}, {"issuer", d.issuer}});
  }
  Json events = Json::array();
  for (const Event& e : plan.events) {
    events.push_back({{"id", e.id.value},
                      {"what", e.what},
                      {"date", optional_date(e.date)},
                      {"start", optional_date(e.start)},
                      {"end", optional_date(e.end)},
                      {"verified", e.verified}});
  }
  Json tasks = Json::array();
  for (const ReportRow& row : report.rows) {
    const Task& t = *row.task;
    Json milestones = Json::array();
    for (const Milestone& m : t.milestones) {
      milestones.push_back(milestone_json(m, instances[&m], report.today));
    }
    tasks.push_back({{"id", t.id.value},
                     {"section", t.section},
                     {"title", t.title.value},
                     {"text", t.text.value},
                     {"lead", units_json(checked, t.lead)},
                     {"responsible", units_json(checked, t.responsible)},
                     {"data_provider", units_json(checked, t.data_provider)},
                     {"state", task_state_name(row.state)},
                     {"milestones", std::move(milestones)}});
  }
  Json progress = Json::array();
  for (const ProgressRecord& r : plan.progress) {
    Json record = {{"milestone", r.milestone.value}, {"done", format_iso(r.done)}};
    if (r.by) record["by"] = r.by->value;
    if (!r.note.empty()) record["note"] = r.note;
    progress.push_back(std::move(record));
  }
  Json doc = {{"format", "plancheck-compiled/1"},
              {"as_of", format_iso(report.today)},
              {"plan",
               {{"id", meta.id.value},
                {"doc_number", meta.doc_number},
                {"title", meta.title},
                {"issuer", meta.issuer},
                {"issued", format_iso(meta.issued)},
                {"year", meta.year},
                {"language", meta.language},
                {"implements", std::move(implements)},
                {"outline", std::move(outline)}}},
              {"registry", registry_json(plan.registry)},
              {"events", std::move(events)},
              {"tasks", std::move(tasks)},
              {"progress", std::move(progress)}};
  if (!meta.region.empty()) doc["plan"]["region"] = meta.region;
  return json_text(doc);
}

}  // namespace plancheck
