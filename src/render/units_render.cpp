// SPDX-License-Identifier: MIT
#include "render/units_render.h"

#include <fmt/format.h>

#include <iterator>
#include <nlohmann/json.hpp>

#include "render/item_fields.h"
#include "render/json_text.h"
#include "render/report_render.h"
#include "text/enum_labels.h"
#include "text/utf8.h"

namespace plancheck {
namespace {

std::string_view kind_zh(UnitKind kind) {
  // In the order of UnitKind's enumerators.
  constexpr std::array<std::string_view, 9> kLabels = {"政府部门", "党委部门",     "公安分局",
                                                       "办公室",   "指挥部办公室", "园区管委会",
                                                       "街道",     "镇",           "乡"};
  return enum_label(kLabels, kind);
}

// Pads to a display width, so columns line up under Chinese text.
std::string pad(const std::string& text, std::size_t width) {
  std::size_t w = display_width(text);
  return text + std::string(w < width ? width - w : 1, ' ');
}

std::vector<std::string> member_names(const Group& group) {
  std::vector<std::string> names;
  for (const Text& m : group.members) names.push_back(m.value);
  return names;
}

void list_rows(std::string& out, const char* label, const std::vector<ReportRow>& rows) {
  fmt::format_to(std::back_inserter(out), "\n{}（{} 项）\n", label, rows.size());
  for (const ReportRow& row : rows) {
    fmt::format_to(std::back_inserter(out), "  {}{}{}\n", pad(row.task->id.value, 8),
                   pad(row.task->title.value, 40),
                   row.via.empty() ? "直接列名" : fmt::format("经由 {}", row.via));
  }
}

nlohmann::ordered_json rows_json(const std::vector<ReportRow>& rows) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const ReportRow& row : rows) {
    list.push_back({{"task", row.task->id.value},
                    {"title", row.task->title.value},
                    {"via", row.via.empty() ? nlohmann::ordered_json(nullptr)
                                            : nlohmann::ordered_json(row.via)},
                    {"deadlines", report_labels(false).deadlines_of(*row.task)},
                    {"state", task_state_name(row.state)}});
  }
  return list;
}

}  // namespace

std::string render_registry_text(const CheckedPlan& plan) {
  const Registry& r = plan.plan->registry;
  std::string out = fmt::format("单位（{} 个）\n", r.units.size());
  for (const Unit& u : r.units) {
    std::string extra;
    if (u.hosted_by) extra += fmt::format("，挂靠 {}", u.hosted_by->value);
    if (u.badge) extra += fmt::format("，又名 {}", u.badge->value);
    fmt::format_to(std::back_inserter(out), "  {}{}{}{}{}\n", pad(u.name.value, 44),
                   pad(std::string(kind_zh(u.kind)), 14), u.full_name.empty() ? "—" : u.full_name,
                   extra, u.verified ? "" : "（未核实）");
  }
  fmt::format_to(std::back_inserter(out), "\n单位组（{} 个）\n", r.groups.size());
  for (const Group& g : r.groups) {
    std::string members = g.members_known ? fmt::format("{}", fmt::join(member_names(g), "、"))
                                          : std::string("成员未列明");
    if (g.within) members += fmt::format("（属于 {}）", g.within->value);
    fmt::format_to(std::back_inserter(out), "  {}{}\n", pad(g.name.value, 44), members);
  }
  if (!r.aliases.empty()) {
    fmt::format_to(std::back_inserter(out), "\n别名（{} 个）\n", r.aliases.size());
    for (const Alias& a : r.aliases) {
      fmt::format_to(std::back_inserter(out), "  {} → {}\n", a.name.value, a.target.value);
    }
  }
  return out;
}

std::string render_registry_json(const CheckedPlan& plan) {
  const Registry& r = plan.plan->registry;
  nlohmann::ordered_json units = nlohmann::ordered_json::array();
  for (const Unit& u : r.units) {
    units.push_back({{"name", u.name.value},
                     {"full_name", u.full_name.empty() ? nlohmann::ordered_json(nullptr)
                                                       : nlohmann::ordered_json(u.full_name)},
                     {"kind", kind_zh(u.kind)},
                     {"hosted_by", u.hosted_by ? nlohmann::ordered_json(u.hosted_by->value)
                                               : nlohmann::ordered_json(nullptr)},
                     {"badge", u.badge ? nlohmann::ordered_json(u.badge->value)
                                       : nlohmann::ordered_json(nullptr)},
                     {"verified", u.verified},
                     {"note", u.note}});
  }
  nlohmann::ordered_json groups = nlohmann::ordered_json::array();
  for (const Group& g : r.groups) {
    groups.push_back({{"name", g.name.value},
                      {"members", g.members_known ? nlohmann::ordered_json(member_names(g))
                                                  : nlohmann::ordered_json("unknown")},
                      {"within", g.within ? nlohmann::ordered_json(g.within->value)
                                          : nlohmann::ordered_json(nullptr)},
                      {"verified", g.verified}});
  }
  nlohmann::ordered_json aliases = nlohmann::ordered_json::object();
  for (const Alias& a : r.aliases) aliases[a.name.value] = a.target.value;
  nlohmann::ordered_json doc = {{"plan", plan.plan->meta.id.value},
                                {"units", std::move(units)},
                                {"groups", std::move(groups)},
                                {"aliases", std::move(aliases)}};
  return json_text(doc);
}

std::string render_unit_text(const CheckedPlan&, const UnitSection& unit) {
  std::string out = unit.name;
  if (!unit.full_name.empty()) out += fmt::format("（{}）", unit.full_name);
  if (!unit.host.empty()) out += fmt::format("，挂靠 {}", unit.host);
  out += "\n";
  list_rows(out, "牵头", unit.lead);
  list_rows(out, "责任", unit.responsible);
  return out;
}

std::string render_unit_json(const CheckedPlan& plan, const UnitSection& unit) {
  nlohmann::ordered_json doc = {{"plan", plan.plan->meta.id.value},
                                {"unit", unit.name},
                                {"full_name", unit.full_name},
                                {"host", unit.host.empty() ? nlohmann::ordered_json(nullptr)
                                                           : nlohmann::ordered_json(unit.host)},
                                {"lead", rows_json(unit.lead)},
                                {"responsible", rows_json(unit.responsible)}};
  return json_text(doc);
}

}  // namespace plancheck
