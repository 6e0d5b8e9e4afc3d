// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "calendar/dates.h"
#include "calendar/official_calendar.h"
#include "text/message.h"
#include "when/when_expr.h"

namespace plancheck {

/// The days an event covers; a point event starts and ends on the same day.
struct EventSpan {
  Date start;
  Date end;
};

/// What compiling a phrase needs to know about the plan it sits in.
struct ScheduleContext {
  int plan_year = 0;
  Date issued{};  ///< recurring items start in this period; 即日起 starts here
  /// Dates of a named event; nothing while the event is pending.
  std::function<std::optional<EventSpan>(std::string_view id)> event_dates;
  /// Working days and holidays; the shipped schedule when null.
  const OfficialCalendar* calendar = nullptr;
  /// The day a relative phrase counts from when it names no event (`when --from`).
  std::optional<Date> anchor = {};
  /// Where the plan is (plan.yaml's `region`, `when --region`: 北京市, 四川省成都市): it dates
  /// the seasons a region's regulation sets (采暖季, 汛期).
  std::string region = {};
  /// A phrase that needs an event and names none compiles, pending, instead of being an
  /// error: what `when` shows of 印发实施后1个月内 or 重污染天气预警期间 alone. A milestone
  /// must name its event.
  bool events_may_wait = false;
};

/// One dated instance of a milestone. It falls due on `due`: a deadline's day, a window's
/// last day, a recurring period's last day, a start's first day.
struct Occurrence {
  Date start;
  Date end;
  Date due;
};

/// How an instance lies in the calendar, which is all a listing, a calendar file or a
/// timeline needs to draw it: on one day, over a span, from a day on, or on no day.
enum class Shape { point, span, open, none };

/// The dates a phrase compiled to, as `when` and `compile` print them (a repeating item's
/// are those of its first instance).
struct CompiledDays {
  std::optional<Date> date, start, end;
};

/// The forms a compiled deadline takes. A new kind is one more struct here, with the
/// members the others have, and one more alternative in Schedule::Form.
namespace schedule_form {

struct Deadline {
  Date due;
};
struct Start {
  Date first;
};
struct Window {
  Date start, end;
};
/// Comes back every year from the plan's year on (每年11月1日到次年2月底).
struct YearlyWindow {
  DaySpan from, to;
  Occurrence first;
};
/// Due in each period from the plan's issue to the end of its year (recurrence.h says which
/// periods and days); the instances are worked out once, when the phrase is compiled.
struct Recurring {
  Period every = Period::none;
  int every_count = 1;
  DueRule due;
  std::vector<Occurrence> instances;
};
/// Counted from an event (印发实施后1个月内) or a given day; no date while the event has none.
struct Relative {
  std::string event;  ///< empty when counted from a given day
  int count = 0;
  Period unit = Period::none;
  std::optional<Date> from;
  std::optional<Date> due;
};
/// The event's own span (春节期间).
struct EventWindow {
  std::string event;
  std::optional<EventSpan> span;
};
/// A standing duty with no date.
struct Continuous {};

}  // namespace schedule_form

/// A deadline phrase placed in a plan's calendar: what consumers ask of a deadline, answered
/// by its form, so none of them needs to know which form it is.
class Schedule {
 public:
  using Form =
      std::variant<schedule_form::Deadline, schedule_form::Start, schedule_form::Window,
                   schedule_form::YearlyWindow, schedule_form::Recurring, schedule_form::Relative,
                   schedule_form::EventWindow, schedule_form::Continuous>;

  Schedule(Form form, int plan_year, std::vector<HolidayPeriod> calendar_facts = {})
      : form_(std::move(form)), plan_year_(plan_year), facts_(std::move(calendar_facts)) {}

  /// The phrase's kind, for naming it (JSON, labels); never for deciding how to draw it.
  TimingKind kind() const;
  Shape shape() const;
  /// The period it repeats in: a recurring item's, `year` for a yearly window, else none.
  Period every() const;
  bool repeats() const { return every() != Period::none; }
  /// Due at the end of every period (每月), rather than over a span that comes back.
  bool periodic() const { return repeats() && shape() == Shape::point; }
  /// The event it counts from or belongs to; empty when it needs none.
  std::string_view event() const;
  /// It waits on an event that has no date yet.
  bool pending() const;
  /// How far after its event a relative deadline falls.
  std::optional<std::pair<int, Period>> offset() const;
  CompiledDays days() const;
  /// The day a phrase sets out itself as its deadline (10月底前): not counted from an
  /// event, not repeating.
  std::optional<Date> written_due() const;
  int plan_year() const { return plan_year_; }
  /// The official holidays its dates were read from or counted across (国庆节 2017:
  /// 10-01..08 off, 09-30 worked), each with its notice.
  const std::vector<HolidayPeriod>& calendar_facts() const { return facts_; }
  /// The day a relative deadline counts from: its event's first day, or the given day.
  std::optional<Date> counted_from() const;

  /// Every instance with any day in [from, to], in date order. Starts count on their first
  /// day only; recurring items count in the period they are due.
  std::vector<Occurrence> occurrences_between(Date from, Date to) const;
  /// The first `count` instances, for showing what a phrase means.
  std::vector<Occurrence> first_occurrences(std::size_t count) const;
  /// The id of one instance: the milestone's own, or for one that repeats the id and the
  /// period: 3.3.1a@2017-07 (month), 2.2a@2017-Q2, 3.1.2b@2018 (a yearly window, by the
  /// year it starts), 2017-H1, or a week's or day's due date.
  std::string instance_id(std::string_view milestone_id, const Occurrence& occurrence) const;
  /// The day a listing from `from` on shows an instance: a window that began earlier shows
  /// on `from`, everything else on its due day.
  Date shown_day(const Occurrence& occurrence, Date from) const;
  /// What is under way through [from, to] without falling due in it: a start made before
  /// `from`, or a standing duty.
  std::optional<Occurrence> ongoing(Date from, Date to) const;
  /// Whether two compiled phrases name the same dates (or the same rhythm, for recurring
  /// and relative items), however they were worded.
  bool same_as(const Schedule& other) const;

 private:
  std::vector<Occurrence> occurrences(Date from, Date to, std::size_t limit) const;

  Form form_;
  int plan_year_ = 0;
  std::vector<HolidayPeriod> facts_;
};

/// Why a phrase that parsed cannot be placed in the calendar.
struct ScheduleProblem {
  Message message;
  bool needs_event = false;  ///< it counts from an event, and none was named
  Message help = {};
};

/// Places `expr` in the plan's calendar. `event_id` is the milestone's `event:` (the
/// phrase may name its own). Returns a problem when the phrase names an impossible day
/// (2月29日 in 2017) or lacks the event it needs.
std::variant<Schedule, ScheduleProblem> compile_when(const WhenExpr& expr,
                                                     const ScheduleContext& context,
                                                     std::string_view event_id);

}  // namespace plancheck
