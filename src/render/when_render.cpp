// SPDX-License-Identifier: MIT
#include "render/when_render.h"

#include <fmt/format.h>

#include <iterator>
#include <nlohmann/json.hpp>

#include "render/json_text.h"

namespace plancheck {
namespace {

std::string weekday_name(Date date) {
  static const char* names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                "Thursday", "Friday", "Saturday"};
  return names[std::chrono::weekday{date}.c_encoding()];
}

std::string day(Date date) { return fmt::format("{} ({})", format_iso(date), weekday_name(date)); }

nlohmann::ordered_json optional_date(const std::optional<Date>& date) {
  return date ? nlohmann::ordered_json(format_iso(*date)) : nlohmann::ordered_json(nullptr);
}

std::string every_of(const Timing& timing) {
  if (timing.kind() == TimingKind::recurring) return std::string(period_name(timing.expr.every));
  if (timing.expr.yearly) return "year";
  return "";
}

}  // namespace

std::string render_when_text(std::string_view phrase, const Timing& timing,
                             const std::vector<Occurrence>& first) {
  std::string out;
  auto line = [&](std::string_view label, const std::string& value) {
    fmt::format_to(std::back_inserter(out), "{:<12}{}\n", label, value);
  };
  line("expression", std::string(phrase));
  line("kind", std::string(kind_name(timing.kind())));
  if (timing.date) line("date", day(*timing.date));
  if (timing.start) line("start", day(*timing.start));
  if (timing.end) line("end", day(*timing.end));
  if (timing.kind() == TimingKind::start) line("end", "open");
  std::string every = every_of(timing);
  if (!every.empty()) line("every", every);
  if (!timing.event.empty()) {
    line("event", timing.event + (timing.pending ? " (pending: no date yet)" : ""));
  }
  if (timing.kind() == TimingKind::relative) {
    line("offset", fmt::format("{} {}{}", timing.expr.count, period_name(timing.expr.unit),
                               timing.expr.count == 1 ? "" : "s"));
  }
  if (timing.kind() == TimingKind::continuous) line("date", "none (ongoing duty)");
  if (first.size() > 1 || timing.kind() == TimingKind::recurring || timing.expr.yearly) {
    out += "occurrences\n";
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
