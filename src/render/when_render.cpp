// SPDX-License-Identifier: MIT
#include "render/when_render.h"

#include <fmt/format.h>

#include <iterator>
#include <nlohmann/json.hpp>

#include "i18n/catalogue.h"
#include "render/json_text.h"
#include "text/utf8.h"

namespace plancheck {
namespace {

std::string weekday_name(Date date) {
  static const Untranslated names[] = {gettext_noop("Sunday"),   gettext_noop("Monday"),
                                       gettext_noop("Tuesday"),  gettext_noop("Wednesday"),
                                       gettext_noop("Thursday"), gettext_noop("Friday"),
                                       gettext_noop("Saturday")};
  return tr(names[std::chrono::weekday{date}.c_encoding()]);
}

std::string day(Date date) { return fmt::format("{} ({})", format_iso(date), weekday_name(date)); }

// "1 month", "3 months": how far after its event a relative deadline falls.
std::string period_count(int count, Period period) {
  auto n = static_cast<unsigned long>(count);
  switch (period) {
    case Period::day:
      return tr_count("{} day", "{} days", n);
    case Period::week:
      return tr_count("{} week", "{} weeks", n);
    case Period::month:
      return tr_count("{} month", "{} months", n);
    case Period::quarter:
      return tr_count("{} quarter", "{} quarters", n);
    case Period::half_year:
      return tr_count("{} half-year", "{} half-years", n);
    case Period::year:
      return tr_count("{} year", "{} years", n);
    case Period::working_day:
      return tr_count("{} working day", "{} working days", n);
    case Period::none:
      break;
  }
  return std::to_string(count);
}

nlohmann::ordered_json optional_date(const std::optional<Date>& date) {
  return date ? nlohmann::ordered_json(format_iso(*date)) : nlohmann::ordered_json(nullptr);
}

// 国庆节、中秋节 2017-10-01..2017-10-08 off, 2017-09-30 worked (国办发明电〔2016〕17号):
// a holiday as the notice sets it, which a date was read from or counted across.
std::string calendar_fact(const HolidayPeriod& period) {
  std::vector<std::string> worked;
  for (Date day : period.worked) worked.push_back(format_iso(day));
  if (!period.days_off) {
    return fmt::format("{} {}..{} ({})", period.name, format_iso(period.first),
                       format_iso(period.last), fmt::join(period.notices, "; "));
  }
  std::string days =
      worked.empty() ? tr(message("{} {}..{} off", period.name, format_iso(period.first),
                                  format_iso(period.last)))
                     : tr(message("{} {}..{} off, {} worked", period.name, format_iso(period.first),
                                  format_iso(period.last), fmt::join(worked, ", ")));
  return fmt::format("{} ({})", days, fmt::join(period.notices, "; "));
}

std::string every_of(const Schedule& schedule) {
  return schedule.repeats() ? tr(period_term(schedule.every())) : "";
}

}  // namespace

std::string render_when_text(std::string_view phrase, const Schedule& schedule,
                             const std::vector<Occurrence>& first) {
  std::string out;
  // Labels pad to one column in terminal cells: a Chinese label is two cells a character.
  auto line = [&](Untranslated label, const std::string& value) {
    std::string shown = tr(label);
    std::size_t width = display_width(shown);
    out += shown;
    out.append(width < 12 ? 12 - width : 1, ' ');
    out += value;
    out += '\n';
  };
  line(gettext_noop("expression"), std::string(phrase));
  line(gettext_noop("kind"), tr(kind_term(schedule.kind())));
  CompiledDays days = schedule.days();
  if (days.date) line(gettext_noop("date"), day(*days.date));
  if (days.start) line(gettext_noop("start"), day(*days.start));
  if (days.end) line(gettext_noop("end"), day(*days.end));
  if (schedule.shape() == Shape::open) line(gettext_noop("end"), tr(gettext_noop("open")));
  std::string every = every_of(schedule);
  if (!every.empty()) line(gettext_noop("every"), every);
  if (std::string event(schedule.event()); !event.empty()) {
    line(gettext_noop("event"),
         schedule.pending() ? tr(message("{} (pending: no date yet)", event)) : event);
  } else if (schedule.pending()) {
    line(gettext_noop("event"),
         tr(message("none named (pending: give --event ID, or its day with --from DATE)")));
  }
  if (auto offset = schedule.offset()) {
    line(gettext_noop("offset"), period_count(offset->first, offset->second));
  }
  if (auto from = schedule.counted_from(); from && schedule.event().empty()) {
    line(gettext_noop("from"), day(*from));
  }
  for (const HolidayPeriod& period : schedule.calendar_facts()) {
    line(gettext_noop("calendar"), calendar_fact(period));
  }
  if (schedule.shape() == Shape::none) {
    line(gettext_noop("date"), tr(gettext_noop("none (ongoing duty)")));
  }
  if (first.size() > 1 || schedule.repeats()) {
    out += tr(gettext_noop("occurrences"));
    out += '\n';
    for (const Occurrence& o : first) {
      if (o.start == o.end) {
        fmt::format_to(std::back_inserter(out), "  {}\n", day(o.due));
      } else if (o.due != o.end) {  // due on a day inside its period (每月10日前)
        fmt::format_to(std::back_inserter(out), "  {}  ({} → {})\n", day(o.due),
                       format_iso(o.start), format_iso(o.end));
      } else {
        fmt::format_to(std::back_inserter(out), "  {} → {}\n", format_iso(o.start),
                       format_iso(o.end));
      }
    }
  }
  return out;
}

std::string render_when_json(std::string_view phrase, const Schedule& schedule,
                             const std::vector<Occurrence>& first) {
  nlohmann::ordered_json occurrences = nlohmann::ordered_json::array();
  for (const Occurrence& o : first) {
    occurrences.push_back(
        {{"start", format_iso(o.start)}, {"end", format_iso(o.end)}, {"due", format_iso(o.due)}});
  }
  std::string every = every_of(schedule);
  CompiledDays days = schedule.days();
  nlohmann::ordered_json doc = {
      {"expression", phrase},
      {"kind", kind_name(schedule.kind())},
      {"date", optional_date(days.date)},
      {"start", optional_date(days.start)},
      {"end", optional_date(days.end)},
      {"every", every.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(every)},
      {"plan_year", schedule.plan_year()},
      {"occurrences", std::move(occurrences)}};
  if (!schedule.event().empty() || schedule.pending()) {
    doc["event"] = schedule.event().empty() ? nlohmann::ordered_json(nullptr)
                                            : nlohmann::ordered_json(schedule.event());
    doc["pending"] = schedule.pending();
  }
  if (auto offset = schedule.offset()) {
    doc["offset"] = {{"count", offset->first}, {"unit", period_name(offset->second)}};
    doc["from"] = optional_date(schedule.counted_from());
  }
  if (!schedule.calendar_facts().empty()) {
    nlohmann::ordered_json facts = nlohmann::ordered_json::array();
    for (const HolidayPeriod& period : schedule.calendar_facts()) {
      nlohmann::ordered_json worked = nlohmann::ordered_json::array();
      for (Date day : period.worked) worked.push_back(format_iso(day));
      if (!period.days_off) {
        facts.push_back(
            {{"season", period.name},
             {"days", {{"start", format_iso(period.first)}, {"end", format_iso(period.last)}}},
             {"regulation", period.notices.empty() ? "" : period.notices.front()}});
        continue;
      }
      facts.push_back(
          {{"holiday", period.name},
           {"off", {{"start", format_iso(period.first)}, {"end", format_iso(period.last)}}},
           {"worked", std::move(worked)},
           {"notices", period.notices}});
    }
    doc["calendar"] = std::move(facts);
  }
  return json_text(doc);
}

}  // namespace plancheck
