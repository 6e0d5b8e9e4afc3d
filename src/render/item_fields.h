// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "agenda/agenda.h"

namespace plancheck {

/// 截止, 开始, 时段, 周期, 相对, 持续: the kind as a Chinese report labels it.
std::string_view kind_label_zh(TimingKind kind);
/// 每月, 每季度 …
std::string_view period_label_zh(Period period);
/// The names as the document writes them, joined with 、.
std::string written_units(const std::vector<UnitRef>& refs);
/// When an item falls, for people: 2017-06-30, 2017-11-01 至 2018-02-28, 2017-06-30（每月）.
std::string item_dates_zh(const DatedItem& item);
/// The indented lines a text listing prints under an item: 任务, 牵头单位, 责任单位,
/// 数据提供单位 (each only when the task has it).
void append_task_lines(std::string& out, const Task& task);
/// The JSON contract's item object (task, milestone, title, what, kind, dates, units, source).
nlohmann::ordered_json item_json(const CheckedPlan& plan, const DatedItem& item,
                                 bool ongoing = false);

}  // namespace plancheck
