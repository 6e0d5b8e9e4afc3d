// SPDX-License-Identifier: MIT
#include "calendar/regional_seasons.h"

namespace plancheck {

std::span<const RegionalSeason> regional_season_table() {
  // ../shared/research/seasons.md has each row's sources. A city's announcement may move a
  // year's season (北京 began 2023's on 11-07): a plan that means those days writes them.
  static constexpr RegionalSeason kSeasons[] = {
      {"北京", "采暖季", 11, 15, 3, 15, "《北京市供热采暖管理办法》"},
      {"天津", "采暖季", 11, 15, 3, 15, "天津市供热期（11月15日至次年3月15日）"},
      {"郑州", "采暖季", 11, 15, 3, 14, "《郑州市城市供热与用热管理办法》（3月15日0时停暖）"},
      {"哈尔滨", "采暖季", 10, 20, 4, 20, "《哈尔滨市城市供热办法》"},
      {"乌鲁木齐", "采暖季", 10, 10, 4, 10, "《乌鲁木齐市城市热力管理条例》"},
      {"成都", "采暖季", 0, 0, 0, 0, "成都在秦岭—淮河以南，没有法定采暖期，也没有城市集中供暖"},
      {"四川", "汛期", 5, 1, 9, 30,
       "《四川省〈中华人民共和国防洪法〉实施办法》：本省汛期为每年5月1日至9月30日"},
  };
  return kSeasons;
}

std::optional<RegionalSeason> find_regional_season(std::string_view region,
                                                   std::string_view season) {
  std::optional<RegionalSeason> found;
  std::size_t found_at = 0;
  for (const RegionalSeason& row : regional_season_table()) {
    if (row.season != season) continue;
    std::size_t at = region.rfind(row.region);
    if (at == std::string_view::npos) continue;
    if (!found || at >= found_at) found = row, found_at = at;
  }
  return found;
}

}  // namespace plancheck
