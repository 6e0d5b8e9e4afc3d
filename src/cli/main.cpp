// SPDX-License-Identifier: MIT
#define CLI11_ENABLE_EXTRA_VALIDATORS 1
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "cli/front_door.h"
#include "cli/today.h"
#include "i18n/catalogue.h"

namespace {

// Where the catalogue is: beside the executable as installed (../share/locale) or as
// built (./locale), so an installed, a copied and a just-built binary all find theirs.
std::vector<std::filesystem::path> locale_dirs() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  std::filesystem::path dir = exe.parent_path();
  return {dir / "locale", dir.parent_path() / "share" / "locale"};
}

}  // namespace

int main(int argc, char** argv) {
  using namespace plancheck;
  std::optional<std::string> lang = lang_option(argc, argv);
  Language language =
      lang ? language_named(*lang).value_or(Language::en) : language_from_environment(std::getenv);
  if (!use_language(language, locale_dirs()) && lang) {
    std::fprintf(stderr,
                 "plancheck: warning: no Chinese message catalogue found; "
                 "messages stay in English\n");
  }
  try {
    CommandLine cli{
        CLI::App(tr("a plan compiler and deadline checker for government work plans"), "plancheck"),
        {},
        {},
        {}};
    cli.global.system_today = read_system_clock();
    build_command_line(cli);
    return run_command_line(cli, argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "plancheck: internal error: %s\n", e.what());
    return 2;
  }
}
