// SPDX-License-Identifier: MIT
// Prints, for every lunar month of the years liblunar-date covers (leap months too), the
// Gregorian days of its 初一 and its 三十: "year month leap first thirtieth", with "none"
// for a day that does not exist. tests/e2e/lunar_tables.py compares this with
// python3-lunardate, a second and independent table.
#include <cstdio>

#include "calendar/lunar.h"

using namespace plancheck;

int main() {
  for (int year = kFirstLunarYear; year <= kLastLunarYear; ++year) {
    for (unsigned month = 1; month <= 12; ++month) {
      for (bool leap : {false, true}) {
        auto first = solar_day({year, month, 1, leap});
        auto thirtieth = solar_day({year, month, 30, leap});
        std::printf("%d %u %d %s %s\n", year, month, leap ? 1 : 0,
                    first ? format_iso(*first).c_str() : "none",
                    thirtieth ? format_iso(*thirtieth).c_str() : "none");
      }
    }
  }
}
