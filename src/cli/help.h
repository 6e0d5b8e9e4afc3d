// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "cli/command_line.h"

namespace plancheck {

/// CLI11's help layout with its headings in the reader's language; "required" moves to
/// the description, so the option column stays ASCII and lines up in a terminal.
std::shared_ptr<CLI::Formatter> help_formatter();

/// The front page: what plancheck is, its commands with one line each, the global options.
std::string overview(const CommandLine& cli);
/// One command's usage and options.
std::string command_help(const CLI::App& sub);
/// The front page followed by every command's help: what the man page is made from.
std::string full_help(const CommandLine& cli);

/// "plancheck 0.1.0", with `git describe` when built from a checkout.
std::string version_text();

}  // namespace plancheck
