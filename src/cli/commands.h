// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>

#include "cli/command_line.h"
#include "cli/common.h"
#include "i18n/catalogue.h"

namespace plancheck {

// Each adds its options to its command `sub`; when it is the one given, it sets
// `cli.chosen` to run it. command_table() lists them.
void setup_validate(CommandLine& cli, CLI::App& sub);
void setup_due(CommandLine& cli, CLI::App& sub);
void setup_when(CommandLine& cli, CLI::App& sub);
void setup_done(CommandLine& cli, CLI::App& sub);
void setup_check(CommandLine& cli, CLI::App& sub);
void setup_calendar(CommandLine& cli, CLI::App& sub);
void setup_remind(CommandLine& cli, CLI::App& sub);
void setup_show(CommandLine& cli, CLI::App& sub);
void setup_report(CommandLine& cli, CLI::App& sub);
void setup_units(CommandLine& cli, CLI::App& sub);
void setup_compile(CommandLine& cli, CLI::App& sub);
void setup_import(CommandLine& cli, CLI::App& sub);
void setup_help(CommandLine& cli, CLI::App& sub);
void setup_completion(CommandLine& cli, CLI::App& sub);

}  // namespace plancheck
