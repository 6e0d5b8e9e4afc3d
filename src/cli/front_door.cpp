// SPDX-License-Identifier: MIT
#include "cli/front_door.h"

#include <cstdio>
#include <cstring>
#include <map>

#include "cli/commands.h"
#include "cli/help.h"
#include "i18n/catalogue.h"
#include "io/io_error.h"
#include "text/spelling.h"

namespace plancheck {
namespace {

// The first word that is neither an option nor the value of a global option.
std::optional<std::string> command_word(const CLI::App& app, int argc, char** argv) {
  auto takes_value = [&](std::string_view arg) {
    for (const CLI::Option* option : app.get_options()) {
      if (option->get_expected_max() == 0) continue;  // a flag
      for (const std::string& name : option->get_lnames()) {
        if (arg.size() == name.size() + 2 && arg.starts_with("--") && arg.ends_with(name))
          return true;
      }
    }
    return false;
  };
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") return std::nullopt;
    if (takes_value(arg)) {
      ++i;
      continue;
    }
    if (!arg.starts_with('-')) return std::string(arg);
  }
  return std::nullopt;
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* level = &app; level; level = level->get_parent()) {
    for (const CLI::Option* option : level->get_options()) {
      for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    }
  }
  return names;
}

std::string after(std::string_view text, std::string_view prefix) {
  return std::string(text.substr(std::min(text.size(), prefix.size())));
}

// The command the parser had reached, for "see 'plancheck help due'".
const CLI::App* reached(const CLI::App& app) {
  auto parsed = app.get_subcommands();
  return parsed.empty() ? nullptr : parsed.back();
}

// CLI11 words its errors in English, one shape per error type; each is said again
// from the catalogue. A shape not known here is shown as CLI11 words it.
// An option the command does not know, among the words given: CLI11 reports a missing
// required option first, but the misspelt one is the mistake to show.
std::optional<std::string> unknown_option(const CLI::App& command, int argc, char** argv) {
  std::map<std::string, bool, std::less<>> known;  // name → takes a value
  for (const CLI::App* level = &command; level; level = level->get_parent()) {
    for (const CLI::Option* option : level->get_options()) {
      bool valued = option->get_expected_max() != 0;  // a flag expects no value
      for (const std::string& name : option->get_lnames()) known.emplace("--" + name, valued);
      for (const std::string& name : option->get_snames()) known.emplace("-" + name, valued);
    }
  }
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") break;
    if (!arg.starts_with('-') || arg == "-") continue;
    std::size_t equals = arg.find('=');
    auto it = known.find(arg.substr(0, equals));
    if (it == known.end()) return std::string(arg.substr(0, equals));
    if (it->second && equals == std::string_view::npos) ++i;  // its value, whatever it looks like
  }
  return std::nullopt;
}

Message unknown_option_message(const std::string& name, const CLI::App& command) {
  std::string suggestion = closest_match(name, option_names(command));
  if (!suggestion.empty())
    return message("unknown option '{}'; did you mean '{}'?", name, suggestion);
  return message("unknown option '{}'", name);
}

Message parse_error_message(const CLI::ParseError& error, const CLI::App* command, int argc,
                            char** argv) {
  if (command) {
    if (auto name = unknown_option(*command, argc, argv)) {
      return unknown_option_message(*name, *command);
    }
  }
  std::string_view what = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    std::size_t colon = what.find(": ");
    std::string extra = colon == std::string_view::npos ? std::string(what)
                                                        : after(what, what.substr(0, colon + 2));
    return message("unexpected argument '{}'", extra);
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) && what.ends_with(" is required")) {
    return message("{} is required", what.substr(0, what.size() - std::strlen(" is required")));
  }
  if (dynamic_cast<const CLI::ExcludesError*>(&error)) {
    std::size_t cut = what.find(" excludes ");
    if (cut != std::string_view::npos) {
      return message("{} and {} cannot be used together", what.substr(0, cut),
                     what.substr(cut + std::strlen(" excludes ")));
    }
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    return message("{} needs a value", what.substr(0, what.find(':')));
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error) &&
      what.starts_with("Could not convert: ")) {
    return message("{} is not a valid value", after(what, "Could not convert: "));
  }
  // A validation error is "--name: reason", and the reason is already in the catalogue's
  // words (plancheck's own validators say it).
  return verbatim(std::string(what));
}

void add_global_options(CommandLine& cli) {
  CLI::App& app = cli.app;
  app.formatter(help_formatter());
  app.option_defaults()->group(tr("Options"));
  app.set_help_flag("-h,--help", tr("Show this help and exit"));
  app.set_help_all_flag("--help-all", tr("Show the help of every command and exit"));
  app.set_version_flag("--version", version_text(), tr("Show the version and exit"));
  // Global options read the same before or after the command's name.
  app.fallthrough();
  // One command a run; after it, a command's name is a word (plancheck help due). None is
  // the front page, which run_command_line shows.
  app.require_subcommand(0, 1);
  add_text(app, "--plan", cli.global.plan_dir, "DIR",
           gettext_noop("Plan directory (default: the nearest plan/ upward)"));
  add_choice(cli, app, "--lang", cli.global.lang, {"zh", "en"}, "LANG",
             gettext_noop("Language of messages and report labels (default: from LANG)"));
  add_choice(cli, app, "--color", cli.global.color, {"auto", "always", "never"}, "WHEN",
             gettext_noop("Color in diagnostics"));
  add_flag(app, "--no-cache", cli.global.no_cache,
           gettext_noop("Parse every file; neither read nor write the plan's .plancheck-cache/"));
}

}  // namespace

std::optional<std::string> lang_option(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg == "--lang" && i + 1 < argc) return std::string(argv[i + 1]);
    if (arg.starts_with("--lang=")) return after(arg, "--lang=");
  }
  return std::nullopt;
}

void build_command_line(CommandLine& cli) {
  add_global_options(cli);
  for (const CommandInfo& command : command_table()) {
    CLI::App* sub = cli.app.add_subcommand(command.name, tr(command.summary));
    sub->set_help_all_flag();  // --help-all is the whole manual's, not a command's
    // CLI11 copies the help flag into a command before its option defaults, so the flag
    // would sit in an untranslated group of its own.
    sub->get_help_ptr()->group(tr("Options"));
    command.setup(cli, *sub);
  }
}

Message unknown_command(const std::string& word) {
  std::vector<std::string> names;
  for (const CommandInfo& command : command_table()) names.push_back(command.name);
  std::string suggestion = closest_match(word, names);
  return suggestion.empty() ? message("unknown command '{}'", word)
                            : message("unknown command '{}'; did you mean '{}'?", word, suggestion);
}

namespace {

std::string error_line(const Message& what) {
  return tr(message("plancheck: error: {}", what)) + '\n';
}

}  // namespace

int usage_error(const Message& what, const std::string& command) {
  std::string text = error_line(what);
  text += command.empty() ? tr(message("see 'plancheck help'"))
                          : tr(message("see 'plancheck help {}'", command));
  text += '\n';
  write_stderr_plain(text);
  return 2;
}

int command_error(const Message& what, const Message& help, int status) {
  std::string text = error_line(what);
  if (!help.empty()) text += "      = help: " + tr(help) + '\n';
  write_stderr_plain(text);
  return status;
}

int run_command_line(CommandLine& cli, int argc, char** argv) {
  if (auto word = command_word(cli.app, argc, argv); word && !find_command(*word)) {
    return usage_error(unknown_command(*word));
  }
  try {
    cli.app.parse(argc, argv);
    if (!cli.chosen) {
      // No command: what there is to do, on stderr, as a usage error.
      write_stderr(overview(cli));
      return 2;
    }
    return cli.chosen();
  } catch (const CLI::CallForHelp&) {
    const CLI::App* command = reached(cli.app);
    write_stdout(command ? command_help(*command) : overview(cli));
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    write_stdout(full_help(cli));
    return 0;
  } catch (const CLI::CallForVersion&) {
    write_stdout(version_text() + '\n');
    return 0;
  } catch (const CLI::ParseError& e) {
    const CLI::App* command = reached(cli.app);
    return usage_error(parse_error_message(e, command ? command : &cli.app, argc, argv),
                       command ? command->get_name() : "");
  } catch (const IoError& e) {
    return command_error(e.said(), {}, 2);
  }
}

}  // namespace plancheck
