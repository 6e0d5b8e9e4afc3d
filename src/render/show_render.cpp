// SPDX-License-Identifier: MIT
#include "render/show_render.h"

#include <fmt/format.h>

#include <iterator>
#include <nlohmann/json.hpp>

#include "render/item_fields.h"
#include "render/json_text.h"
#include "render/printable.h"

namespace plancheck {
namespace {

struct InstanceState {
  Instance instance;
  std::string state;  // done, overdue, open
};

std::vector<InstanceState> states_of(const CheckedPlan& plan, const Milestone& milestone,
                                     const ShowQuery& query) {
  std::vector<InstanceState> out;
  auto [from, to] = plan_horizon(*plan.plan);
  (void)to;
  for (Instance& i : instances_between(plan, from, query.until)) {
    if (i.milestone != &milestone) continue;
    std::string state = i.record ? "done" : (i.occurrence.due < query.today ? "overdue" : "open");
    out.push_back({std::move(i), state});
  }
  return out;
}

std::string_view state_zh(const std::string& state) {
  return state == "done" ? "已完成" : state == "overdue" ? "已逾期" : "未到期";
}

std::string resolved_text(const CheckedPlan& plan, const UnitRef& ref) {
  if (!plan.units) return ref.written.value;
  const std::string& name = plan.units->name_of(ref.target);
  std::string out = ref.written.value;
  if (name != ref.written.value) out += fmt::format(" → {}", name);
  if (ref.target.kind == UnitTarget::Kind::group) {
    const Group& group = plan.plan->registry.groups[ref.target.index];
    if (group.members_known) {
      std::vector<std::string> members;
      for (const Text& m : group.members) members.push_back(m.value);
      out += fmt::format("（{}）", fmt::join(members, "、"));
    } else {
      out += "（成员未列明）";
    }
  } else if (ref.target.kind == UnitTarget::Kind::unit) {
    const Unit& unit = plan.plan->registry.units[ref.target.index];
    if (!unit.full_name.empty()) out += fmt::format("（{}）", unit.full_name);
  }
  return out;
}

}  // namespace

std::string render_show_text(const CheckedPlan& plan, const ShowQuery& query) {
  const Task& task = *query.task;
  std::string out =
      fmt::format("{} {}\n\n{}\n", task.id.value, continued(task.title.value), task.text.value);
  auto units = [&](const char* label, const std::vector<UnitRef>& refs) {
    if (refs.empty()) return;
    fmt::format_to(std::back_inserter(out), "\n{}：\n", label);
    for (const UnitRef& ref : refs) {
      fmt::format_to(std::back_inserter(out), "  {}\n", resolved_text(plan, ref));
    }
  };
  units("牵头单位", task.lead);
  units("责任单位", task.responsible);
  units("数据提供单位", task.data_provider);
  if (!task.note.empty())
    fmt::format_to(std::back_inserter(out), "\n备注：{}\n", continued(task.note));
  fmt::format_to(std::back_inserter(out), "\n时限（截至 {}）：\n", format_iso(query.today));
  for (const Milestone& m : task.milestones) {
    std::string kind = m.schedule ? std::string(kind_label_zh(m.schedule->kind())) : "";
    fmt::format_to(std::back_inserter(out), "  {}  {}  [{}] {}\n", m.id, m.when.value, kind,
                   continued(m.what.value));
    if (!m.schedule) continue;
    if (!m.schedule->event().empty()) {
      fmt::format_to(std::back_inserter(out), "      依据事件：{}{}\n", m.schedule->event(),
                     m.schedule->pending() ? "（尚无日期，时限待定）" : "");
    }
    if (m.schedule->shape() == Shape::none) {
      out += "      持续进行，无具体日期\n";
      continue;
    }
    for (const InstanceState& s : states_of(plan, m, query)) {
      fmt::format_to(std::back_inserter(out), "      {}  {}", item_dates_zh(s.instance),
                     state_zh(s.state));
      if (s.instance.record) {
        fmt::format_to(std::back_inserter(out), "（{} 完成{}）",
                       format_iso(s.instance.record->done),
                       s.instance.record->by ? "，" + s.instance.record->by->value : "");
      }
      out += '\n';
    }
  }
  return out;
}

std::string render_show_json(const CheckedPlan& plan, const ShowQuery& query) {
  const Task& task = *query.task;
  auto names = [&](const std::vector<UnitRef>& refs) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const UnitRef& ref : refs) {
      list.push_back(
          {{"written", ref.written.value},
           {"resolved", plan.units ? plan.units->name_of(ref.target) : ref.written.value},
           {"kind", ref.target.kind == UnitTarget::Kind::group ? "group" : "unit"}});
    }
    return list;
  };
  nlohmann::ordered_json milestones = nlohmann::ordered_json::array();
  for (const Milestone& m : task.milestones) {
    nlohmann::ordered_json entry = {
        {"milestone", m.id},
        {"what", m.what.value},
        {"source", m.when.value},
        {"kind", m.schedule ? kind_name(m.schedule->kind()) : "unknown"}};
    if (m.schedule && !m.schedule->event().empty()) {
      entry["event"] = m.schedule->event();
      entry["pending"] = m.schedule->pending();
    }
    nlohmann::ordered_json instances = nlohmann::ordered_json::array();
    if (m.schedule) {
      for (const InstanceState& s : states_of(plan, m, query)) {
        nlohmann::ordered_json i = {{"instance", s.instance.id},
                                    {"start", format_iso(s.instance.occurrence.start)},
                                    {"end", format_iso(s.instance.occurrence.end)},
                                    {"due", format_iso(s.instance.occurrence.due)},
                                    {"state", s.state}};
        if (s.instance.record) i["done"] = format_iso(s.instance.record->done);
        instances.push_back(std::move(i));
      }
    }
    entry["instances"] = std::move(instances);
    milestones.push_back(std::move(entry));
  }
  nlohmann::ordered_json doc = {{"plan", plan.plan->meta.id.value},
                                {"today", format_iso(query.today)},
                                {"task", task.id.value},
                                {"title", task.title.value},
                                {"text", task.text.value},
                                {"lead", names(task.lead)},
                                {"responsible", names(task.responsible)},
                                {"data_provider", names(task.data_provider)},
                                {"milestones", std::move(milestones)}};
  return json_text(doc);
}

}  // namespace plancheck
