// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/dates.h"
#include "core/message.h"
#include "core/when_expr.h"

namespace plancheck {

/// The days an event covers; a point event starts and ends on the same day.
struct EventSpan {
  Date start;
  Date end;
};

/// What compiling a phrase needs to know about the plan it sits in.
struct TimingContext {
  int plan_year = 0;
  Date issued{};  ///< recurring items start in this period; 即日起 starts here
  /// Dates of a named event; nothing while the event is pending.
  std::function<std::optional<EventSpan>(std::string_view id)> event_dates;
};

/// A phrase placed in the plan's calendar.
struct Timing {
  WhenExpr expr;
  int plan_year = 0;
  Date issued{};
  std::string event;               ///< the event a relative or event window waits on
  bool pending = false;            ///< that event has no date yet
  std::optional<Date> date;        ///< deadline, relative once resolved
  std::optional<Date> start, end;  ///< start (end empty), window (first instance)

  TimingKind kind() const { return expr.kind; }
};

/// One dated instance of a milestone: a deadline is start == end == due; a window runs
/// start..end; a recurring period runs start..end and is due on `due`.
struct Occurrence {
  Date start;
  Date end;
  Date due;
};

/// Why a phrase that parsed cannot be placed in the calendar.
struct TimingProblem {
  Message message;
  bool needs_event = false;  ///< it counts from an event, and none was named
};

/// Places `expr` in the plan's calendar. `event_id` is the milestone's `event:` (the
/// phrase may name its own). Returns a problem when the phrase names an impossible day
/// (2月29日 in 2017) or lacks the event it needs.
std::variant<Timing, TimingProblem> compile_when(const WhenExpr& expr, const TimingContext& context,
                                                 std::string_view event_id);

/// Whether two compiled phrases name the same dates (or the same rhythm, for recurring and
/// relative items), however they were worded.
bool same_schedule(const Timing& a, const Timing& b);

/// Every instance with any day in [from, to]. Starts count on their first day only;
/// recurring items count in the period they are due.
std::vector<Occurrence> occurrences_between(const Timing& timing, Date from, Date to);
/// The first `count` instances, for showing what a phrase means.
std::vector<Occurrence> first_occurrences(const Timing& timing, std::size_t count);

/// The first and last day of a span in a given plan year (day 0 = month's end).
Date span_first_day(const DaySpan& span, int plan_year);
Date span_last_day(const DaySpan& span, int plan_year);

}  // namespace plancheck
