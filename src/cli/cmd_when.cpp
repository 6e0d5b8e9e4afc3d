// SPDX-License-Identifier: MIT
#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "load/plan_calendar.h"
#include "load/plan_loader.h"
#include "render/diagnostics_render.h"
#include "render/when_render.h"
#include "yaml/scalar_places.h"

namespace plancheck {
namespace {

struct WhenOptions {
  std::string phrase;
  int year = 0;
  std::string issued;
  std::string event;
  std::string from;
  std::string calendar;
  std::string region;
  unsigned count = 6;
  Format format = Format::text;
};

// The plan's context when there is a readable plan, so 'when' answers as validate would.
std::optional<CheckedPlan> quiet_plan(const GlobalOptions& global) {
  auto dir = find_plan_dir(global);
  if (!dir) return std::nullopt;
  Diagnostics ignored;
  CheckedPlan plan = load_checked_plan(*dir, ignored, parse_cache(global, *dir));
  if (!plan.plan->meta_ok || !plan.plan->events_ok) return std::nullopt;
  return plan;
}

int report(const SourceFile& file, std::size_t offset, std::size_t length, const Rule& rule,
           const Message& what, const Message& help, const GlobalOptions& global) {
  Diagnostics diags;
  Text text{file.text(), SourceLoc{&file, 1, 1, 0}};
  diags.add(loc_within(text, offset, length), rule, what).help = help;
  write_stderr(render_diagnostics_text(diags, use_color(global, stderr)));
  return 1;
}

int run_when(const WhenOptions& options, const GlobalOptions& global) {
  std::optional<CheckedPlan> plan = quiet_plan(global);
  ScheduleContext context;
  if (plan) context = make_schedule_context(*plan->plan);
  std::shared_ptr<const OfficialCalendar> calendar;
  std::unique_ptr<SourceFile> calendar_file;
  if (!options.calendar.empty()) {
    calendar_file = read_source_file(options.calendar);
    Diagnostics diags;
    calendar = read_calendar_file(*calendar_file,
                                  context.calendar ? *context.calendar : shipped_calendar(), diags);
    if (!calendar) {
      write_stderr(render_diagnostics_text(diags, use_color(global, stderr)));
      return 1;
    }
    context.calendar = calendar.get();
  }
  if (!options.from.empty()) context.anchor = parse_date_option(options.from, "--from");
  if (!options.region.empty()) context.region = options.region;
  // What the phrase means before its event has a day: pending, not an error.
  context.events_may_wait = true;
  if (options.year != 0) context.plan_year = options.year;
  if (context.plan_year == 0) {
    context.plan_year = static_cast<int>(std::chrono::year_month_day{global.system_today}.year());
  }
  if (!options.issued.empty()) {
    context.issued = parse_date_option(options.issued, "--issued");
  } else if (!plan || options.year != 0) {
    context.issued = make_date(context.plan_year, 1, 1);
  }
  SourceFile file("<when>", options.phrase);
  WhenParse parsed = parse_when(options.phrase);
  if (auto* error = std::get_if<WhenError>(&parsed)) {
    return report(file, error->offset, error->length, rules::when_syntax,
                  message("cannot read deadline '{}': {}", options.phrase, error->message),
                  error->help, global);
  }
  // An event is known from a plan's events.yaml; one it does not have is no pending event.
  if (const WhenExpr& expr = std::get<WhenExpr>(parsed);
      !options.event.empty() || !expr.event.empty()) {
    const std::string& event = options.event.empty() ? expr.event : options.event;
    bool known = plan && std::any_of(plan->plan->events.begin(), plan->plan->events.end(),
                                     [&](const Event& e) { return e.id.value == event; });
    if (!known) {
      std::vector<std::string> ids;
      if (plan) {
        for (const Event& e : plan->plan->events) ids.push_back(e.id.value);
      }
      return report(file, 0, file.text().size(), rules::event_unknown,
                    message("unknown event '{}'", event),
                    !plan ? message("no plan was found, so no event is known; use --plan DIR")
                    : ids.empty() ? message("add it to events.yaml")
                                  : message("events.yaml has: {}", fmt::join(ids, ", ")),
                    global);
    }
  }
  auto compiled = compile_when(std::get<WhenExpr>(parsed), context, options.event);
  if (auto* problem = std::get_if<ScheduleProblem>(&compiled)) {
    Message help = problem->help;
    if (problem->needs_event)
      help = message("name one with --event ID, or give its day with --from DATE");
    return report(file, 0, file.text().size(), rules::when_date, problem->message, help, global);
  }
  const Schedule& schedule = std::get<Schedule>(compiled);
  auto first = schedule.first_occurrences(options.count);
  write_stdout(options.format == Format::json ? render_when_json(options.phrase, schedule, first)
                                              : render_when_text(options.phrase, schedule, first));
  return 0;
}

}  // namespace

void setup_when(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<WhenOptions>();
  add_text(sub, "expression", options->phrase, "PHRASE",
           gettext_noop("A deadline phrase: '10月底前', 'end of October'"))
      ->required();
  add_number(sub, "--year", options->year, 1000, 9999, "YEAR",
             gettext_noop("Plan year (default: the plan's, else this year)"));
  add_text(sub, "--issued", options->issued, "DATE",
           gettext_noop("Issue date: recurring items start in its period"));
  add_text(sub, "--event", options->event, "ID",
           gettext_noop("Event id a relative phrase counts from"));
  add_text(sub, "--from", options->from, "DATE",
           gettext_noop("The day a relative phrase counts from, when it names no event"));
  add_text(sub, "--calendar", options->calendar, "FILE",
           gettext_noop("More official days off and working days (next year's notice), "
                        "in the format of data/calendar/cn-official-days.tsv"))
      ->check(CLI::ExistingFile);
  add_text(sub, "--region", options->region, "PLACE",
           gettext_noop("Where the plan applies (北京市, 四川省): it dates 采暖季 and 汛期 "
                        "(default: the plan's region, else its issuer)"));
  add_number(sub, "--count", options->count, 1, 100, "N",
             gettext_noop("How many occurrences to show (default: 6)"));
  add_format(cli, sub, options->format, {Format::text, Format::json});
  on_run(cli, sub, options, run_when);
}

}  // namespace plancheck
