// SPDX-License-Identifier: MIT
#include "render/when_render.h"

#include <fmt/format.h>

#include <iterator>
#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "i18n/catalogue.h"
#include "render/json_text.h"

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

std::string every_of(const Timing& timing) {
  if (timing.kind() == TimingKind::recurring) return tr(period_term(timing.expr.every));
  if (timing.expr.yearly) return tr(period_term(Period::year));
  return "";
}

}  // namespace

std::string render_when_text(std::string_view phrase, const Timing& timing,
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
  line(gettext_noop("kind"), tr(kind_term(timing.kind())));
  if (timing.date) line(gettext_noop("date"), day(*timing.date));
  if (timing.start) line(gettext_noop("start"), day(*timing.start));
  if (timing.end) line(gettext_noop("end"), day(*timing.end));
  if (timing.kind() == TimingKind::start) line(gettext_noop("end"), tr(gettext_noop("open")));
  std::string every = every_of(timing);
  if (!every.empty()) line(gettext_noop("every"), every);
  if (!timing.event.empty()) {
    line(gettext_noop("event"),
         timing.pending ? tr(message("{} (pending: no date yet)", timing.event)) : timing.event);
  }
  if (timing.kind() == TimingKind::relative) {
    line(gettext_noop("offset"), period_count(timing.expr.count, timing.expr.unit));
  }
  if (timing.kind() == TimingKind::continuous) {
    line(gettext_noop("date"), tr(gettext_noop("none (ongoing duty)")));
  }
  if (first.size() > 1 || timing.kind() == TimingKind::recurring || timing.expr.yearly) {
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

std::string render_when_json(std::string_view phrase, const Timing& timing,
                             const std::vector<Occurrence>& first) {
  nlohmann::ordered_json occurrences = nlohmann::ordered_json::array();
  for (const Occurrence& o : first) {
    occurrences.push_back(
        {{"start", format_iso(o.start)}, {"end", format_iso(o.end)}, {"due", format_iso(o.due)}});
  }
  std::string every = every_of(timing);
  nlohmann::ordered_json doc = {
      {"expression", phrase},
      {"kind", kind_name(timing.kind())},
      {"date", optional_date(timing.date)},
      {"start", optional_date(timing.start)},
      {"end", optional_date(timing.end)},
      {"every", every.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(every)},
      {"plan_year", timing.plan_year},
      {"occurrences", std::move(occurrences)}};
  if (!timing.event.empty()) {
    doc["event"] = timing.event;
    doc["pending"] = timing.pending;
  }
  if (timing.kind() == TimingKind::relative) {
    doc["offset"] = {{"count", timing.expr.count}, {"unit", period_name(timing.expr.unit)}};
  }
  return json_text(doc);
}

}  // namespace plancheck
