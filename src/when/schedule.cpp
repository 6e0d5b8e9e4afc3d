// SPDX-License-Identifier: MIT
#include "when/schedule.h"

#include <fmt/format.h>

#include <algorithm>

#include "when/day_span.h"

namespace plancheck {
namespace {

using std::chrono::days;
using namespace schedule_form;

// What each form answers. A form without its kind_of, shape_of, days_of, same and
// add_occurrences does not compile, so a new kind cannot be half added.

TimingKind kind_of(const Deadline&) { return TimingKind::deadline; }
TimingKind kind_of(const Start&) { return TimingKind::start; }
TimingKind kind_of(const Window&) { return TimingKind::window; }
TimingKind kind_of(const YearlyWindow&) { return TimingKind::window; }
TimingKind kind_of(const Recurring&) { return TimingKind::recurring; }
TimingKind kind_of(const Relative&) { return TimingKind::relative; }
TimingKind kind_of(const EventWindow&) { return TimingKind::window; }
TimingKind kind_of(const Continuous&) { return TimingKind::continuous; }

Shape shape_of(const Deadline&) { return Shape::point; }
Shape shape_of(const Start&) { return Shape::open; }
Shape shape_of(const Window&) { return Shape::span; }
Shape shape_of(const YearlyWindow&) { return Shape::span; }
Shape shape_of(const Recurring&) { return Shape::point; }
Shape shape_of(const Relative&) { return Shape::point; }
Shape shape_of(const EventWindow&) { return Shape::span; }
Shape shape_of(const Continuous&) { return Shape::none; }

Period every_of(const Recurring& r) { return r.every; }
Period every_of(const YearlyWindow&) { return Period::year; }
Period every_of(const auto&) { return Period::none; }

std::string_view event_of(const Relative& r) { return r.event; }
std::string_view event_of(const EventWindow& w) { return w.event; }
std::string_view event_of(const auto&) { return {}; }

bool pending_of(const Relative& r) { return !r.due; }
bool pending_of(const EventWindow& w) { return !w.span; }
bool pending_of(const auto&) { return false; }

CompiledDays days_of(const Deadline& d) { return {d.due, {}, {}}; }
CompiledDays days_of(const Start& s) { return {{}, s.first, {}}; }
CompiledDays days_of(const Window& w) { return {{}, w.start, w.end}; }
CompiledDays days_of(const YearlyWindow& w) { return {{}, w.first.start, w.first.end}; }
CompiledDays days_of(const Recurring&) { return {}; }
CompiledDays days_of(const Relative& r) { return {r.due, {}, {}}; }
CompiledDays days_of(const EventWindow& w) {
  if (!w.span) return {};
  return {{}, w.span->start, w.span->end};
}
CompiledDays days_of(const Continuous&) { return {}; }

// Relative deadlines and recurring items keep their rhythm, whatever day it lands on;
// an event window is the event's, whatever its dates.
bool same(const Deadline& a, const Deadline& b) { return a.due == b.due; }
bool same(const Start& a, const Start& b) { return a.first == b.first; }
bool same(const Window& a, const Window& b) { return a.start == b.start && a.end == b.end; }
bool same(const YearlyWindow& a, const YearlyWindow& b) {
  return a.first.start == b.first.start && a.first.end == b.first.end;
}
bool same(const Recurring& a, const Recurring& b) {
  return a.every == b.every && a.every_count == b.every_count && a.due == b.due;
}
bool same(const Relative& a, const Relative& b) { return a.count == b.count && a.unit == b.unit; }
bool same(const EventWindow&, const EventWindow&) { return true; }
bool same(const Continuous&, const Continuous&) { return true; }

struct Range {
  Date from, to;
  std::size_t limit;
  int plan_year;
};

void add_day(std::vector<Occurrence>& out, Date day, const Range& r) {
  if (day >= r.from && day <= r.to) out.push_back({day, day, day});
}

void add_span(std::vector<Occurrence>& out, Date start, Date end, const Range& r) {
  if (start <= r.to && end >= r.from) out.push_back({start, end, end});
}

void add_occurrences(std::vector<Occurrence>& out, const Deadline& d, const Range& r) {
  add_day(out, d.due, r);
}
void add_occurrences(std::vector<Occurrence>& out, const Start& s, const Range& r) {
  add_day(out, s.first, r);
}
void add_occurrences(std::vector<Occurrence>& out, const Window& w, const Range& r) {
  add_span(out, w.start, w.end, r);
}
void add_occurrences(std::vector<Occurrence>& out, const Relative& rel, const Range& r) {
  if (rel.due) add_day(out, *rel.due, r);
}
void add_occurrences(std::vector<Occurrence>& out, const EventWindow& w, const Range& r) {
  if (w.span) add_span(out, w.span->start, w.span->end, r);
}
void add_occurrences(std::vector<Occurrence>&, const Continuous&, const Range&) {}

void add_occurrences(std::vector<Occurrence>& out, const Recurring& rec, const Range& r) {
  for (const Occurrence& instance : rec.instances) {
    if (out.size() >= r.limit || instance.due > r.to) break;
    if (instance.due >= r.from) out.push_back(instance);
  }
}

void add_occurrences(std::vector<Occurrence>& out, const YearlyWindow& w, const Range& r) {
  for (int shift = 0; out.size() < r.limit; ++shift) {
    Occurrence window = window_in_year(w.from, w.to, r.plan_year + shift);
    if (window.start > r.to) break;
    if (window.end >= r.from) out.push_back(window);
  }
}

// An occurrence that would start, end or fall due past the supported days (a yearly window
// of 9999 that ends in 10000) cannot be written as a date anywhere: it is left out, as an
// occurrence past the asked range would be.
std::vector<Occurrence> within_supported_days(std::vector<Occurrence> found) {
  std::erase_if(found, [](const Occurrence& o) {
    return !is_supported(o.start) || !is_supported(o.end) || !is_supported(o.due);
  });
  return found;
}

}  // namespace

TimingKind Schedule::kind() const {
  return std::visit([](const auto& f) { return kind_of(f); }, form_);
}

Shape Schedule::shape() const {
  return std::visit([](const auto& f) { return shape_of(f); }, form_);
}

Period Schedule::every() const {
  return std::visit([](const auto& f) { return every_of(f); }, form_);
}

std::string_view Schedule::event() const {
  return std::visit([](const auto& f) { return event_of(f); }, form_);
}

bool Schedule::pending() const {
  return std::visit([](const auto& f) { return pending_of(f); }, form_);
}

std::optional<Date> Schedule::counted_from() const {
  if (const auto* relative = std::get_if<Relative>(&form_)) return relative->from;
  return std::nullopt;
}

std::optional<std::pair<int, Period>> Schedule::offset() const {
  if (const auto* relative = std::get_if<Relative>(&form_)) {
    return std::pair{relative->count, relative->unit};
  }
  return std::nullopt;
}

CompiledDays Schedule::days() const {
  return std::visit([](const auto& f) { return days_of(f); }, form_);
}

std::optional<Date> Schedule::written_due() const {
  if (const auto* deadline = std::get_if<Deadline>(&form_)) return deadline->due;
  return std::nullopt;
}

std::vector<Occurrence> Schedule::occurrences(Date from, Date to, std::size_t limit) const {
  std::vector<Occurrence> out;
  Range range{from, to, limit, plan_year_};
  std::visit([&](const auto& f) { add_occurrences(out, f, range); }, form_);
  return within_supported_days(std::move(out));
}

std::vector<Occurrence> Schedule::occurrences_between(Date from, Date to) const {
  from = std::max(from, kFirstSupportedDay);
  to = std::min(to, kLastSupportedDay);
  if (from > to) return {};
  return occurrences(from, to, static_cast<std::size_t>(-1));
}

std::vector<Occurrence> Schedule::first_occurrences(std::size_t count) const {
  return occurrences(kFirstSupportedDay, kLastSupportedDay, count);
}

std::string Schedule::instance_id(std::string_view id, const Occurrence& o) const {
  if (shape() == Shape::span && repeats()) return fmt::format("{}@{}", id, year_of(o.start));
  switch (every()) {
    case Period::none:
      return std::string(id);
    case Period::month:
      return fmt::format("{}@{}-{:02}", id, year_of(o.due), month_of(o.due));
    case Period::quarter:
      return fmt::format("{}@{}-Q{}", id, year_of(o.due), quarter_of(o.due));
    case Period::half_year:
      return fmt::format("{}@{}-H{}", id, year_of(o.due), month_of(o.due) <= 6 ? 1 : 2);
    case Period::year:
      return fmt::format("{}@{}", id, year_of(o.due));
    case Period::day:
    case Period::week:
    case Period::working_day:
      break;
  }
  return fmt::format("{}@{}", id, format_iso(o.due));
}

Date Schedule::shown_day(const Occurrence& o, Date from) const {
  return shape() == Shape::span ? std::max(o.start, from) : o.due;
}

std::optional<Occurrence> Schedule::ongoing(Date from, Date to) const {
  if (const auto* start = std::get_if<Start>(&form_); start && start->first < from) {
    return Occurrence{start->first, start->first, start->first};
  }
  if (std::holds_alternative<Continuous>(form_)) return Occurrence{from, to, to};
  return std::nullopt;
}

bool Schedule::same_as(const Schedule& other) const {
  if (form_.index() != other.form_.index()) return false;
  return std::visit(
      [&](const auto& mine) {
        return same(mine, std::get<std::decay_t<decltype(mine)>>(other.form_));
      },
      form_);
}

}  // namespace plancheck
