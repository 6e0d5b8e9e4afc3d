// SPDX-License-Identifier: MIT
#include <filesystem>
#include <fstream>
#include <memory>

#include "cli/commands.h"
#include "cli/today.h"
#include "core/atomic_file.h"
#include "core/instances.h"
#include "core/io_error.h"
#include "core/plan_files.h"
#include "core/progress_append.h"
#include "core/yaml_tree.h"

namespace plancheck {
namespace {

struct DoneOptions {
  std::string id;
  std::string on;
  std::string by;
  std::string note;
  std::string today;
};

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path + ": cannot open file");
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The appended text must read back as exactly one more record, the old ones untouched.
void check_appended(const std::string& path, const std::string& text, std::size_t before) {
  SourceFile file(path, text);
  Diagnostics diags;
  std::vector<ProgressRecord> records;
  auto root = parse_yaml(file, diags);
  if (!root || !read_progress(*root, records, diags) || records.size() != before + 1) {
    throw IoError(path + ": the new record would not read back; the file was left as it was");
  }
}

int fail(const std::string& message, const std::string& help = "") {
  std::fprintf(stderr, "plancheck: error: %s\n", message.c_str());
  if (!help.empty()) std::fprintf(stderr, "      = help: %s\n", help.c_str());
  return 1;
}

int run_done(const DoneOptions& options, const GlobalOptions& global) {
  Date today = resolve_today(options.today);
  Date on = parse_date_option(options.on, "--on");
  int exit_code = 0;
  auto checked = load_for_listing(global, exit_code);
  if (!checked) return exit_code;
  const Plan& plan = *checked->plan;
  InstanceLookup lookup = find_instance(plan, options.id);
  if (!lookup.error.empty()) return fail(lookup.error, lookup.help);
  if (on < plan.meta.issued) {
    return fail(fmt::format("{} is before the plan was issued ({})", format_iso(on),
                            format_iso(plan.meta.issued)));
  }
  if (on > today) {
    return fail(
        fmt::format("{} is in the future (today is {})", format_iso(on), format_iso(today)));
  }
  for (const ProgressRecord& record : plan.progress) {
    if (record.milestone.value == options.id) {
      return fail(fmt::format("'{}' is already recorded as done on {} ({}:{})", options.id,
                              format_iso(record.done), record.milestone.loc.file->path(),
                              record.milestone.loc.line));
    }
  }
  std::string by;
  if (!options.by.empty()) {
    auto resolution = checked->units->resolve(options.by);
    if (!resolution.error.empty()) return fail(resolution.error, resolution.help);
    by = options.by;
  }
  std::string path = (std::filesystem::path(plan.dir) / "progress.yaml").string();
  bool exists = std::filesystem::exists(path);
  std::string existing = exists ? read_all(path) : new_progress_file();
  AppendResult appended = append_progress_record(existing, options.id, on, by, options.note);
  if (!appended.error.empty()) return fail(path + ": " + appended.error);
  check_appended(path, appended.text, plan.progress.size());
  write_file_atomically(path, appended.text);
  std::printf("%s: recorded %s done on %s%s\n", path.c_str(), options.id.c_str(),
              format_iso(on).c_str(), by.empty() ? "" : (" by " + by).c_str());
  return 0;
}

}  // namespace

void setup_done(CLI::App& app, const GlobalOptions& global, Runner& chosen) {
  auto options = std::make_shared<DoneOptions>();
  CLI::App* sub = app.add_subcommand(
      "done", "Record a milestone (or one occurrence: 3.3.1a@2017-07) as done in progress.yaml");
  sub->add_option("id", options->id, "Milestone id, with @period for a repeating one")->required();
  sub->add_option("--on", options->on, "Date it was done, YYYY-MM-DD")->required();
  sub->add_option("--by", options->by, "Unit that reported it");
  sub->add_option("--note", options->note, "A short note");
  sub->add_option("--today", options->today, "Today's date (default: the system date)");
  sub->callback([options, &global, &chosen] {
    chosen = [options, &global] { return run_done(*options, global); };
  });
}

}  // namespace plancheck
