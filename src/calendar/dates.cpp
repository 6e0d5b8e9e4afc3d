// SPDX-License-Identifier: MIT
#include "calendar/dates.h"

#include <fmt/format.h>

namespace plancheck {

using namespace std::chrono;

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (int i = 0; i < lengths[p]; ++i) {
      char c = text[static_cast<std::size_t>(starts[p] + i)];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  if (parts[0] < 1000) return std::nullopt;
  year_month_day ymd{year{parts[0]}, month{static_cast<unsigned>(parts[1])},
                     day{static_cast<unsigned>(parts[2])}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

DateProblem iso_date_problem(std::string_view text) {
  bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (std::size_t i = 0; shaped && i < text.size(); ++i) {
    shaped = i == 4 || i == 7 || (text[i] >= '0' && text[i] <= '9');
  }
  if (!shaped) return DateProblem::shape;
  return text < "1000" ? DateProblem::range : DateProblem::day;
}

Message describe(DateProblem problem) {
  switch (problem) {
    case DateProblem::shape:
      return message("is not a date written YYYY-MM-DD");
    case DateProblem::range:
      return message("is out of range (years 1000 to 9999)");
    case DateProblem::day:
      return message("is not a date: no such day");
  }
  return {};
}

std::string format_iso(Date date) {
  year_month_day ymd{date};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

Date make_date(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / day{d}}; }

Date last_day_of_month(int y, unsigned m) { return sys_days{year{y} / month{m} / last}; }

Date add_months_clamped(Date date, int count) {
  year_month_day ymd{date};
  year_month target = year_month{ymd.year(), ymd.month()} + months{count};
  year_month_day candidate{target.year(), target.month(), ymd.day()};
  if (candidate.ok()) return sys_days{candidate};
  return sys_days{target.year() / target.month() / last};
}

int year_of(Date date) { return static_cast<int>(year_month_day{date}.year()); }
unsigned month_of(Date date) { return static_cast<unsigned>(year_month_day{date}.month()); }
unsigned day_of(Date date) { return static_cast<unsigned>(year_month_day{date}.day()); }
unsigned quarter_of(Date date) { return (month_of(date) - 1) / 3 + 1; }

}  // namespace plancheck
