// SPDX-License-Identifier: MIT
#include <filesystem>
#include <limits>
#include <memory>

#include "cli/commands.h"
#include "i18n/catalogue.h"
#include "import/compare.h"
#include "import/decode.h"
#include "import/emit.h"
#include "import/importer.h"
#include "import/registry_file.h"
#include "io/atomic_file.h"
#include "io/io_error.h"
#include "io/read_bytes.h"
#include "render/diagnostics_render.h"

namespace plancheck {
namespace {

namespace fs = std::filesystem;

// Larger than any plan text (the 2017 plan is 30 KB); a bigger file is not a plan.
constexpr std::uintmax_t kMaxImportBytes = 64u << 20;
// A text that defeats the importer can produce a finding per line; a person reads the
// first ones and the count.
constexpr std::size_t kMaxShownFindings = 200;

struct ImportCliOptions {
  std::string file;
  std::string out_dir = "plan-draft";
  std::string units;
  int year = 0;
  bool check = false;
  bool force = false;
};

std::string read_input(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw IoError(message("cannot read '{}': no such file", path));
  if (fs::is_directory(path, ec)) throw IoError(message("cannot read '{}': is a directory", path));
  auto size = fs::file_size(path, ec);
  if (!ec && size > kMaxImportBytes) {
    throw IoError(
        message("'{}' is {} bytes; a plan text is at most {} bytes", path, size, kMaxImportBytes));
  }
  ReadBytes read = read_bytes(path, std::numeric_limits<std::size_t>::max() - 1);
  if (read.not_regular) throw IoError(message("cannot read '{}': not a regular file", path));
  if (read.open_error || read.read_error) throw IoError(message("cannot read '{}'", path));
  return std::move(read.bytes);
}

void print_findings(Diagnostics& diags, const GlobalOptions& global) {
  diags.limit_per_line(kMaxFindingsPerLine);
  if (diags.all().size() <= kMaxShownFindings) {
    write_stderr(render_diagnostics_text(diags, use_color(global, stderr)));
    return;
  }
  Diagnostics shown;
  for (std::size_t i = 0; i < kMaxShownFindings; ++i) {
    const Diagnostic& d = diags.all()[i];
    shown.add(d);
  }
  std::string text = render_diagnostics_text(shown, use_color(global, stderr));
  text +=
      tr(message("… {} more findings not shown ({} in all)", diags.all().size() - kMaxShownFindings,
                 finding_counts(diags.error_count(), diags.warning_count())));
  text += '\n';
  write_stderr(text);
}

std::size_t milestone_count(const Draft& draft) {
  std::size_t n = 0;
  for (const DraftTask& task : draft.tasks) n += task.milestones.size();
  return n;
}

std::string summary(const Draft& draft, const Diagnostics& diags, const Message& where) {
  std::size_t new_units = draft.new_units.size();
  return tr(message(
      "{}\n"
      "  tasks          {} (under {} headings), {} milestones\n"
      "  units          {} named, {} resolved in the registry, {} new in units.yaml (unverified)\n"
      "  phrases        {} dated phrases found, {} compiled, {} events to date by hand\n"
      "  needs a human  {} warnings, {} unverified units, {} leftover pieces (leftover.yaml)\n",
      where, draft.tasks.size(), draft.outline.size(), milestone_count(draft), draft.units_named,
      draft.units_resolved, new_units, draft.phrases_found, draft.phrases_compiled,
      draft.events.size(), diags.warning_count(), new_units, draft.leftover.size()));
}

void write_draft(const std::map<std::string, std::string>& files, const ImportCliOptions& options) {
  fs::path dir(options.out_dir);
  std::error_code ec;
  if (fs::exists(dir / "plan.yaml", ec) && !options.force) {
    throw IoError(message("'{}' already holds a plan; choose another -o DIR or pass --force",
                          options.out_dir));
  }
  fs::create_directories(dir / "tasks", ec);
  if (ec) throw IoError(message("cannot create '{}': {}", (dir / "tasks").string(), ec.message()));
  // An earlier import's part files would otherwise stay and load with the new ones.
  for (const auto& entry : fs::directory_iterator(dir / "tasks", ec)) {
    std::string rel = "tasks/" + entry.path().filename().string();
    if (entry.path().extension() == ".yaml" && !files.contains(rel)) fs::remove(entry.path(), ec);
  }
  for (const auto& [name, content] : files) write_file_atomically((dir / name).string(), content);
}

int run_import(const ImportCliOptions& options, const GlobalOptions& global) {
  std::string bytes = read_input(options.file);
  Diagnostics diags;
  DecodedText decoded = decode_text(bytes);
  SourceFile source(options.file, decoded.text);
  if (!decoded.error.empty() || decoded.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    diags.add(whole_file(&source), rules::import_input,
              decoded.error.empty() ? message("the file holds no text") : decoded.error);
    print_findings(diags, global);
    return 1;
  }
  if (!decoded.converted.empty()) {
    diags.report(whole_file(&source), rules::import_encoding, "read as {} and converted to UTF-8",
                 decoded.converted);
  }
  RegistryFile registry;
  std::optional<CheckedPlan> existing;
  const UnitIndex* index = nullptr;
  const Registry* registry_model = nullptr;
  if (!options.units.empty()) {
    Diagnostics registry_diags;
    registry = read_registry_file(options.units, registry_diags);
    if (registry_diags.has_errors()) {
      print_findings(registry_diags, global);
      throw IoError(
          message("the registry '{}' has errors; fix it or leave out --units", options.units));
    }
    index = registry.index.get();
    registry_model = registry.registry.get();
  }
  if (options.check) {
    auto dir = find_plan_dir(global);
    if (!dir) {
      throw IoError(
          message("no plan to compare with: no plan/ directory here or above; use --plan DIR"));
    }
    Diagnostics ignored;
    existing = load_checked_plan(*dir, ignored, parse_cache(global, *dir));
    if (!index && existing->units) {
      index = existing->units.get();
      registry_model = &existing->plan->registry;
    }
  }
  ImportOptions import_options;
  import_options.registry = index;
  import_options.year = options.year;
  import_options.today = global.system_today;
  Draft draft = import_plan_text(source, import_options, diags);
  if (draft.tasks.empty()) {
    diags.report(whole_file(&source), rules::import_structure,
                 "no numbered items (一、 (一) 1． (1)) or task table found; nothing to import");
    print_findings(diags, global);
    return 1;
  }
  if (options.check) {
    PlanComparison cmp =
        compare_with_plan(draft, *existing->plan, make_schedule_context(*existing->plan));
    print_findings(diags, global);
    std::string out;
    for (const Message& line : cmp.differences) out += tr(line) + "\n";
    double percent = cmp.milestones_in_plan == 0
                         ? 100.0
                         : 100.0 * static_cast<double>(cmp.milestones_equal) /
                               static_cast<double>(cmp.milestones_in_plan);
    out += tr(message(
        "compared with {}: ids {}/{} matched, lead and responsible equal {}/{}, milestone dates "
        "equal {}/{} ({}%), {} differences",
        existing->plan->dir, cmp.ids_matched, cmp.tasks_in_plan, cmp.units_equal, cmp.tasks_in_plan,
        cmp.milestones_equal, cmp.milestones_in_plan, fmt::format("{:.1f}", percent),
        cmp.differences.size()));
    out += '\n';
    write_stdout(out);
    return cmp.differences.empty() ? 0 : 1;
  }
  std::string source_name = fs::path(options.file).filename().string();
  write_draft(emit_draft(draft, registry_model, source_name), options);
  print_findings(diags, global);
  write_stdout(
      summary(draft, diags, message("imported {} into {}", options.file, options.out_dir)));
  return 0;
}

}  // namespace

void setup_import(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<ImportCliOptions>();
  add_text(sub, "file", options->file, "FILE", gettext_noop("The plan's text, e.g. 2018.txt"))
      ->required();
  CLI::Option* output = add_text(sub, "-o,--output", options->out_dir, "DIR",
                                 gettext_noop("Directory to write the draft plan into (default: "
                                              "plan-draft)"));
  add_text(sub, "--units", options->units, "FILE",
           gettext_noop("A units.yaml to resolve names against; the rest are added unverified"));
  add_number(sub, "--year", options->year, 1900, 2200, "YEAR",
             gettext_noop("Plan year, when the text does not say"));
  CLI::Option* check = add_flag(
      sub, "--check", options->check,
      gettext_noop("Compare a fresh import with the existing plan (--plan) instead of writing"));
  CLI::Option* force = add_flag(sub, "--force", options->force,
                                gettext_noop("Overwrite a draft already in the output directory"));
  // --check writes nothing, so where to write and whether to overwrite mean nothing with it.
  check->excludes(output)->excludes(force);
  on_run(cli, sub, options, run_import);
}

}  // namespace plancheck
