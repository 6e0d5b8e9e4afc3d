// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "text/message.h"

namespace plancheck {

enum class TimingKind { deadline, start, window, recurring, relative, continuous };
/// A length of time. `working_day` only counts (N个工作日内), on the official calendar;
/// nothing recurs every working day.
enum class Period { none, day, week, month, quarter, half_year, year, working_day };

/// A year named in a phrase: the plan year plus an offset (次年 is +1), or written out.
struct YearRef {
  bool absolute = false;
  int value = 0;
};

/// A span of days inside a year, as a phrase names it before a year is known:
/// 10月底 is 10-last..10-last, 10月 is 10-01..10-last, 下半年 is 07-01..12-last.
/// Day 0 means the last day of the month, so February's end is right in every year.
struct DaySpan {
  YearRef year;
  unsigned first_month = 1, first_day = 1;
  unsigned last_month = 12, last_day = 0;
  YearRef last_year;  ///< the year of the span's end, when it differs ("2017年10月至2018年3月")
  bool has_last_year = false;
  /// Months and days of the lunar calendar (除夕至正月十五). In a plan year, 腊月 is the one
  /// before that year's 春节, so 腊月二十三至正月十五 is one season; every other month is
  /// of the lunar year that begins in it. Day 0 is the month's last day: 除夕 is 腊月's.
  bool lunar = false;
  /// What the phrase writes beside its (last) day for the reader, checked against the day
  /// once the year is known: a weekday, 0 Sunday .. 6 Saturday (（星期二）), -1 for none; a
  /// lunar month and day (（腊月二十三）; day 0 is the month's last), month 0 for none.
  int noted_weekday = -1;
  unsigned noted_lunar_month = 0, noted_lunar_day = 0;
  /// A solar month and day written beside a lunar day (正月初八（2月24日）), month 0 for none.
  unsigned noted_month = 0, noted_day = 0;
};

/// When in each of its periods a recurring item falls due. All unset: on the period's last
/// day (每月, 每季度末).
struct DueRule {
  /// Day `day` (0: the last) of the period's month `month` (每季度首月10日前: 1, 10); a month
  /// past the period's is in the next period (每月…次月5日前: 2, 5).
  unsigned month = 0, day = 0;
  int weekday = -1;  ///< a week's day, 0 Sunday .. 6 Saturday (每周五)
  /// With `weekday` in a month: its Nth in the month (每月第一个星期一: 1), -1 the last.
  int nth = 0;
  /// So many `after_unit`s after the period's last day (每季度结束后10日内, 15个工作日内).
  int after_end = 0;
  Period after_unit = Period::none;
  /// The period's Nth working day (每月前5个工作日内: 5), or with -1 its last (每季度最后一个
  /// 工作日), on the official calendar.
  int working_day = 0;
  /// A due day that is a day off moves to the next working day (遇节假日顺延).
  bool rolls_past_days_off = false;
  bool operator==(const DueRule&) const = default;
};

/// What one `when:` phrase says, independent of the plan it is in.
struct WhenExpr {
  TimingKind kind = TimingKind::continuous;
  DaySpan from;         ///< deadline: due on its last day; start: its first day; window start
  DaySpan to;           ///< window end
  bool yearly = false;  ///< a window that comes back each year (每年11月1日到次年2月底)
  bool listed_days = false;  ///< a window of two days listed (除夕、正月初一), which must run on
  bool at_issue = false;      ///< a start on the plan's issue date (即日起)
  bool starts_after = false;  ///< a start the day after `from` ends (6月30日后, 清明节过后)
  Period every = Period::none;  ///< recurring
  int every_count = 1;          ///< 每两个月: 2 months a period, from January
  int count = 0;                ///< relative: how many `unit`s after the event
  Period unit = Period::none;
  bool event_span = false;  ///< a window that is an event's own span (春节期间)
  std::string event;        ///< an event named in the phrase itself ("1 month after X")
  /// Statutory holidays the phrase names, as the State Council's notices name them (春节,
  /// 国庆节): a window over their official days off (春节期间, 元旦春节期间), or with
  /// `before_holiday` a deadline the day before those days begin (国庆节前).
  std::vector<std::string> holidays;
  bool before_holiday = false;
  /// When a recurring item falls due in each period, if not on its last day (每月10日前).
  DueRule due;
  /// A due day that is a day off moves to the next working day, on the official calendar:
  /// 4月30日前（遇节假日顺延）, 收到后5日内，如遇法定节假日顺延.
  bool rolls_past_days_off = false;
  /// A season a region's regulation dates (采暖季, 汛期), as the table of
  /// calendar/regional_seasons names it: a window over it (`from.year` the year it begins
  /// in, when written), with `before_holiday` a deadline the day before it begins, with
  /// `starts_after` a start the day after it ends, as a deadline alone its last day.
  std::string season;
  /// With `holidays`: counted from the day after their days off (国庆节后3个工作日内: 3
  /// working days; 春节后 alone, 0: a start on that day).
  bool after_holiday = false;
};

/// Why a phrase did not parse, and where (character offset into the phrase).
struct WhenError {
  std::size_t offset = 0;
  std::size_t length = 1;
  Message message;
  Message help;
};

using WhenParse = std::variant<WhenExpr, WhenError>;

/// Parses a deadline phrase in Chinese or English. Never guesses: what it cannot read
/// fully is an error.
WhenParse parse_when(std::string_view phrase);
WhenParse parse_when_zh(std::string_view phrase);
WhenParse parse_when_en(std::string_view phrase);

/// Whether the phrase can date itself from an event (印发实施后1个月内, 春节期间), and so
/// takes one from `event:`. A statutory holiday's 期间 without one takes the holiday's
/// official days; a relative phrase without one may count from a given day (`when --from`).
bool counts_from_event(const WhenExpr& expr);

/// The months one period spans: 3 for a quarter; 0 for a period counted in days.
int period_months(Period period);

/// The kind's and period's names as JSON and the format spell them ("deadline", "month").
std::string_view kind_name(TimingKind kind);
std::string_view period_name(Period period);
/// The same words for a person, to be translated with the message they sit in.
Term kind_term(TimingKind kind);
Term period_term(Period period);

}  // namespace plancheck
