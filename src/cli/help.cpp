// SPDX-License-Identifier: MIT
#include "cli/help.h"

#include <fmt/format.h>

#include "cli/version.h"
#include "i18n/catalogue.h"

namespace plancheck {
namespace {

class HelpFormatter : public CLI::Formatter {
 public:
  HelpFormatter() {
    label("Usage", tr("Usage"));
    label("OPTIONS", tr("OPTIONS"));
    label("Positionals", tr("Arguments"));
    label("SUBCOMMAND", tr("COMMAND"));
    column_width(28);
  }
  std::string make_option_opts(const CLI::Option* option) const override {
    if (option->get_type_size() == 0 || option->get_type_name().empty()) return {};
    return " " + option->get_type_name();
  }
  std::string make_option_desc(const CLI::Option* option) const override {
    std::string desc = option->get_description();
    if (option->get_required()) desc += tr(" (required)");
    return desc;
  }
};

// Each command's name and summary, names padded to one column.
std::string command_list() {
  std::string out;
  for (const CommandInfo& command : command_table()) {
    fmt::format_to(std::back_inserter(out), "  {:<12}{}\n", command.name, tr(command.summary));
  }
  return out;
}

}  // namespace

std::shared_ptr<CLI::Formatter> help_formatter() { return std::make_shared<HelpFormatter>(); }

std::string overview(const CommandLine& cli) {
  std::string out = tr(message("{}: a plan compiler and deadline checker for government work plans",
                               version_text()));
  out += "\n\n";
  out += tr(message("Usage: plancheck [OPTIONS] COMMAND [ARGS]"));
  out += "\n\n";
  out += tr("Commands:");
  out += '\n';
  out += command_list();
  out += HelpFormatter().make_groups(&cli.app, CLI::AppFormatMode::Normal);
  out += '\n';
  out += tr("'plancheck help COMMAND' shows a command's options; 'man plancheck' the manual.");
  out += '\n';
  return out;
}

std::string command_help(const CLI::App& sub) { return sub.help("plancheck"); }

std::string full_help(const CommandLine& cli) {
  std::string out = overview(cli);
  HelpFormatter formatter;
  // A heading line ending in ':' with indented paragraphs under it, which help2man makes a
  // subsection of the man page: the summary, the usage, then one entry per option.
  for (const CommandInfo& command : command_table()) {
    const CLI::App& sub = *cli.app.get_subcommand(command.name);
    fmt::format_to(std::back_inserter(out), "\n{}:\n  {}\n\n  {}",
                   tr(message("Command {}", command.name)), tr(command.summary),
                   formatter.make_usage(&sub, "plancheck " + sub.get_name()));
    std::string options =
        formatter.make_positionals(&sub) + formatter.make_groups(&sub, CLI::AppFormatMode::Sub);
    bool blank = true;
    for (std::size_t start = 0; start < options.size();) {
      std::size_t end = std::min(options.find('\n', start), options.size());
      std::string_view line(options.data() + start, end - start);
      start = end + 1;
      if (line.empty() || !line.starts_with(' ')) continue;  // the groups' own headings
      if (blank) out += '\n';
      blank = false;
      fmt::format_to(std::back_inserter(out), "{}\n", line);
    }
  }
  return out;
}

std::string version_text() {
  std::string out = fmt::format("plancheck {}", kPlancheckVersion);
  if (*kPlancheckGitDescribe) out += fmt::format(" ({})", kPlancheckGitDescribe);
  return out;
}

}  // namespace plancheck
