// SPDX-License-Identifier: MIT
#define CLI11_ENABLE_EXTRA_VALIDATORS 1
#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli/commands.h"
#include "core/io_error.h"

int main(int argc, char** argv) {
  using namespace plancheck;
  CLI::App app{"plancheck: a plan compiler and deadline checker for government work plans"};
  app.set_version_flag("--version", "plancheck 0.1.0");
  app.require_subcommand(1);
  // Global options read the same before or after the command's name.
  app.fallthrough();
  GlobalOptions global;
  app.add_option("--plan", global.plan_dir, "Plan directory (default: nearest plan/ upward)");
  app.add_option("--color", global.color, "Color diagnostics: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_flag("--no-cache", global.no_cache,
               "Parse every file; neither read nor write the plan's .plancheck-cache/");
  Runner chosen;
  setup_validate(app, global, chosen);
  setup_due(app, global, chosen);
  setup_when(app, global, chosen);
  setup_done(app, global, chosen);
  setup_check(app, global, chosen);
  setup_calendar(app, global, chosen);
  setup_remind(app, global, chosen);
  setup_show(app, global, chosen);
  setup_report(app, global, chosen);
  setup_units(app, global, chosen);
  setup_compile(app, global, chosen);
  setup_import(app, global, chosen);
  try {
    app.parse(argc, argv);
    return chosen ? chosen() : 2;
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const IoError& e) {
    std::fprintf(stderr, "plancheck: error: %s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "plancheck: internal error: %s\n", e.what());
    return 2;
  }
}
