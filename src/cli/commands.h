// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>

#include "cli/common.h"

namespace plancheck {

// Each adds its subcommand to `app`; when it is the one given, `chosen` is set to run it.
void setup_validate(CLI::App& app, const GlobalOptions& global, Runner& chosen);
void setup_due(CLI::App& app, const GlobalOptions& global, Runner& chosen);
void setup_when(CLI::App& app, const GlobalOptions& global, Runner& chosen);
void setup_done(CLI::App& app, const GlobalOptions& global, Runner& chosen);
void setup_check(CLI::App& app, const GlobalOptions& global, Runner& chosen);
void setup_calendar(CLI::App& app, const GlobalOptions& global, Runner& chosen);
void setup_remind(CLI::App& app, const GlobalOptions& global, Runner& chosen);
void setup_show(CLI::App& app, const GlobalOptions& global, Runner& chosen);
void setup_report(CLI::App& app, const GlobalOptions& global, Runner& chosen);
void setup_units(CLI::App& app, const GlobalOptions& global, Runner& chosen);
void setup_compile(CLI::App& app, const GlobalOptions& global, Runner& chosen);
void setup_import(CLI::App& app, const GlobalOptions& global, Runner& chosen);

}  // namespace plancheck
