// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>
#include <optional>

#include "cli/command_line.h"
#include "text/message.h"

namespace plancheck {

/// The language messages are shown in: --lang (before or after the command's name)
/// over the environment. Read before the parser is built, since help texts are
/// translated as they are added.
std::optional<std::string> lang_option(int argc, char** argv);

/// Adds the global options and every command of the table to `cli.app`.
void build_command_line(CommandLine& cli);

/// Parses and runs, mapping every way it can end to an exit status: the command's own,
/// 0 after help or --version, 2 for a usage error (with its message in the reader's
/// language, and "did you mean" for a misspelt command or option).
int run_command_line(CommandLine& cli, int argc, char** argv);

/// "unknown command 'valdate'; did you mean 'validate'?"
Message unknown_command(const std::string& word);
/// Prints a usage error, with where to read more, and returns 2.
int usage_error(const Message& what, const std::string& command = "");
/// Prints an error of a command that could not do what it was asked (no such milestone,
/// a file that cannot be written), with `help` when there is some, and returns `status`.
int command_error(const Message& what, const Message& help = {}, int status = 1);

}  // namespace plancheck
