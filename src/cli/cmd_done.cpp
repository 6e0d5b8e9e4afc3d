// SPDX-License-Identifier: MIT
#include <algorithm>
#include <chrono>
#include <memory>

#include "cli/commands.h"
#include "cli/front_door.h"
#include "cli/today.h"
#include "model/instance_ids.h"
#include "progress/progress_writer.h"
#include "source/text_checks.h"

namespace plancheck {
namespace {

struct DoneOptions {
  std::string id;
  std::string on;
  std::string by;
  std::string note;
  std::string today;
};

// How long a record waits for another writer of the same plan: one record takes
// milliseconds, so only a stuck writer makes anyone wait this long.
constexpr std::chrono::seconds kWriterPatience{10};

int run_done(const DoneOptions& options, const GlobalOptions& global) {
  for (auto [option, value] :
       {std::pair{"id", &options.id}, {"--by", &options.by}, {"--note", &options.note}}) {
    if (Message problem = value_problem(*value); !problem.empty()) {
      return usage_error(message("{}: {}", option, std::move(problem)), "done");
    }
  }
  Date today = resolve_today(options.today, global);
  Date on = parse_date_option(options.on, "--on");
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) return exit_code;
  const Plan& plan = *checked->plan;
  InstanceLookup lookup = find_instance(plan, options.id);
  if (!lookup.error.empty()) return command_error(lookup.error, lookup.help);
  if (on < plan.meta.issued) {
    return command_error(message("{} is before the plan was issued ({})", format_iso(on),
                                 format_iso(plan.meta.issued)));
  }
  if (on > today) {
    return command_error(
        message("{} is in the future (today is {})", format_iso(on), format_iso(today)));
  }
  // A milestone that counts from an event cannot be done before the event has a date,
  // nor before the event.
  if (const auto& schedule = lookup.milestone->schedule; schedule && !schedule->event().empty()) {
    auto event = std::find_if(plan.events.begin(), plan.events.end(),
                              [&](const Event& e) { return e.id.value == schedule->event(); });
    std::optional<Date> began;
    if (event != plan.events.end()) began = event->date ? event->date : event->start;
    if (!began) {
      return command_error(message("'{}' counts from event '{}', which has no date yet", options.id,
                                   schedule->event()),
                           message("give the event its date in events.yaml first"));
    }
    if (on < *began) {
      return command_error(message("{} is before event '{}' ({}), which '{}' counts from",
                                   format_iso(on), schedule->event(), format_iso(*began),
                                   options.id));
    }
  }
  std::string by;
  if (!options.by.empty()) {
    auto resolution = checked->units->resolve(options.by);
    if (!resolution.error.empty()) return command_error(resolution.error, resolution.help);
    by = options.by;
  }
  RecordOutcome outcome =
      record_progress(plan.dir, ProgressEntry{options.id, on, by, options.note}, kWriterPatience);
  if (!outcome.refused.empty()) return command_error(outcome.refused, outcome.help);
  const std::string& path = outcome.path;
  write_stdout(
      tr(by.empty()
             ? message("{}: recorded {} done on {}", path, options.id, format_iso(on))
             : message("{}: recorded {} done on {} by {}", path, options.id, format_iso(on), by)) +
      '\n');
  return 0;
}

}  // namespace

void setup_done(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<DoneOptions>();
  add_text(sub, "id", options->id, "ID",
           gettext_noop("Milestone id, with @period for a repeating one"))
      ->required();
  add_text(sub, "--on", options->on, "DATE", gettext_noop("Date it was done"))->required();
  add_text(sub, "--by", options->by, "UNIT", gettext_noop("Unit that reported it"));
  add_text(sub, "--note", options->note, "TEXT", gettext_noop("A short note"));
  add_today(sub, options->today, gettext_noop("Today's date (default: the system date)"));
  on_run(cli, sub, options, run_done);
}

}  // namespace plancheck
