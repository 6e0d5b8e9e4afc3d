// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"
#include "when/schedule.h"

namespace plancheck {

/// One occurrence of one milestone of one task: what every listing, reminder and check
/// is made of, and all the renderers need to word its dates.
struct DatedItem {
  const Task* task = nullptr;
  const Milestone* milestone = nullptr;
  Occurrence occurrence{};
};

}  // namespace plancheck
