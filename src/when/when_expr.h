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
};

/// What one `when:` phrase says, independent of the plan it is in.
struct WhenExpr {
  TimingKind kind = TimingKind::continuous;
  DaySpan from;         ///< deadline: due on its last day; start: its first day; window start
  DaySpan to;           ///< window end
  bool yearly = false;  ///< a window that comes back each year (每年11月1日到次年2月底)
  bool listed_days = false;  ///< a window of two days listed (除夕、正月初一), which must run on
  bool at_issue = false;        ///< a start on the plan's issue date (即日起)
  Period every = Period::none;  ///< recurring
  int count = 0;                ///< relative: how many `unit`s after the event
  Period unit = Period::none;
  bool event_span = false;  ///< a window that is an event's own span (春节期间)
  std::string event;        ///< an event named in the phrase itself ("1 month after X")
  /// Statutory holidays the phrase names, as the State Council's notices name them (春节,
  /// 国庆节): a window over their official days off (春节期间, 元旦春节期间), or with
  /// `before_holiday` a deadline the day before those days begin (国庆节前).
  std::vector<std::string> holidays;
  bool before_holiday = false;
  /// A recurring item due on a day of each period rather than its last (每月10日前: day 10
  /// of month 1 of each month; 每季度首月10日前: day 10 of the quarter's first month).
  unsigned due_month = 0, due_day = 0;
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

/// The kind's and period's names as JSON and the format spell them ("deadline", "month").
std::string_view kind_name(TimingKind kind);
std::string_view period_name(Period period);
/// The same words for a person, to be translated with the message they sit in.
Term kind_term(TimingKind kind);
Term period_term(Period period);

}  // namespace plancheck
