// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace plancheck {

/// A season whose days a city's or a province's own regulation sets, the same each year:
/// the heating season of a northern city, a province's flood season. `first` and `last` are
/// month and day; a season whose last day comes before its first runs into the next year.
/// A row with month 0 says the region has no such season (成都 heats no city).
struct RegionalSeason {
  std::string_view region;  ///< as addresses write it: 北京, 四川, 成都
  std::string_view season;  ///< 采暖季, 汛期
  unsigned first_month = 0, first_day = 0;
  unsigned last_month = 0, last_day = 0;
  std::string_view source;  ///< the regulation, or why there is none
  bool exists() const { return first_month != 0; }
};

/// Every row plancheck knows (docs: README "Seasons by region").
std::span<const RegionalSeason> regional_season_table();

/// The row for `season` in `region` (a plan's region as written: 北京市, 四川省成都市): of the
/// rows whose region the text names, the most specific, which addresses write last (成都 over
/// 四川). Nothing when no row's region is named.
std::optional<RegionalSeason> find_regional_season(std::string_view region,
                                                   std::string_view season);

}  // namespace plancheck
