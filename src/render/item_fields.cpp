// SPDX-License-Identifier: MIT
#include "render/item_fields.h"

#include <fmt/format.h>

#include <iterator>

#include "render/printable.h"

namespace plancheck {

std::string_view kind_label_zh(TimingKind kind) {
  switch (kind) {
    case TimingKind::deadline:
      return "截止";
    case TimingKind::start:
      return "开始";
    case TimingKind::window:
      return "时段";
    case TimingKind::recurring:
      return "周期";
    case TimingKind::relative:
      return "相对";
    case TimingKind::continuous:
      return "持续";
  }
  return "";
}

std::string_view period_label_zh(Period period) {
  switch (period) {
    case Period::day:
      return "每日";
    case Period::week:
      return "每周";
    case Period::month:
      return "每月";
    case Period::quarter:
      return "每季度";
    case Period::half_year:
      return "每半年";
    case Period::year:
      return "每年";
    case Period::none:
      return "";
  }
  return "";
}

std::string written_units(const std::vector<UnitRef>& refs) {
  std::vector<std::string> names;
  for (const UnitRef& ref : refs) names.push_back(ref.written.value);
  return fmt::format("{}", fmt::join(names, "、"));
}

std::string item_dates_zh(const AgendaItem& item) {
  const Timing& timing = *item.milestone->timing;
  const Occurrence& o = item.occurrence;
  if (item.ongoing) {
    if (timing.kind() == TimingKind::continuous) return "持续";
    return fmt::format("{} 起", format_iso(o.start));
  }
  switch (timing.kind()) {
    case TimingKind::window:
      return fmt::format("{} 至 {}", format_iso(o.start), format_iso(o.end));
    case TimingKind::recurring:
      return fmt::format("{}（{}）", format_iso(o.due), period_label_zh(timing.expr.every));
    case TimingKind::start:
      return fmt::format("{} 起", format_iso(o.start));
    default:
      return format_iso(o.due);
  }
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

nlohmann::ordered_json item_json(const CheckedPlan& plan, const AgendaItem& item) {
  const Task& task = *item.task;
  const Milestone& milestone = *item.milestone;
  const Timing& timing = *milestone.timing;
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
                              {"kind", kind_name(timing.kind())}};
  const Occurrence& o = item.occurrence;
  if (timing.kind() == TimingKind::window) {
    j["start"] = format_iso(o.start);
    j["end"] = format_iso(o.end);
  } else if (timing.kind() == TimingKind::start) {
    j["date"] = format_iso(o.start);
    j["start"] = format_iso(o.start);
    j["end"] = nullptr;
  } else if (timing.kind() != TimingKind::continuous) {
    j["date"] = format_iso(o.due);
  }
  if (timing.kind() == TimingKind::recurring) {
    j["every"] = period_name(timing.expr.every);
    j["period_start"] = format_iso(o.start);
  }
  if (timing.expr.yearly) j["every"] = "year";
  if (!timing.event.empty()) j["event"] = timing.event;
  if (item.ongoing) j["ongoing"] = true;
  j["lead"] = resolved(task.lead);
  j["responsible"] = resolved(task.responsible);
  if (!task.data_provider.empty()) j["data_provider"] = resolved(task.data_provider);
  j["source"] = milestone.when.value;
  return j;
}

}  // namespace plancheck
