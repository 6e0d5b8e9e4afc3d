// SPDX-License-Identifier: MIT
#include <memory>

#include "cli/commands.h"
#include "cli/front_door.h"
#include "cli/help.h"
#include "i18n/catalogue.h"

namespace plancheck {
namespace {

struct HelpOptions {
  std::string command;
};

int run_help(const HelpOptions& options, const CommandLine& cli) {
  if (options.command.empty()) {
    write_stdout(overview(cli));
    return 0;
  }
  if (!find_command(options.command)) return usage_error(unknown_command(options.command));
  write_stdout(command_help(*cli.app.get_subcommand(options.command)));
  return 0;
}

}  // namespace

void setup_help(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<HelpOptions>();
  add_text(sub, "command", options->command, "COMMAND", gettext_noop("The command to explain"));
  sub.callback(
      [&cli, options] { cli.chosen = [&cli, options] { return run_help(*options, cli); }; });
}

}  // namespace plancheck
