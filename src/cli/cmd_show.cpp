// SPDX-License-Identifier: MIT
#include <memory>

#include "cli/commands.h"
#include "cli/today.h"
#include "render/show_render.h"
#include "text/spelling.h"

namespace plancheck {
namespace {

struct ShowOptions {
  std::string id;
  std::string today;
  Format format = Format::text;
};

int run_show(const ShowOptions& options, const CheckedPlan& checked, Date today) {
  // A milestone id (3.5.10a) or an instance (3.3.1a@2017-07) shows its task.
  std::string id = options.id.substr(0, options.id.find('@'));
  const Task* task = nullptr;
  std::vector<std::string> ids;
  for (const Task& t : checked.plan->tasks) {
    ids.push_back(t.id.value);
    if (t.id.value == id) task = &t;
    for (const Milestone& m : t.milestones) {
      if (m.id == id) task = &t;
    }
  }
  if (!task) {
    std::string suggestion = closest_match(id, ids);
    throw CLI::ValidationError(
        "id",
        tr(suggestion.empty() ? message("no task or milestone '{}' in the plan", id)
                              : message("no task or milestone '{}' in the plan; did you mean '{}'?",
                                        id, suggestion)));
  }
  ShowQuery query{task, today, make_date(checked.plan->meta.year + 3, 12, 31)};
  write_stdout(options.format == Format::json ? render_show_json(checked, query)
                                              : render_show_text(checked, query));
  return 0;
}

}  // namespace

void setup_show(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<ShowOptions>();
  add_text(sub, "id", options->id, "ID", gettext_noop("Task id (3.5.10) or milestone id (3.5.10a)"))
      ->required();
  add_today(sub, options->today, gettext_noop("Today's date (default: the system date)"));
  add_format(cli, sub, options->format, {Format::text, Format::json});
  on_listing(cli, sub, options, run_show);
}

}  // namespace plancheck
