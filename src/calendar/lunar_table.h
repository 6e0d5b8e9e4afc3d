// SPDX-License-Identifier: MIT
#pragma once

#include "calendar/lunar.h"

namespace plancheck {

/// One lunar year as liblunar-date gives it (tools/lunar_table.cpp writes the table at
/// build time).
struct LunarYear {
  long first_day;       ///< 正月初一, days since 1970-01-01
  unsigned leap_month;  ///< the month a 闰月 repeats, 0 for none
  /// Bit i set: the year's i-th month has 30 days, else 29. Months in order, a leap
  /// month right after the month it repeats.
  unsigned long_months;
};

extern const LunarYear kLunarYears[kLastLunarYear - kFirstLunarYear + 1];

}  // namespace plancheck
