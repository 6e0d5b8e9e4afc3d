// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "calendar/dates.h"
#include "i18n/catalogue.h"
#include "render/format.h"

namespace plancheck {

/// Options every command shares.
struct GlobalOptions {
  std::string plan_dir;  ///< empty: the nearest plan/ from the working directory up
  std::string color = "auto";
  std::string lang;       ///< --lang as given; empty: messages follow the environment
  bool no_cache = false;  ///< --no-cache: parse every file, read and write no cache
  Date system_today;      ///< the system's date, read once by main
};

/// The command chosen on the command line, run once parsing is over.
using Runner = std::function<int()>;

/// What main builds once: the parser, the global options, the values each option may
/// take (for completion and messages), and, once parsed, the command to run.
struct CommandLine {
  CLI::App app;
  GlobalOptions global;
  Runner chosen;
  std::map<const CLI::Option*, std::vector<std::string>> choices;
};

/// One command: its name, its one-line summary (an English msgid) and what adds it.
struct CommandInfo {
  const char* name;
  Untranslated summary;
  void (*setup)(CommandLine& cli, CLI::App& sub);
};

/// Every command, in the order help lists them.
const std::vector<CommandInfo>& command_table();
/// The command named `name`, or nothing.
const CommandInfo* find_command(std::string_view name);

/// Sets `chosen` to `run(*options)` when `sub` is the command given.
template <typename Options, typename Run>
void on_run(CommandLine& cli, CLI::App& sub, std::shared_ptr<Options> options, Run run) {
  sub.callback([&cli, options, run] {
    cli.chosen = [&cli, options, run] { return run(*options, cli.global); };
  });
}

/// An option whose value is one of `values`; the help lists them with the default, a
/// value outside them is a usage error that names them, and completion offers them.
CLI::Option* add_choice(CommandLine& cli, CLI::App& sub, const std::string& name,
                        std::string& value, std::vector<std::string> values, const char* type_name,
                        Untranslated help);
/// A whole-number option in [min, max], with a usage error in the reader's language.
CLI::Option* add_number(CLI::App& sub, const std::string& name, int& value, int min, int max,
                        const char* type_name, Untranslated help);
CLI::Option* add_number(CLI::App& sub, const std::string& name, unsigned& value, int min, int max,
                        const char* type_name, Untranslated help);
/// A text option; `type_name` is its placeholder in help (DATE, UNIT, FILE …).
CLI::Option* add_text(CLI::App& sub, const std::string& name, std::string& value,
                      const char* type_name, Untranslated help);
/// --today DATE: the day a command answers as of, the system date when not given;
/// `help` says what it changes for this command.
CLI::Option* add_today(CLI::App& sub, std::string& value, Untranslated help);
/// --format FORMAT, one of `formats`; `value` holds the default.
CLI::Option* add_format(CommandLine& cli, CLI::App& sub, Format& value, std::vector<Format> formats,
                        Untranslated help);
/// The same, with the help every command but validate gives it: "Output format".
CLI::Option* add_format(CommandLine& cli, CLI::App& sub, Format& value,
                        std::vector<Format> formats);
/// -o,--output FILE: written atomically instead of to stdout.
CLI::Option* add_output(CLI::App& sub, std::string& value);
/// A yes-or-no flag.
CLI::Option* add_flag(CLI::App& sub, const std::string& name, bool& value, Untranslated help);

}  // namespace plancheck
