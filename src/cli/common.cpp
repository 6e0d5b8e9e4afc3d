// SPDX-License-Identifier: MIT
#include "cli/common.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "i18n/catalogue.h"
#include "io/atomic_file.h"
#include "io/io_error.h"
#include "render/diagnostics_render.h"
#include "render/printable.h"

namespace plancheck {

namespace fs = std::filesystem;

std::optional<std::string> find_plan_dir(const GlobalOptions& global) {
  if (!global.plan_dir.empty()) return global.plan_dir;
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec) return std::nullopt;
  for (fs::path dir = cwd;; dir = dir.parent_path()) {
    fs::path found;
    if (fs::exists(dir / "plan" / "plan.yaml", ec)) {
      found = dir / "plan";
    } else if (fs::exists(dir / "plan.yaml", ec) && fs::is_directory(dir / "tasks", ec)) {
      found = dir;
    }
    if (!found.empty()) {
      std::string shown = fs::relative(found, cwd, ec).generic_string();
      return ec || shown.empty() ? found.string() : shown;
    }
    if (dir == dir.parent_path()) return std::nullopt;
  }
}

std::string plan_dir_or_throw(const GlobalOptions& global) {
  auto dir = find_plan_dir(global);
  if (!dir)
    throw IoError(message("no plan found: no plan/ directory here or above; use --plan DIR"));
  return *dir;
}

ParseCache parse_cache(const GlobalOptions& global, const std::string& dir) {
  return ParseCache(global.no_cache ? fs::path() : fs::path(dir) / ".plancheck-cache");
}

bool use_color(const GlobalOptions& global, std::FILE* stream) {
  if (global.color == "always") return true;
  if (global.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(fileno(stream)) != 0;
}

std::optional<CheckedPlan> load_for_listing(const GlobalOptions& global, int& exit_code) {
  std::string dir = plan_dir_or_throw(global);
  Diagnostics diags;
  CheckedPlan plan = load_checked_plan(dir, diags, parse_cache(global, dir));
  if (!diags.has_errors()) return plan;
  Diagnostics errors;
  for (const Diagnostic& d : diags.all()) {
    if (d.severity == Severity::error) errors.add(d);
  }
  errors.limit_per_line(kMaxFindingsPerLine);
  write_stderr(render_diagnostics_text(errors, use_color(global, stderr)));
  write_stderr(tr(message("plancheck: the plan has errors; fix them first (plancheck validate)")) +
               '\n');
  exit_code = 1;
  return std::nullopt;
}

void refuse_plan_file_as_output(const std::string& output, const std::string& plan_dir) {
  std::error_code ec;
  fs::path out = fs::weakly_canonical(output, ec);
  fs::path dir = fs::weakly_canonical(plan_dir, ec);
  if (ec || out.empty() || dir.empty()) return;
  fs::path inside = out.lexically_relative(dir);
  if (inside.empty() || *inside.begin() == "..") return;
  std::string first = inside.begin()->string();
  bool plan_file = first == "plan.yaml" || first == "units.yaml" || first == "events.yaml" ||
                   first == "progress.yaml" || first == "tasks" || first == ".plancheck-cache" ||
                   inside == ".";
  if (plan_file) {
    throw CLI::ValidationError(
        "-o", tr(message("'{}' is a file of the plan in {}; write the output elsewhere", output,
                         plan_dir)));
  }
}

UnitTarget resolve_unit_option(const CheckedPlan& plan, const std::string& name) {
  if (!plan.units) throw IoError(message("the unit registry could not be read"));
  auto resolution = plan.units->resolve(name);
  if (!resolution.error.empty()) {
    throw CLI::ValidationError("--unit", tr(resolution.error) + "; " + tr(resolution.help));
  }
  return resolution.target;
}

Date parse_date_option(const std::string& text, const std::string& option) {
  auto date = parse_iso_date(text);
  if (!date) {
    throw CLI::ValidationError(option,
                               tr(message("'{}' {}", text, describe(iso_date_problem(text)))));
  }
  return *date;
}

void write_stdout(const std::string& text) { write_stdout_bytes(printable(text, true)); }

void write_output(const std::string& path, const std::string& content, bool binary) {
  if (path.empty()) {
    binary ? write_stdout_bytes(content) : write_stdout(content);
  } else {
    write_file_atomically(path, binary ? content : printable(content, true));
  }
}

void write_stdout_bytes(const std::string& text) {
  std::size_t written = std::fwrite(text.data(), 1, text.size(), stdout);
  // A full disk or a closed pipe loses the result; that must not look like success.
  if (std::fflush(stdout) != 0 || written != text.size()) {
    throw IoError(message("cannot write to standard output: {}", std::strerror(errno)));
  }
}

}  // namespace plancheck

namespace plancheck {

void write_stderr(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

void write_stderr_plain(const std::string& text) { write_stderr(printable(text, true)); }

}  // namespace plancheck
