// SPDX-License-Identifier: MIT
#include "load/checked_plan.h"

#include <filesystem>
#include <functional>
#include <iterator>
#include <unordered_set>

#include "load/plan_calendar.h"
#include "load/plan_checks.h"
#include "load/plan_context.h"
#include "load/plan_loader.h"
#include "load/resolve_task_file.h"
#include "load/task_file_checks.h"
#include "model/task_digest.h"

namespace plancheck {
namespace {

namespace fs = std::filesystem;

// What a load keeps of the task files: every task, or only their digests (and the tasks
// progress.yaml names, which its check needs).
enum class Keep { every_task, digests };

// A file read before the task files: one of those they are checked against, or progress.
struct FirstFile {
  std::string name;
  std::function<bool(const SourceFile&, Diagnostics&)> read;
  std::unique_ptr<SourceFile> source;
  Diagnostics diags;
};

struct TaskFileJob {
  std::unique_ptr<SourceFile> source;
  TaskFileDigest digest;
  std::vector<Task> tasks;
};

struct LoadedPlan {
  std::unique_ptr<Plan> plan;
  std::unique_ptr<UnitIndex> units;
  std::vector<TaskFileDigest> task_files;
};

// The context task files are checked against, built by the first that needs it: on a
// warm run nearly every file's findings come from the cache, which needs only the
// context's key, so reading them overlaps indexing the registry.
class ContextOnce {
 public:
  ContextOnce(const Plan& plan, std::string key) : plan_(plan), key_(std::move(key)) {}

  const std::string& key() const { return key_; }

  const PlanContext& get() {
    std::call_once(built_, [this] {
      if (plan_.registry_ok) {
        auto index = std::make_unique<UnitIndex>(UnitIndex::build(plan_.registry, registry_diags_));
        if (!registry_diags_.has_errors()) units_ = std::move(index);
      }
      context_.emplace(plan_, units_.get());
    });
    return *context_;
  }

  /// Built now if no file needed it; the registry's own findings go to `diags`.
  const PlanContext& finish(Diagnostics& diags) {
    const PlanContext& context = get();
    diags.append(std::move(registry_diags_));
    return context;
  }
  std::unique_ptr<UnitIndex> take_units() { return std::move(units_); }

 private:
  const Plan& plan_;
  std::string key_;
  std::once_flag built_;
  Diagnostics registry_diags_;
  std::unique_ptr<UnitIndex> units_;
  std::optional<PlanContext> context_;
};

// The milestones progress.yaml names, without the @period of a repeating one.
std::unordered_set<std::string> recorded_milestones(const Plan& plan) {
  std::unordered_set<std::string> ids;
  for (const ProgressRecord& record : plan.progress) {
    const std::string& id = record.milestone.value;
    ids.insert(id.substr(0, id.find('@')));
  }
  return ids;
}

bool names_any(const TaskFileDigest& digest, const std::unordered_set<std::string>& ids) {
  return !ids.empty() && std::any_of(digest.milestone_ids.begin(), digest.milestone_ids.end(),
                                     [&](const std::string& id) { return ids.contains(id); });
}

// The lines a file's findings quote.
std::vector<std::uint32_t> quoted_lines(const Diagnostics& findings, const SourceFile& source) {
  std::vector<std::uint32_t> lines;
  auto quote = [&](const SourceLoc& loc) {
    if (loc.file == &source && loc.line > 0) lines.push_back(loc.line);
  };
  for (const Diagnostic& d : findings.all()) {
    quote(d.loc);
    for (const Note& note : d.notes) quote(note.loc);
  }
  return lines;
}

void load_task_file(TaskFileJob& job, const std::string& dir, const std::string& name,
                    ContextOnce& context, const ParseCache& cache, Keep keep,
                    const std::unordered_set<std::string>& recorded) {
  // Each worker reads file after file into the same memory.
  thread_local std::string buffer;
  job.source = read_plan_file(dir, name, std::move(buffer));
  const SourceFile& source = *job.source;
  std::optional<TaskFileDigest> digest = cache.find_digest(source, context.key());
  if (!digest || keep == Keep::every_task || names_any(*digest, recorded)) {
    TaskFile file;
    Diagnostics findings;
    read_model(source, file, findings, cache);
    resolve_task_file(file, context.get(), findings);
    check_task_file(file, context.get(), findings);
    if (!digest) {
      digest = make_digest(file, std::move(findings));
      if (digest_points_into(*digest, source)) cache.store_digest(source, context.key(), *digest);
    }
    if (keep == Keep::every_task || names_any(*digest, recorded)) job.tasks = std::move(file.tasks);
  }
  job.digest = std::move(*digest);
  // The model, or the digest, holds what the file says; of its bytes, only the lines its
  // findings quote are wanted again (a check across files that reports here reads the
  // file back).
  buffer = job.source->release_text(fs::path(dir) / name,
                                    quoted_lines(job.digest.findings, *job.source));
}

LoadedPlan load(const std::string& dir, Diagnostics& diags, const ParseCache& cache, Keep keep) {
  const PlanFileNames names = list_plan_files(dir);
  auto plan = std::make_unique<Plan>();
  plan->dir = dir;
  for (const std::string& name : names.skipped) {
    auto& source = plan->sources.emplace_back(unread_plan_file(dir, name));
    diags.report(whole_file(source.get()), rules::file_skipped,
                 "not read: task files end in '.yaml' or '.yml', in lowercase");
  }

  // Every task file is checked against plan.yaml, units.yaml and events.yaml, so they
  // are read first (with progress.yaml, which needs nothing), in parallel.
  Plan& p = *plan;
  std::vector<FirstFile> first;
  auto read_first = [&](std::string name, auto& model, bool& ok) {
    FirstFile& file = first.emplace_back();
    file.name = std::move(name);
    file.read = [&model, &ok, &cache](const SourceFile& source, Diagnostics& found) {
      return ok = read_model(source, model, found, cache);
    };
  };
  read_first("plan.yaml", p.meta, p.meta_ok);
  read_first("units.yaml", p.registry, p.registry_ok);
  read_first("events.yaml", p.events, p.events_ok);
  if (names.has_progress) read_first("progress.yaml", p.progress, p.progress_ok);
  run_in_parallel(first.size(), [&](std::size_t i) {
    FirstFile& file = first[i];
    file.source = read_plan_file(dir, file.name);
    if (file.read(*file.source, file.diags) && file.diags.empty()) {
      file.source->release_text(fs::path(dir) / file.name);
    }
  });
  // What a task file's findings depend on besides its own bytes (the build is in every
  // cache entry's header).
  std::string context_key;
  for (std::size_t i = 0; i < 3; ++i) context_key += first[i].source->content_key();
  if (names.has_calendar) {
    auto source = read_plan_file(dir, "calendar.tsv");
    context_key += source->content_key();
    p.calendar = read_calendar_file(*source, shipped_calendar(), diags);
    plan->sources.push_back(std::move(source));
  }
  for (FirstFile& file : first) {
    diags.append(std::move(file.diags));
    plan->sources.push_back(std::move(file.source));
  }

  ContextOnce context(p, std::move(context_key));
  const bool progress_checked = p.meta_ok && p.events_ok && p.progress_ok;
  std::unordered_set<std::string> recorded;
  if (keep == Keep::digests && progress_checked) recorded = recorded_milestones(p);
  std::vector<TaskFileJob> jobs(names.tasks.size());
  run_in_parallel(jobs.size(), [&](std::size_t i) {
    load_task_file(jobs[i], dir, names.tasks[i], context, cache, keep, recorded);
  });
  cache.remove_unused();
  LoadedPlan out;
  const PlanContext& checked_against = context.finish(diags);
  out.units = context.take_units();
  if (p.meta_ok) check_outline(checked_against, diags);
  if (p.events_ok) check_events(p.events, diags);

  std::size_t task_count = 0;
  for (const TaskFileJob& job : jobs) task_count += job.tasks.size();
  p.tasks.reserve(task_count);
  out.task_files.reserve(jobs.size());
  for (TaskFileJob& job : jobs) {
    diags.append(std::move(job.digest.findings));
    std::move(job.tasks.begin(), job.tasks.end(), std::back_inserter(p.tasks));
    // Moved-from tasks still hold their size; a thousand files' worth is a lot.
    std::vector<Task>().swap(job.tasks);
    out.task_files.push_back(std::move(job.digest));
    plan->sources.push_back(std::move(job.source));
  }
  if (p.meta_ok) check_ids_across_files(out.task_files, diags);
  if (progress_checked) check_progress(p, out.units.get(), diags);
  diags.sort();
  out.plan = std::move(plan);
  return out;
}

}  // namespace

CheckedPlan load_checked_plan(const std::string& dir, Diagnostics& diags, const ParseCache& cache) {
  LoadedPlan loaded = load(dir, diags, cache, Keep::every_task);
  return CheckedPlan{std::move(loaded.plan), std::move(loaded.units)};
}

CheckedFiles check_plan_files(const std::string& dir, Diagnostics& diags, const ParseCache& cache) {
  LoadedPlan loaded = load(dir, diags, cache, Keep::digests);
  CheckedFiles out;
  for (const TaskFileDigest& file : loaded.task_files) {
    out.counts.tasks += file.task_ids.size();
    out.counts.milestones += file.milestone_ids.size();
  }
  out.counts.units = loaded.plan->registry.units.size();
  out.counts.groups = loaded.plan->registry.groups.size();
  out.counts.events = loaded.plan->events.size();
  out.sources = std::move(loaded.plan->sources);
  return out;
}

ScheduleContext make_schedule_context(const Plan& plan) {
  return make_schedule_context(plan.meta, plan.events, plan.calendar.get());
}

}  // namespace plancheck
