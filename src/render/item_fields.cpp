// SPDX-License-Identifier: MIT
#include "render/item_fields.h"

#include <fmt/format.h>

#include <array>
#include <iterator>

#include "render/printable.h"
#include "text/enum_labels.h"

namespace plancheck {

std::string_view kind_label_zh(TimingKind kind) {
  // In the order of TimingKind's enumerators.
  constexpr std::array<std::string_view, 6> kLabels = {"截止", "开始", "时段",
                                                       "周期", "相对", "持续"};
  return enum_label(kLabels, kind);
}

std::string_view period_label_zh(Period period) {
  // In the order of Period's enumerators; Period::none has no label.
  constexpr std::array<std::string_view, 7> kLabels = {"",       "每日",   "每周", "每月",
                                                       "每季度", "每半年", "每年"};
  return enum_label(kLabels, period);
}

std::string written_units(const std::vector<UnitRef>& refs) {
  std::vector<std::string> names;
  for (const UnitRef& ref : refs) names.push_back(ref.written.value);
  return fmt::format("{}", fmt::join(names, "、"));
}

std::string item_dates_zh(const DatedItem& item) {
  const Schedule& schedule = *item.milestone->schedule;
  const Occurrence& o = item.occurrence;
  switch (schedule.shape()) {
    case Shape::none:
      return "持续";
    case Shape::open:
      return fmt::format("{} 起", format_iso(o.start));
    case Shape::span:
      return fmt::format("{} 至 {}", format_iso(o.start), format_iso(o.end));
    case Shape::point:
      break;
  }
  if (schedule.periodic()) {
    return fmt::format("{}（{}）", format_iso(o.due), period_label_zh(schedule.every()));
  }
  return format_iso(o.due);
}

void append_task_lines(std::string& out, const Task& task) {
  fmt::format_to(std::back_inserter(out), "    任务：{} {}\n", task.id.value,
                 continued(task.title.value, "      "));
  const std::pair<const char*, const std::vector<UnitRef>*> roles[] = {
      {"牵头单位", &task.lead},
      {"责任单位", &task.responsible},
      {"数据提供单位", &task.data_provider}};
  for (auto [label, refs] : roles) {
    if (!refs->empty())
      fmt::format_to(std::back_inserter(out), "    {}：{}\n", label, written_units(*refs));
  }
}

nlohmann::ordered_json item_json(const CheckedPlan& plan, const DatedItem& item, bool ongoing) {
  const Task& task = *item.task;
  const Milestone& milestone = *item.milestone;
  const Schedule& schedule = *milestone.schedule;
  auto resolved = [&](const std::vector<UnitRef>& refs) {
    nlohmann::ordered_json names = nlohmann::ordered_json::array();
    for (const UnitRef& ref : refs) {
      names.push_back(plan.units ? plan.units->name_of(ref.target) : ref.written.value);
    }
    return names;
  };
  nlohmann::ordered_json j = {{"task", task.id.value},
                              {"milestone", milestone.id},
                              {"title", task.title.value},
                              {"what", milestone.what.value},
                              {"kind", kind_name(schedule.kind())}};
  const Occurrence& o = item.occurrence;
  switch (schedule.shape()) {
    case Shape::span:
      j["start"] = format_iso(o.start);
      j["end"] = format_iso(o.end);
      break;
    case Shape::open:
      j["date"] = format_iso(o.start);
      j["start"] = format_iso(o.start);
      j["end"] = nullptr;
      break;
    case Shape::point:
      j["date"] = format_iso(o.due);
      break;
    case Shape::none:
      break;
  }
  if (schedule.repeats()) j["every"] = period_name(schedule.every());
  if (schedule.periodic()) j["period_start"] = format_iso(o.start);
  if (!schedule.event().empty()) j["event"] = schedule.event();
  if (ongoing) j["ongoing"] = true;
  j["lead"] = resolved(task.lead);
  j["responsible"] = resolved(task.responsible);
  if (!task.data_provider.empty()) j["data_provider"] = resolved(task.data_provider);
  j["source"] = milestone.when.value;
  return j;
}

}  // namespace plancheck
