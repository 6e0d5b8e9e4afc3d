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
  if (!in) throw IoError(message("{}: cannot open file", path));
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The appended text must read back as exactly one more record, the old ones untouched.
void check_appended(const std::string& path, const std::string& text, std::size_t before) {
  SourceFile file(path, text);
  Diagnostics diags;
  std::vector<ProgressRecord> records;
  auto root = parse_yaml(file, diags);
  if (!root || !read_progress(*root, records, diags) || records.size() != before + 1) {
    throw IoError(
        message("{}: the new record would not read back; the file was left as it was", path));
  }
}

int fail(const Message& what, const Message& help = {}) {
  std::string text = tr(message("plancheck: error: {}", what)) + '\n';
  if (!help.empty()) text += "      = help: " + tr(help) + '\n';
  write_stderr(text);
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
    return fail(message("{} is before the plan was issued ({})", format_iso(on),
                        format_iso(plan.meta.issued)));
  }
  if (on > today) {
    return fail(message("{} is in the future (today is {})", format_iso(on), format_iso(today)));
  }
  for (const ProgressRecord& record : plan.progress) {
    if (record.milestone.value == options.id) {
      return fail(message("'{}' is already recorded as done on {} ({}:{})", options.id,
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
  if (!appended.error.empty()) return fail(message("{}: {}", path, appended.error));
  check_appended(path, appended.text, plan.progress.size());
  write_file_atomically(path, appended.text);
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
  add_text(sub, "--today", options->today, "DATE",
           gettext_noop("Today's date (default: the system date)"));
  on_run(cli, sub, options, run_done);
}

}  // namespace plancheck
