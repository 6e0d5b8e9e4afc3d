// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "calendar/dates.h"
#include "text/message.h"

namespace plancheck {

/// One day the State Council's notice of a year names: a day of a holiday, or a weekend
/// day worked in exchange (调休上班).
struct NoticeDay {
  int year = 0;  ///< the schedule it belongs to: 元旦 of 2018 begins on 2017-12-30
  Date date{};
  bool off = true;      ///< false: a make-up working day
  std::string holiday;  ///< as the notice names it: 春节, 国庆节、中秋节, 春节(延长)
  std::string notice;   ///< 国办发明电〔2016〕17号 (2016-12-01)
};

/// A line of a schedule file that does not read, with where.
struct CalendarProblem {
  std::size_t line = 0;
  std::size_t column = 0;  ///< 1-based, in bytes
  std::size_t length = 0;  ///< of the field, in bytes
  Message message;         ///< the file's own words quoted
};

/// The days of one holiday in one year's schedule: its off days, first to last, and the
/// make-up working days that pay for them.
struct HolidayPeriod {
  std::string name;
  Date first{};
  Date last{};
  std::vector<Date> worked;          ///< 调休上班 days for it
  std::vector<std::string> notices;  ///< the notices the days come from
  /// false: a season a region's regulation sets (采暖季), whose days are not days off;
  /// `notices` then holds the regulation.
  bool days_off = true;
};

/// A day count that ran into a year the schedule does not know.
struct UnknownYear {
  int year = 0;
};

/// The official working-day calendar: the week, corrected by each year's notice. A year
/// no notice of which is loaded is unknown, and anything that needs it says so rather
/// than guessing Monday to Friday.
class OfficialCalendar {
 public:
  /// Adds the days of a schedule file (the format of data/calendar/cn-official-days.tsv);
  /// a year the file names replaces what was known of that year. Lines that do not read
  /// are returned, and nothing of the file is added then.
  std::vector<CalendarProblem> add_file(std::string_view text);

  bool knows(int year) const { return years_.count(year) != 0; }
  /// The years known, in order.
  std::vector<int> years() const;
  /// Whether `day` is a working day; nothing when its year's schedule is not known.
  std::optional<bool> is_working_day(Date day) const;
  /// The `count`-th working day after `from` (`from` itself not counted; 0 gives `from`).
  std::variant<Date, UnknownYear> add_working_days(Date from, int count) const;
  /// The days of `holiday` (春节, 国庆节, 元旦 …) in `year`'s schedule, matched against each
  /// name the notice gives the days (国庆节、中秋节 is both); nothing when the year is
  /// unknown or gives no such holiday.
  std::optional<HolidayPeriod> holiday(int year, std::string_view holiday) const;
  /// The holidays any of whose days, off or worked, fall in [from, to], in date order.
  std::vector<HolidayPeriod> holidays_between(Date from, Date to) const;
  /// What the notices say of `day`, if anything.
  const NoticeDay* notice_day(Date day) const;

 private:
  template <typename Matches>
  std::optional<HolidayPeriod> period_of(int year, std::string_view name, Matches matches) const;
  std::map<int, std::vector<NoticeDay>> years_;
  std::map<Date, const NoticeDay*> by_date_;
  void index();
};

/// The schedule plancheck ships (data/calendar/cn-official-days.tsv), read once.
const OfficialCalendar& shipped_calendar();

}  // namespace plancheck
