// SPDX-License-Identifier: MIT
#include "render/ical_render.h"

#include <fmt/format.h>
#include <libical/ical.h>

#include <memory>

#include "render/item_fields.h"
#include "render/printable.h"

namespace plancheck {
namespace {

using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

icaltimetype ical_date(Date date) {
  icaltimetype t = icaltime_null_date();
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

icalrecurrencetype rule_for(const Schedule& schedule, Date until) {
  icalrecurrencetype rule;
  icalrecurrencetype_clear(&rule);
  rule.until = ical_date(until);
  switch (schedule.every()) {
    case Period::day:
      rule.freq = ICAL_DAILY_RECURRENCE;
      break;
    case Period::week:
      rule.freq = ICAL_WEEKLY_RECURRENCE;
      break;
    case Period::month:
      rule.freq = ICAL_MONTHLY_RECURRENCE;
      rule.by_month_day[0] = -1;
      rule.by_month_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
      break;
    case Period::quarter:
    case Period::half_year:
      rule.freq = ICAL_MONTHLY_RECURRENCE;
      rule.interval = schedule.every() == Period::quarter ? 3 : 6;
      rule.by_month_day[0] = -1;
      rule.by_month_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
      break;
    default:
      rule.freq = ICAL_YEARLY_RECURRENCE;
      break;
  }
  return rule;
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
    Date until = first_day(entry.instances.back());
    icalcomponent_add_property(event, icalproperty_new_rrule(rule_for(schedule, until)));
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
