// SPDX-License-Identifier: MIT
#include "render/remind_render.h"

#include <fmt/format.h>

#include <iterator>

#include "render/item_fields.h"
#include "render/json_text.h"
#include "render/markdown_escape.h"
#include "render/printable.h"
#include "text/enum_labels.h"

namespace plancheck {
namespace {

std::string_view role_label(Role role) {
  constexpr std::array<std::string_view, 3> kLabels = {"牵头", "责任", "数据提供"};
  return enum_label(kLabels, role);
}

std::string unit_heading(const UnitReminders& list) {
  std::string name = list.name;
  if (!list.host.empty()) name += fmt::format("（{}）", list.host);
  if (list.members_unknown) name += "（成员单位未列明，请转有关单位）";
  return name;
}

std::string state_zh(const Reminder& r) {
  if (r.overdue) return fmt::format("已逾期 {} 天", r.days);
  if (r.starting) return r.days == 0 ? "今天开始" : fmt::format("{} 天后开始", r.days);
  return r.days == 0 ? "今天到期" : fmt::format("还有 {} 天", r.days);
}

const std::vector<Reminder>& role_list(const UnitReminders& list, Role role) {
  return role == Role::lead          ? list.lead
         : role == Role::responsible ? list.responsible
                                     : list.data_provider;
}

constexpr Role kRoles[] = {Role::lead, Role::responsible, Role::data_provider};

}  // namespace

std::string render_remind_text(const CheckedPlan& plan, const RemindQuery& query,
                               const std::vector<UnitReminders>& lists) {
  const PlanMeta& meta = plan.plan->meta;
  std::string out = fmt::format(
      "《{}》（{}）任务提醒\n截至 {}：已逾期未完成的事项，及 {} 天内到期的事项\n",
      continued(meta.title), continued(meta.doc_number), format_iso(query.today), query.ahead);
  if (lists.empty()) out += "\n没有需要提醒的事项。\n";
  for (const UnitReminders& list : lists) {
    fmt::format_to(std::back_inserter(out), "\n{}：\n", unit_heading(list));
    for (Role role : kRoles) {
      const auto& items = role_list(list, role);
      if (items.empty()) continue;
      fmt::format_to(std::back_inserter(out), "  {}事项（{} 项）\n", role_label(role),
                     items.size());
      for (const Reminder& r : items) {
        const Instance& i = r.instance;
        fmt::format_to(std::back_inserter(out), "  · {} {}：{}（时限：{}，{}），{}\n", i.id,
                       continued(i.task->title.value), continued(i.milestone->what.value),
                       i.milestone->when.value, item_dates_zh(i), state_zh(r));
        if (!r.via.empty()) {
          fmt::format_to(std::back_inserter(out), "    （本单位作为“{}”之一）\n", r.via);
        }
      }
    }
  }
  return out;
}

std::string render_remind_markdown(const CheckedPlan& plan, const RemindQuery& query,
                                   const std::vector<UnitReminders>& lists) {
  const PlanMeta& meta = plan.plan->meta;
  std::string out = fmt::format("# 任务提醒：{}（{}）\n\n截至 {}，{} 天内到期及已逾期事项。\n",
                                markdown_inline(meta.title), markdown_inline(meta.doc_number),
                                format_iso(query.today), query.ahead);
  for (const UnitReminders& list : lists) {
    fmt::format_to(std::back_inserter(out), "\n## {}\n", markdown_inline(unit_heading(list)));
    for (Role role : kRoles) {
      const auto& items = role_list(list, role);
      if (items.empty()) continue;
      fmt::format_to(std::back_inserter(out),
                     "\n### {}事项\n\n| 编号 | 任务 | 事项 | 时限 | 日期 | 状态 | 经由 |\n"
                     "| --- | --- | --- | --- | --- | --- | --- |\n",
                     role_label(role));
      for (const Reminder& r : items) {
        const Instance& i = r.instance;
        fmt::format_to(std::back_inserter(out), "| {} | {} | {} | {} | {} | {} | {} |\n",
                       markdown_inline(i.id), markdown_inline(i.task->title.value),
                       markdown_inline(i.milestone->what.value),
                       markdown_inline(i.milestone->when.value), item_dates_zh(i), state_zh(r),
                       markdown_inline(r.via));
      }
    }
  }
  return out;
}

std::string render_remind_json(const CheckedPlan& plan, const RemindQuery& query,
                               const std::vector<UnitReminders>& lists) {
  nlohmann::ordered_json units = nlohmann::ordered_json::array();
  for (const UnitReminders& list : lists) {
    nlohmann::ordered_json entry = {{"unit", list.name}};
    entry["host"] =
        list.host.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(list.host);
    entry["members_unknown"] = list.members_unknown;
    for (Role role : kRoles) {
      nlohmann::ordered_json items = nlohmann::ordered_json::array();
      for (const Reminder& r : role_list(list, role)) {
        nlohmann::ordered_json item = item_json(plan, r.instance);
        item["instance"] = r.instance.id;
        item["status"] = r.overdue ? "overdue" : "upcoming";
        item[r.overdue ? "days_overdue" : "days_left"] = r.days;
        item["via"] =
            r.via.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.via);
        items.push_back(std::move(item));
      }
      entry[role == Role::lead          ? "lead"
            : role == Role::responsible ? "responsible"
                                        : "data_provider"] = std::move(items);
    }
    units.push_back(std::move(entry));
  }
  nlohmann::ordered_json doc = {{"plan", plan.plan->meta.id.value},
                                {"query",
                                 {{"command", "remind"},
                                  {"today", format_iso(query.today)},
                                  {"ahead", query.ahead},
                                  {"unit", query.unit ? nlohmann::ordered_json(*query.unit)
                                                      : nlohmann::ordered_json(nullptr)}}},
                                {"units", std::move(units)}};
  return json_text(doc);
}

}  // namespace plancheck
