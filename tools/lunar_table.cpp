// SPDX-License-Identifier: MIT
// Writes the lunar calendar plancheck compiles in: for every lunar year liblunar-date
// covers, the Gregorian day of its 正月初一, its leap month and the length of each month,
// all asked of liblunar-date. The build runs this (CMakeLists.txt) and compiles what it
// writes into src/calendar, so the dates are the library's, while a run of plancheck
// neither loads the library nor the gio chain it brings: a third of a `when` process's
// start-up. tests/e2e/lunar_tables.py checks the compiled table against python3-lunardate.
//
//     lunar_table OUT.cpp
#include <lunar-date/lunar-date.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace {

constexpr int kFirstYear = 1901, kLastYear = 2099;

// The Gregorian day of a lunar day, as days since 1970-01-01; nothing when the month has
// no such day. One LunarDate, never freed: freeing one leaks parts of it.
std::optional<long> solar_day(int year, int month, int day, bool leap) {
  static LunarDate* const date = lunar_date_new();
  GError* error = nullptr;
  lunar_date_set_lunar_date(date, static_cast<GDateYear>(year), static_cast<GDateMonth>(month),
                            static_cast<GDateDay>(day), 0, leap ? TRUE : FALSE, &error);
  if (error) {
    g_error_free(error);
    return std::nullopt;
  }
  gchar* text = lunar_date_strftime(date, "%(year) %(month) %(day)");
  int y = 0, m = 0, d = 0;
  bool read = text && std::sscanf(text, "%d %d %d", &y, &m, &d) == 3;
  g_free(text);
  if (!read) return std::nullopt;
  GDate* solar = g_date_new_dmy(static_cast<GDateDay>(d), static_cast<GDateMonth>(m),
                                static_cast<GDateYear>(y));
  long days = static_cast<long>(g_date_get_julian(solar)) - 719163;  // 1970-01-01 is 719163
  g_date_free(solar);
  return days;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: lunar_table OUT.cpp\n");
    return 2;
  }
  std::string out =
      "// SPDX-License-Identifier: MIT\n"
      "// Made by tools/lunar_table.cpp from liblunar-date at build time; do not edit.\n"
      "#include \"calendar/lunar_table.h\"\n\n"
      "namespace plancheck {\n\n"
      "const LunarYear kLunarYears[kLastLunarYear - kFirstLunarYear + 1] = {\n";
  for (int year = kFirstYear; year <= kLastYear; ++year) {
    std::optional<long> first = solar_day(year, 1, 1, false);
    if (!first) {
      std::fprintf(stderr, "lunar_table: liblunar-date has no 正月初一 of %d\n", year);
      return 1;
    }
    unsigned leap_month = 0, long_months = 0, index = 0;
    for (int month = 1; month <= 12; ++month) {
      for (bool leap : {false, true}) {
        if (!solar_day(year, month, 1, leap)) continue;
        if (leap) leap_month = static_cast<unsigned>(month);
        if (solar_day(year, month, 30, leap)) long_months |= 1u << index;
        ++index;
      }
    }
    char line[96];
    std::snprintf(line, sizeof line, "    {%ld, %u, 0x%04x},\n", *first, leap_month, long_months);
    out += line;
  }
  out += "};\n\n}  // namespace plancheck\n";
  std::FILE* file = std::fopen(argv[1], "w");
  if (!file || std::fputs(out.c_str(), file) < 0 || std::fclose(file) != 0) {
    std::perror(argv[1]);
    return 1;
  }
  return 0;
}
