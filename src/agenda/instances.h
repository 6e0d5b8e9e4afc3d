// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "agenda/dated_item.h"
#include "load/checked_plan.h"
#include "model/instance_ids.h"

namespace plancheck {

/// One dated instance and what progress says of it.
struct Instance : DatedItem {
  std::string id;
  const ProgressRecord* record = nullptr;  ///< its done record, if any
};

/// Every instance due in [from, to], in date order, with its done record.
std::vector<Instance> instances_between(const CheckedPlan& plan, Date from, Date to);

}  // namespace plancheck
