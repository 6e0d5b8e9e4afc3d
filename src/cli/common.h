// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>

#include "calendar/dates.h"
#include "cli/command_line.h"
#include "cli/today.h"
#include "load/checked_plan.h"
#include "load/parse_cache.h"
#include "source/diagnostics.h"

namespace plancheck {

/// A text report shows this many findings on one line at most, and counts the rest.
inline constexpr std::size_t kMaxFindingsPerLine = 20;

/// The plan directory to use: --plan, else the nearest `plan/` upward (shown relative
/// to the working directory); nothing when there is none.
std::optional<std::string> find_plan_dir(const GlobalOptions& global);
/// find_plan_dir, or an IoError saying there is none.
std::string plan_dir_or_throw(const GlobalOptions& global);
/// The parse cache for the plan in `dir`: `<dir>/.plancheck-cache`, or none with --no-cache.
ParseCache parse_cache(const GlobalOptions& global, const std::string& dir);
/// Whether to color output going to `stream` (stdout or stderr).
bool use_color(const GlobalOptions& global, std::FILE* stream);
/// Loads and checks the plan for a command that lists from it. On errors, prints them
/// (errors only; warnings are `validate`'s business) and returns nothing.
std::optional<CheckedPlan> load_for_listing(const GlobalOptions& global, int& exit_code);
/// Sets `chosen` to run a command that answers from the plan: the day --today names (where
/// the command has the option), the plan loaded and checked (its errors printed, their
/// exit status returned), then `run(options, plan, today)`.
template <typename Options, typename Run>
void on_listing(CommandLine& cli, CLI::App& sub, std::shared_ptr<Options> options, Run run) {
  on_run(cli, sub, options, [run](const Options& given, const GlobalOptions& global) {
    Date today = global.system_today;
    if constexpr (requires { given.today; }) today = resolve_today(given.today, global);
    int exit_code = 0;
    std::optional<CheckedPlan> checked = load_for_listing(global, exit_code);
    return checked ? run(given, *checked, today) : exit_code;
  });
}

/// The registry entry a --unit option names, or a usage error with a suggestion.
UnitTarget resolve_unit_option(const CheckedPlan& plan, const std::string& name);
/// "YYYY-MM-DD" for an option, or a usage error.
Date parse_date_option(const std::string& text, const std::string& option);
/// A usage error when `output` (-o) is a file of the plan in `plan_dir`, or would become
/// one: a report written over progress.yaml would replace the records.
void refuse_plan_file_as_output(const std::string& output, const std::string& plan_dir);
/// Writes text in one piece, every character that would act on a terminal shown escaped
/// (render/printable.h).
void write_stdout(const std::string& text);
/// Writes bytes as they are (a workbook).
void write_stdout_bytes(const std::string& text);
/// The result of a command: to `path` (-o, atomically) or to stdout when it is empty; text
/// with what would act on a terminal escaped, a binary format as it is.
void write_output(const std::string& path, const std::string& content, bool binary = false);
/// Writes to stderr as it is: diagnostics, which escaped the plan's words and may colour.
void write_stderr(const std::string& text);
/// Writes a message of plancheck's own to stderr, with what would act on a terminal in the
/// words it quotes (an option's value, a file name) escaped.
void write_stderr_plain(const std::string& text);

}  // namespace plancheck
