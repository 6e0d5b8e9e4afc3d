// SPDX-License-Identifier: MIT
#include <memory>

#include "cli/commands.h"
#include "cli/today.h"
#include "core/spelling.h"
#include "render/show_render.h"

namespace plancheck {
namespace {

struct ShowOptions {
  std::string id;
  std::string today;
  std::string format = "text";
};

int run_show(const ShowOptions& options, const GlobalOptions& global) {
  Date today = resolve_today(options.today);
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) return exit_code;
  // A milestone id (3.5.10a) or an instance (3.3.1a@2017-07) shows its task.
  std::string id = options.id.substr(0, options.id.find('@'));
  const Task* task = nullptr;
  std::vector<std::string> ids;
  for (const Task& t : checked->plan->tasks) {
    ids.push_back(t.id.value);
    if (t.id.value == id) task = &t;
    for (const Milestone& m : t.milestones) {
      if (m.id == id) task = &t;
    }
  }
  if (!task) {
    std::string suggestion = closest_match(id, ids);
    throw CLI::ValidationError(
        "id", "no task or milestone '" + id + "' in the plan" +
                  (suggestion.empty() ? "" : "; did you mean '" + suggestion + "'?"));
  }
  ShowQuery query{task, today, make_date(checked->plan->meta.year + 3, 12, 31)};
  write_stdout(options.format == "json" ? render_show_json(*checked, query)
                                        : render_show_text(*checked, query));
  return 0;
}

}  // namespace

void setup_show(CLI::App& app, const GlobalOptions& global, Runner& chosen) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* sub = app.add_subcommand(
      "show", "One task: its text, units as resolved, every milestone's dates and state");
  sub->add_option("id", options->id, "Task id (3.5.10) or milestone id (3.5.10a)")->required();
  sub->add_option("--today", options->today, "Today's date (default: the system date)");
  sub->add_option("--format", options->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->callback([options, &global, &chosen] {
    chosen = [options, &global] { return run_show(*options, global); };
  });
}

}  // namespace plancheck
