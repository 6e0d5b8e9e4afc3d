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
    case Period::none:
      break;
  }
  return std::to_string(count);
}

nlohmann::ordered_json optional_date(const std::optional<Date>& date) {
  return date ? nlohmann::ordered_json(format_iso(*date)) : nlohmann::ordered_json(nullptr);
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
  }
  if (auto offset = schedule.offset()) {
    line(gettext_noop("offset"), period_count(offset->first, offset->second));
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
  if (!schedule.event().empty()) {
    doc["event"] = schedule.event();
    doc["pending"] = schedule.pending();
  }
  if (auto offset = schedule.offset()) {
    doc["offset"] = {{"count", offset->first}, {"unit", period_name(offset->second)}};
  }
  return json_text(doc);
}

}  // namespace plancheck
