// SPDX-License-Identifier: MIT
#include "calendar/official_calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <set>

namespace plancheck {
namespace {

constexpr std::size_t kColumns = 5;  // year, date, type, holiday, notice

// The fields of a tab-separated line, each with the byte column it starts at.
std::vector<std::pair<std::string_view, std::size_t>> fields_of(std::string_view line) {
  std::vector<std::pair<std::string_view, std::size_t>> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab - start), start + 1);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

std::optional<int> parse_year(std::string_view text) {
  int year = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || end != text.data() + text.size() || year < 1000 || year > 9999) {
    return std::nullopt;
  }
  return year;
}

// Whether the notice's name for the days, 国庆节、中秋节 or 春节(延长), names `holiday`.
bool names_holiday(std::string_view names, std::string_view holiday) {
  std::size_t start = 0;
  while (start <= names.size()) {
    std::size_t stop = names.find("、", start);
    std::string_view name = names.substr(start, stop - start);
    // A remark in brackets after the name (延长: the 2020 extension) is not part of it.
    name = name.substr(0, std::min(name.find('('), name.find("（")));
    if (name == holiday) return true;
    if (stop == std::string_view::npos) break;
    start = stop + std::string_view("、").size();
  }
  return false;
}

bool is_weekend(Date day) {
  std::chrono::weekday weekday{day};
  return weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
}

}  // namespace

std::vector<CalendarProblem> OfficialCalendar::add_file(std::string_view text) {
  std::vector<CalendarProblem> problems;
  std::map<int, std::vector<NoticeDay>> read;
  std::map<Date, std::size_t> first_line;
  std::size_t line_number = 0;
  bool header_seen = false;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t stop = text.find('\n', start);
    std::string_view line = text.substr(start, stop - start);
    start = stop == std::string_view::npos ? text.size() : stop + 1;
    ++line_number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty() || line.starts_with('#')) continue;
    auto fields = fields_of(line);
    auto problem = [&](std::size_t column, Message what) {
      std::size_t length = 1;
      for (const auto& [field, at] : fields) {
        if (at == column) length = std::max<std::size_t>(field.size(), 1);
      }
      problems.push_back({line_number, column, length, std::move(what)});
    };
    if (!header_seen) {
      header_seen = true;
      if (line == "year\tdate\ttype\tholiday\tnotice") continue;
      problem(1, message("the first line must name the columns: year, date, type, holiday, "
                         "notice (separated by tabs)"));
      break;
    }
    if (fields.size() != kColumns) {
      problem(1, message("expected {} fields separated by tabs, got {}", kColumns, fields.size()));
      continue;
    }
    NoticeDay day;
    auto year = parse_year(fields[0].first);
    auto date = parse_iso_date(fields[1].first);
    if (!year) problem(fields[0].second, message("'{}' is not a year", fields[0].first));
    if (!date) {
      problem(fields[1].second, message("'{}' is not a date written YYYY-MM-DD", fields[1].first));
    }
    if (fields[2].first != "off" && fields[2].first != "workday") {
      problem(fields[2].second,
              message("type must be 'off' or 'workday', got '{}'", fields[2].first));
    }
    if (fields[3].first.empty()) problem(fields[3].second, message("the holiday is empty"));
    if (fields[4].first.empty()) problem(fields[4].second, message("the notice is empty"));
    if (!year || !date) continue;
    if (*year - year_of(*date) < 0 || *year - year_of(*date) > 1) {
      problem(fields[0].second,
              message("{} is not in the schedule of {} (a day belongs to its own year's "
                      "schedule or, late in December, to the next)",
                      fields[1].first, *year));
      continue;
    }
    day.year = *year;
    day.date = *date;
    day.off = fields[2].first == "off";
    day.holiday = std::string(fields[3].first);
    day.notice = std::string(fields[4].first);
    // A day listed twice would make the calendar depend on which line is read last.
    if (auto [earlier, added] = first_line.emplace(day.date, line_number); !added) {
      problem(fields[1].second, message("{} is listed twice (first on line {})",
                                        format_iso(day.date), earlier->second));
      continue;
    }
    read[day.year].push_back(std::move(day));
  }
  if (!header_seen && problems.empty()) {
    problems.push_back({1, 1, 1, message("the file has no schedule")});
  }
  if (!problems.empty()) return problems;
  for (auto& [year, days] : read) years_[year] = std::move(days);
  index();
  return problems;
}

void OfficialCalendar::index() {
  by_date_.clear();
  for (const auto& [year, days] : years_) {
    for (const NoticeDay& day : days) by_date_[day.date] = &day;
  }
}

std::vector<int> OfficialCalendar::years() const {
  std::vector<int> out;
  for (const auto& [year, days] : years_) out.push_back(year);
  return out;
}

const NoticeDay* OfficialCalendar::notice_day(Date day) const {
  auto found = by_date_.find(day);
  return found == by_date_.end() ? nullptr : found->second;
}

std::optional<bool> OfficialCalendar::is_working_day(Date day) const {
  if (const NoticeDay* listed = notice_day(day)) return !listed->off;
  if (!knows(year_of(day))) return std::nullopt;
  return !is_weekend(day);
}

std::variant<Date, UnknownYear> OfficialCalendar::add_working_days(Date from, int count) const {
  Date day = from;
  int step = count < 0 ? -1 : 1;
  for (int left = count < 0 ? -count : count; left > 0;) {
    day += std::chrono::days{step};
    std::optional<bool> working = is_working_day(day);
    if (!working) return UnknownYear{year_of(day)};
    if (*working) --left;
  }
  return day;
}

template <typename Matches>
std::optional<HolidayPeriod> OfficialCalendar::period_of(int year, std::string_view name,
                                                         Matches matches) const {
  auto found = years_.find(year);
  if (found == years_.end()) return std::nullopt;
  HolidayPeriod period{std::string(name), Date::max(), Date::min(), {}, {}};
  for (const NoticeDay& day : found->second) {
    if (!matches(day.holiday)) continue;
    if (day.off) {
      period.first = std::min(period.first, day.date);
      period.last = std::max(period.last, day.date);
    } else {
      period.worked.push_back(day.date);
    }
    if (std::find(period.notices.begin(), period.notices.end(), day.notice) ==
        period.notices.end()) {
      period.notices.push_back(day.notice);
    }
  }
  // Make-up working days alone (no day off named so) are no period.
  if (period.first > period.last) return std::nullopt;
  std::sort(period.worked.begin(), period.worked.end());
  return period;
}

std::optional<HolidayPeriod> OfficialCalendar::holiday(int year, std::string_view holiday) const {
  return period_of(year, holiday,
                   [&](std::string_view names) { return names_holiday(names, holiday); });
}

std::vector<HolidayPeriod> OfficialCalendar::holidays_between(Date from, Date to) const {
  std::vector<std::pair<int, std::string_view>> seen;
  for (auto it = by_date_.lower_bound(from); it != by_date_.end() && it->first <= to; ++it) {
    std::pair<int, std::string_view> key{it->second->year, it->second->holiday};
    if (std::find(seen.begin(), seen.end(), key) == seen.end()) seen.push_back(key);
  }
  std::vector<HolidayPeriod> out;
  for (const auto& key : seen) {
    // The notice's own name for the days, so 2017's 国庆节、中秋节 is one period.
    std::string_view name = key.second;
    if (auto period =
            period_of(key.first, name, [name](std::string_view names) { return names == name; })) {
      out.push_back(std::move(*period));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const HolidayPeriod& a, const HolidayPeriod& b) { return a.first < b.first; });
  return out;
}

}  // namespace plancheck
