// SPDX-License-Identifier: MIT
#include "calendar/lunar.h"

#include <lunar-date/lunar-date.h>

#include <charconv>
#include <memory>
#include <mutex>
#include <string_view>

namespace plancheck {
namespace {

struct GFreeString {
  void operator()(gchar* text) const { g_free(text); }
};

// The numbers of a "YYYY-M-D" that lunar_date_strftime wrote.
std::optional<Date> parse_numbers(std::string_view text) {
  int parts[3] = {0, 0, 0};
  const char* at = text.data();
  const char* end = text.data() + text.size();
  for (int i = 0; i < 3; ++i) {
    auto [next, error] = std::from_chars(at, end, parts[i]);
    if (error != std::errc()) return std::nullopt;
    at = next + (next != end && *next == '-' ? 1 : 0);
  }
  std::chrono::year_month_day ymd{std::chrono::year{parts[0]},
                                  std::chrono::month{static_cast<unsigned>(parts[1])},
                                  std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

}  // namespace

std::optional<Date> solar_day(const LunarDay& day) {
  if (day.year < kFirstLunarYear || day.year > kLastLunarYear || day.month < 1 || day.month > 12 ||
      day.day < 1 || day.day > 30) {
    return std::nullopt;
  }
  // One LunarDate for the process, never freed: freeing one leaks (lunar_date_free keeps
  // the object, g_object_unref keeps its parts; LeakSanitizer and valgrind both say so),
  // while one object set again and again leaks nothing. A mutex, as the loader compiles
  // deadlines on several threads.
  static LunarDate* const date = lunar_date_new();
  static std::mutex in_use;
  std::lock_guard<std::mutex> lock(in_use);
  GError* error = nullptr;
  lunar_date_set_lunar_date(date, static_cast<GDateYear>(day.year),
                            static_cast<GDateMonth>(day.month), static_cast<GDateDay>(day.day), 0,
                            day.leap_month ? TRUE : FALSE, &error);
  if (error) {
    g_error_free(error);
    return std::nullopt;
  }
  std::unique_ptr<gchar, GFreeString> text(lunar_date_strftime(date, "%(year)-%(month)-%(day)"));
  if (!text) return std::nullopt;
  return parse_numbers(text.get());
}

std::optional<Date> spring_festival(int year) { return solar_day({year, 1, 1, false}); }

std::optional<Date> new_years_eve(int year) {
  std::optional<Date> first = spring_festival(year);
  if (!first) return std::nullopt;
  return *first - std::chrono::days{1};
}

}  // namespace plancheck
