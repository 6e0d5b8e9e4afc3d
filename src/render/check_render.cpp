// SPDX-License-Identifier: MIT
#include "render/check_render.h"

#include <fmt/format.h>

#include <iterator>

#include "render/item_fields.h"
#include "render/json_text.h"
#include "render/printable.h"

namespace plancheck {
namespace {

long days_between(Date from, Date to) { return (to - from).count(); }

}  // namespace

std::string render_check_text(const CheckedPlan& plan, const OverdueReport& report) {
  const PlanMeta& meta = plan.plan->meta;
  std::string out = fmt::format("{}（{}）\n截至 {}，逾期未完成：共 {} 项\n", continued(meta.title),
                                meta.doc_number, format_iso(report.today), report.overdue.size());
  for (const Instance& instance : report.overdue) {
    const Task& task = *instance.task;
    fmt::format_to(std::back_inserter(out), "\n{}  {}  逾期 {} 天  {}\n", instance.id,
                   item_dates_zh(instance), days_between(instance.occurrence.due, report.today),
                   continued(instance.milestone->what.value));
    append_task_lines(out, task);
  }
  if (!report.pending.empty()) {
    fmt::format_to(std::back_inserter(out), "\n待定（所依据的事件尚无日期）：共 {} 项\n",
                   report.pending.size());
    for (auto [task, milestone] : report.pending) {
      fmt::format_to(std::back_inserter(out), "{}  {}  等待事件 {}  {}\n", milestone->id,
                     milestone->when.value, milestone->schedule->event(),
                     continued(milestone->what.value));
    }
  }
  return out;
}

std::string render_check_json(const CheckedPlan& plan, const OverdueReport& report) {
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const Instance& instance : report.overdue) {
    nlohmann::ordered_json item = item_json(plan, instance);
    item["instance"] = instance.id;
    item["due"] = format_iso(instance.occurrence.due);
    item["days_overdue"] = days_between(instance.occurrence.due, report.today);
    items.push_back(std::move(item));
  }
  nlohmann::ordered_json pending = nlohmann::ordered_json::array();
  for (auto [task, milestone] : report.pending) {
    pending.push_back({{"task", task->id.value},
                       {"milestone", milestone->id},
                       {"what", milestone->what.value},
                       {"kind", kind_name(milestone->schedule->kind())},
                       {"event", milestone->schedule->event()},
                       {"source", milestone->when.value}});
  }
  nlohmann::ordered_json doc = {
      {"plan", plan.plan->meta.id.value},
      {"query", {{"command", "check"}, {"today", format_iso(report.today)}}},
      {"overdue", report.overdue.size()},
      {"items", std::move(items)},
      {"pending", std::move(pending)}};
  return json_text(doc);
}

}  // namespace plancheck
