// SPDX-License-Identifier: MIT
#include "render/listing_render.h"

#include <fmt/format.h>

#include <iterator>

#include "render/csv_writer.h"
#include "render/item_fields.h"
#include "render/json_text.h"
#include "render/markdown_escape.h"
#include "render/printable.h"

namespace plancheck {
namespace {

// `as_markdown` escapes the plan's own words; the heading's two lines stay two lines.
std::string heading(const CheckedPlan& plan, const ListingQuery& query, std::size_t count,
                    bool as_markdown = false) {
  const PlanMeta& meta = plan.plan->meta;
  auto words = [&](const std::string& text) {
    return as_markdown ? markdown_inline(text) : continued(text);
  };
  std::string unit = query.unit ? fmt::format("（{}）", words(*query.unit)) : "";
  std::string what =
      query.command == "due"
          ? fmt::format("{}年{}月到期事项", query.year, query.month)
          : fmt::format("{} 至 {} 日程", format_iso(query.from), format_iso(query.to));
  return fmt::format("{}（{}）\n{}{}：共 {} 项\n", words(meta.title), words(meta.doc_number), what,
                     unit, count);
}

nlohmann::ordered_json query_json(const ListingQuery& query) {
  nlohmann::ordered_json q = {{"command", query.command}};
  if (query.command == "due") {
    q["year"] = query.year;
    q["month"] = query.month;
  }
  q["unit"] = query.unit ? nlohmann::ordered_json(*query.unit) : nlohmann::ordered_json(nullptr);
  if (query.command == "due") q["ongoing"] = query.include_ongoing;
  q["from"] = format_iso(query.from);
  q["to"] = format_iso(query.to);
  return q;
}

}  // namespace

std::string render_listing_text(const CheckedPlan& plan, const ListingQuery& query,
                                const std::vector<AgendaItem>& items) {
  std::string out = heading(plan, query, items.size());
  bool ongoing_header = false;
  for (const AgendaItem& item : items) {
    if (item.ongoing && !ongoing_header) {
      out += "\n持续进行中\n";
      ongoing_header = true;
    }
    const Task& task = *item.task;
    fmt::format_to(std::back_inserter(out), "\n{}  {}  {}  {}\n", item_dates_zh(item),
                   kind_label_zh(item.milestone->schedule->kind()), item.milestone->id,
                   continued(item.milestone->what.value));
    append_task_lines(out, task);
    fmt::format_to(std::back_inserter(out), "    时限原文：{}\n", item.milestone->when.value);
  }
  return out;
}

std::string render_listing_markdown(const CheckedPlan& plan, const ListingQuery& query,
                                    const std::vector<AgendaItem>& items) {
  std::string out = "# " + heading(plan, query, items.size(), true);
  out += "\n| 日期 | 类型 | 编号 | 事项 | 任务 | 牵头单位 | 责任单位 | 时限原文 |\n";
  out += "| --- | --- | --- | --- | --- | --- | --- | --- |\n";
  for (const AgendaItem& item : items) {
    const Task& task = *item.task;
    fmt::format_to(std::back_inserter(out), "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
                   item_dates_zh(item), kind_label_zh(item.milestone->schedule->kind()),
                   item.milestone->id, markdown_inline(item.milestone->what.value),
                   markdown_inline(task.title.value), markdown_inline(written_units(task.lead)),
                   markdown_inline(written_units(task.responsible)),
                   markdown_inline(item.milestone->when.value));
  }
  return out;
}

std::string render_listing_csv(const CheckedPlan&, const ListingQuery&,
                               const std::vector<AgendaItem>& items) {
  std::string out(kUtf8Bom);
  out += csv_row({"日期", "类型", "编号", "事项", "任务", "牵头单位", "责任单位", "时限原文"});
  for (const AgendaItem& item : items) {
    const Task& task = *item.task;
    out += csv_row(
        {item_dates_zh(item), std::string(kind_label_zh(item.milestone->schedule->kind())),
         item.milestone->id, item.milestone->what.value, task.title.value, written_units(task.lead),
         written_units(task.responsible), item.milestone->when.value});
  }
  return out;
}

std::string render_listing_json(const CheckedPlan& plan, const ListingQuery& query,
                                const std::vector<AgendaItem>& items) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const AgendaItem& item : items) list.push_back(item_json(plan, item, item.ongoing));
  nlohmann::ordered_json doc = {{"plan", plan.plan->meta.id.value},
                                {"doc_number", plan.plan->meta.doc_number},
                                {"query", query_json(query)},
                                {"items", std::move(list)}};
  return json_text(doc);
}

std::string render_listing(Format format, const CheckedPlan& plan, const ListingQuery& query,
                           const std::vector<AgendaItem>& items) {
  switch (format) {
    case Format::json:
      return render_listing_json(plan, query, items);
    case Format::md:
      return render_listing_markdown(plan, query, items);
    case Format::csv:
      return render_listing_csv(plan, query, items);
    default:
      return render_listing_text(plan, query, items);
  }
}

}  // namespace plancheck
