// SPDX-License-Identifier: MIT
#include "render/ical_render.h"

#include <fmt/format.h>
#include <libical/ical.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "render/item_fields.h"
#include "render/printable.h"

namespace plancheck {
namespace {

using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

icaltimetype ical_date(Date date) {
  // From null_time, not null_date: null_date's time fields are -1, which libical's own
  // recurrence expansion reads as a time, stepping a weekly rule six days at a time.
  icaltimetype t = icaltime_null_time();
  t.year = year_of(date);
  t.month = static_cast<int>(month_of(date));
  t.day = static_cast<int>(day_of(date));
  t.is_date = 1;
  return t;
}

std::string uid(const CheckedPlan& plan, const Milestone& milestone) {
  return fmt::format("{}@{}.plancheck", milestone.id, plan.plan->meta.id.value);
}

std::string summary(const CalendarEntry& entry) {
  return fmt::format("{} {}", entry.milestone->id, entry.milestone->what.value);
}

std::string description(const CalendarEntry& entry) {
  const Task& task = *entry.task;
  std::string text =
      fmt::format("任务：{} {}\n时限：{}（{}）", task.id.value, task.title.value,
                  entry.milestone->when.value, kind_label_zh(entry.milestone->schedule->kind()));
  if (!task.lead.empty()) text += "\n牵头单位：" + written_units(task.lead);
  if (!task.responsible.empty()) text += "\n责任单位：" + written_units(task.responsible);
  return text;
}

void add_alarm(icalcomponent* component, int days, const std::string& text) {
  if (days <= 0) return;
  icalcomponent* alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
  icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
  icaltriggertype trigger = icaltriggertype_from_int(-days * 24 * 60 * 60);
  icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
  icalcomponent_add_property(alarm, icalproperty_new_description(printable(text, true).c_str()));
  icalcomponent_add_component(component, alarm);
}

// The days libical's expansion of `rule` from `start` gives, at most `limit` + 1 of them.
std::vector<Date> expand(const std::string& rule_text, Date start, std::size_t limit) {
  icalrecurrencetype rule = icalrecurrencetype_from_string(rule_text.c_str());
  std::vector<Date> out;
  if (rule.freq == ICAL_NO_RECURRENCE) return out;
  icalrecur_iterator* it = icalrecur_iterator_new(rule, ical_date(start));
  if (!it) return out;
  for (icaltimetype t = icalrecur_iterator_next(it);
       !icaltime_is_null_time(t) && out.size() <= limit; t = icalrecur_iterator_next(it)) {
    out.push_back(make_date(t.year, static_cast<unsigned>(t.month), static_cast<unsigned>(t.day)));
  }
  icalrecur_iterator_free(it);
  return out;
}

// An RRULE for the days a recurring item shows on, or nothing when none gives exactly them.
// The rules a calendar app reads are tried in turn (每月: the month's last day; 每月10日前:
// its 10th; 每月第一个星期一: 1MO; 每周五: weekly), and each is expanded by libical and
// kept only if it gives every day of `days` and no other. A rhythm no RRULE can say (the
// last working day of each quarter, on the official calendar) gets RDATEs instead.
std::optional<std::string> rule_for(Period every, const std::vector<Date>& days) {
  static constexpr const char* kWeekdays[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
  Date first = days.front();
  std::string until = fmt::format(";UNTIL={:04}{:02}{:02}", year_of(days.back()),
                                  month_of(days.back()), day_of(days.back()));
  std::vector<std::string> candidates;
  auto months_between = [](Date a, Date b) {
    return (year_of(b) - year_of(a)) * 12 + static_cast<int>(month_of(b)) -
           static_cast<int>(month_of(a));
  };
  int step_days = days.size() > 1 ? static_cast<int>((days[1] - days[0]).count()) : 1;
  if (every == Period::day || every == Period::week) {
    bool weekly = every == Period::week;
    int interval = std::max(1, weekly ? step_days / 7 : step_days);
    candidates.push_back(fmt::format("FREQ={};INTERVAL={}", weekly ? "WEEKLY" : "DAILY", interval));
  } else {
    int interval = std::max(1, days.size() > 1 ? months_between(days[0], days[1]) : 1);
    bool yearly = interval % 12 == 0;
    std::string base = yearly ? fmt::format("FREQ=YEARLY;INTERVAL={}", interval / 12)
                              : fmt::format("FREQ=MONTHLY;INTERVAL={}", interval);
    std::string month = yearly ? fmt::format(";BYMONTH={}", month_of(first)) : "";
    unsigned weekday = static_cast<unsigned>(std::chrono::weekday(first).c_encoding());
    candidates.push_back(base + month + fmt::format(";BYMONTHDAY={}", day_of(first)));
    candidates.push_back(base + month + ";BYMONTHDAY=-1");
    candidates.push_back(
        base + month + fmt::format(";BYDAY={}{}", (day_of(first) - 1) / 7 + 1, kWeekdays[weekday]));
    candidates.push_back(base + month + fmt::format(";BYDAY=-1{}", kWeekdays[weekday]));
  }
  for (const std::string& candidate : candidates) {
    if (expand(candidate + until, first, days.size()) == days) return candidate + until;
  }
  return std::nullopt;
}

icalcomponent* common(icalcomponent_kind kind, const CheckedPlan& plan, const CalendarEntry& entry,
                      const IcalOptions& options) {
  icalcomponent* c = icalcomponent_new(kind);
  icalcomponent_add_property(c, icalproperty_new_uid(uid(plan, *entry.milestone).c_str()));
  icaltimetype stamp = ical_date(options.stamp);
  stamp.is_date = 0;  // DTSTAMP is a UTC date-time: midnight of the day the calendar was made
  stamp.hour = stamp.minute = stamp.second = 0;
  stamp.zone = icaltimezone_get_utc_timezone();
  icalcomponent_add_property(c, icalproperty_new_dtstamp(stamp));
  // libical takes C strings (a NUL would cut the text) and escapes only , ; \ and newlines.
  icalcomponent_add_property(c, icalproperty_new_summary(printable(summary(entry), true).c_str()));
  icalcomponent_add_property(
      c, icalproperty_new_description(printable(description(entry), true).c_str()));
  icalcomponent_add_property(
      c, icalproperty_new_categories(
             std::string(kind_label_zh(entry.milestone->schedule->kind())).c_str()));
  return c;
}

// An all-day event from `start` through `last` (DTEND is the day after: exclusive; render_ical
// leaves out what ends on or after kLastIcalDay, so the day after is always writable).
void set_days(icalcomponent* c, Date start, Date last) {
  icalcomponent_add_property(c, icalproperty_new_dtstart(ical_date(start)));
  icalcomponent_add_property(c, icalproperty_new_dtend(ical_date(last + std::chrono::days{1})));
}

void add_entry(icalcomponent* calendar, const CheckedPlan& plan, const CalendarEntry& entry,
               const IcalOptions& options) {
  const Schedule& schedule = *entry.milestone->schedule;
  const Occurrence& first = entry.instances.front();
  std::string alarm_text = summary(entry);
  if (schedule.shape() == Shape::point && !schedule.repeats()) {
    icalcomponent* todo = common(ICAL_VTODO_COMPONENT, plan, entry, options);
    icalcomponent_add_property(todo, icalproperty_new_due(ical_date(first.due)));
    add_alarm(todo, options.alarm_days, alarm_text);
    icalcomponent_add_component(calendar, todo);
    return;
  }
  icalcomponent* event = common(ICAL_VEVENT_COMPONENT, plan, entry, options);
  // A recurring item shows on the day each period falls due, a start on its first day.
  bool spans = schedule.shape() == Shape::span;
  auto first_day = [&](const Occurrence& o) { return spans ? o.start : o.due; };
  set_days(event, first_day(first), spans ? first.end : first_day(first));
  if (schedule.repeats() && entry.instances.size() > 1) {
    std::vector<Date> days;
    for (const Occurrence& o : entry.instances) days.push_back(first_day(o));
    if (auto rule = rule_for(schedule.every(), days)) {
      icalcomponent_add_property(
          event, icalproperty_new_rrule(icalrecurrencetype_from_string(rule->c_str())));
    } else {
      for (std::size_t i = 1; i < days.size(); ++i) {
        icaldatetimeperiodtype day{};
        day.time = ical_date(days[i]);
        day.period = icalperiodtype_null_period();
        icalcomponent_add_property(event, icalproperty_new_rdate(day));
      }
    }
  }
  add_alarm(event, options.alarm_days, alarm_text);
  icalcomponent_add_component(calendar, event);
  if (!spans || !schedule.repeats()) return;
  // The rule repeats the first window's length; a year whose window is longer or shorter
  // (February's end in a leap year) gets its own dates under the same UID.
  auto length = first.end - first.start;
  for (std::size_t i = 1; i < entry.instances.size(); ++i) {
    const Occurrence& o = entry.instances[i];
    if (o.end - o.start == length) continue;
    icalcomponent* override_event = common(ICAL_VEVENT_COMPONENT, plan, entry, options);
    icalcomponent_add_property(override_event, icalproperty_new_recurrenceid(ical_date(o.start)));
    set_days(override_event, o.start, o.end);
    add_alarm(override_event, options.alarm_days, alarm_text);
    icalcomponent_add_component(calendar, override_event);
  }
}

}  // namespace

std::string render_ical(const CheckedPlan& plan, const std::vector<CalendarEntry>& entries,
                        const IcalOptions& options) {
  Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT), &icalcomponent_free);
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(),
                             icalproperty_new_prodid("-//plancheck//plancheck 0.1//ZH"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  std::string name = fmt::format("{}（{}）", plan.plan->meta.title, plan.plan->meta.doc_number);
  icalproperty* calname = icalproperty_new_x(name.c_str());
  icalproperty_set_x_name(calname, "X-WR-CALNAME");
  icalcomponent_add_property(calendar.get(), calname);
  for (const CalendarEntry& entry : entries) {
    // An occurrence reaching past the last day libical can write is left out, not written
    // as a date of year 0 (the command refuses --to past it; this is a window that starts
    // before and ends after).
    CalendarEntry writable = entry;
    std::erase_if(writable.instances, [](const Occurrence& o) {
      return o.start > kLastIcalDay || o.end >= kLastIcalDay || o.due > kLastIcalDay;
    });
    if (!writable.instances.empty()) add_entry(calendar.get(), plan, writable, options);
  }
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  std::string out(text);
  std::free(text);
  return out;
}

}  // namespace plancheck
