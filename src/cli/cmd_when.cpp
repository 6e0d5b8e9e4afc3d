// SPDX-License-Identifier: MIT
#include <chrono>
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "core/scalar_places.h"
#include "render/diagnostics_render.h"
#include "render/when_render.h"

namespace plancheck {
namespace {

struct WhenOptions {
  std::string phrase;
  int year = 0;
  std::string issued;
  std::string event;
  std::size_t count = 6;
  std::string format = "text";
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

int report(const SourceFile& file, std::size_t offset, std::size_t length, const std::string& rule,
           const std::string& message, const std::string& help, const GlobalOptions& global) {
  Diagnostics diags;
  Text text{file.text(), SourceLoc{&file, 1, 1, 0}};
  diags.add(Severity::error, loc_within(text, offset, length), rule, message).help = help;
  write_stderr(render_diagnostics_text(diags, use_color(global, stderr)));
  return 1;
}

int run_when(const WhenOptions& options, const GlobalOptions& global) {
  std::optional<CheckedPlan> plan = quiet_plan(global);
  TimingContext context;
  if (plan) context = timing_context(*plan->plan);
  if (options.year != 0) context.plan_year = options.year;
  if (context.plan_year == 0) {
    auto today = std::chrono::year_month_day{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    context.plan_year = static_cast<int>(today.year());
  }
  if (!options.issued.empty()) {
    context.issued = parse_date_option(options.issued, "--issued");
  } else if (!plan || options.year != 0) {
    context.issued = make_date(context.plan_year, 1, 1);
  }
  SourceFile file("<when>", options.phrase);
  WhenParse parsed = parse_when(options.phrase);
  if (auto* error = std::get_if<WhenError>(&parsed)) {
    return report(file, error->offset, error->length, "when-syntax",
                  "cannot read deadline '" + options.phrase + "': " + error->message, error->help,
                  global);
  }
  auto compiled = compile_when(std::get<WhenExpr>(parsed), context, options.event);
  if (auto* problem = std::get_if<std::string>(&compiled)) {
    return report(file, 0, file.text().size(), "when-date", *problem,
                  problem->find("event") != std::string::npos ? "name one with --event ID" : "",
                  global);
  }
  const Timing& timing = std::get<Timing>(compiled);
  auto first = first_occurrences(timing, options.count);
  write_stdout(options.format == "json" ? render_when_json(options.phrase, timing, first)
                                        : render_when_text(options.phrase, timing, first));
  return 0;
}

}  // namespace

void setup_when(CLI::App& app, const GlobalOptions& global, Runner& chosen) {
  auto options = std::make_shared<WhenOptions>();
  CLI::App* sub = app.add_subcommand(
      "when", "Show what one deadline phrase compiles to (kind, dates, first occurrences)");
  sub->add_option("expression", options->phrase, "A deadline phrase: '10月底前', 'end of October'")
      ->required();
  sub->add_option("--year", options->year, "Plan year (default: the plan's, else this year)")
      ->check(CLI::Range(1000, 9999));
  sub->add_option("--issued", options->issued,
                  "Issue date YYYY-MM-DD: recurring items start in its period");
  sub->add_option("--event", options->event, "Event id a relative phrase counts from");
  sub->add_option("--count", options->count, "How many occurrences to show")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  sub->add_option("--format", options->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->callback([options, &global, &chosen] {
    chosen = [options, &global] { return run_when(*options, global); };
  });
}

}  // namespace plancheck
