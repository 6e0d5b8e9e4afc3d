// SPDX-License-Identifier: MIT
// Shell completion scripts, generated from the parser itself so they list exactly the
// commands, options and option values plancheck accepts.
#include <fmt/format.h>

#include <memory>

#include "cli/commands.h"
#include "i18n/catalogue.h"

namespace plancheck {
namespace {

struct CompletionOptions {
  std::string shell;
};

struct OptionFacts {
  std::vector<std::string> names;  ///< -o, --output …
  bool takes_value = false;
  std::string placeholder;  ///< DIR, FILE …
  std::vector<std::string> values;
  std::string help;
};

std::vector<OptionFacts> options_of(const CommandLine& cli, const CLI::App& app) {
  std::vector<OptionFacts> out;
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_positional()) continue;
    OptionFacts facts;
    for (const std::string& name : option->get_snames()) facts.names.push_back("-" + name);
    for (const std::string& name : option->get_lnames()) facts.names.push_back("--" + name);
    facts.takes_value = option->get_expected_max() != 0;  // a flag expects no value
    facts.placeholder = option->get_type_name();
    if (auto it = cli.choices.find(option); it != cli.choices.end()) facts.values = it->second;
    facts.help = option->get_description();
    out.push_back(std::move(facts));
  }
  return out;
}

bool wants_file(const CLI::App& app) {
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_positional() && option->get_type_name() == "FILE") return true;
  }
  return false;
}

std::string joined(const std::vector<std::string>& words) {
  return fmt::format("{}", fmt::join(words, " "));
}

std::string all_names(const std::vector<OptionFacts>& options) {
  std::vector<std::string> names;
  for (const OptionFacts& o : options) names.insert(names.end(), o.names.begin(), o.names.end());
  return joined(names);
}

// The bash `case` arms that complete the value of an option, for `command` ("*": any).
void bash_value_arms(std::string& out, const std::string& command,
                     const std::vector<OptionFacts>& options) {
  for (const OptionFacts& o : options) {
    if (!o.takes_value) continue;
    std::string action;
    if (!o.values.empty()) {
      action = fmt::format("COMPREPLY=($(compgen -W '{}' -- \"$cur\"))", joined(o.values));
    } else if (o.placeholder == "DIR") {
      action = "COMPREPLY=($(compgen -d -- \"$cur\"))";
    } else if (o.placeholder == "FILE") {
      action = "COMPREPLY=($(compgen -f -- \"$cur\"))";
    } else {
      action = "COMPREPLY=()";
    }
    for (const std::string& name : o.names) {
      fmt::format_to(std::back_inserter(out), "    {}:{}) {}; return ;;\n", command, name, action);
    }
  }
}

std::string bash_script(const CommandLine& cli) {
  std::vector<OptionFacts> global = options_of(cli, cli.app);
  std::vector<std::string> commands;
  for (const CommandInfo& c : command_table()) commands.push_back(c.name);
  std::vector<std::string> valued;
  for (const OptionFacts& o : global) {
    if (o.takes_value) valued.insert(valued.end(), o.names.begin(), o.names.end());
  }
  std::string out = "# bash completion for plancheck; made by 'plancheck completion bash'\n";
  out += "_plancheck() {\n";
  out += "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n";
  fmt::format_to(std::back_inserter(out), "  local commands='{}'\n", joined(commands));
  fmt::format_to(std::back_inserter(out), "  local global_options='{}'\n", all_names(global));
  out += "  local i command=\n";
  out += "  for ((i = 1; i < COMP_CWORD; i++)); do\n";
  out += "    case ${COMP_WORDS[i]} in\n";
  if (!valued.empty()) {
    fmt::format_to(std::back_inserter(out), "      {}) ((i++)) ;;\n", fmt::join(valued, "|"));
  }
  out += "      -*) ;;\n";
  out += "      *) command=${COMP_WORDS[i]}; break ;;\n";
  out += "    esac\n  done\n";
  out += "  case \"${command:-*}:$prev\" in\n";
  for (const CommandInfo& c : command_table()) {
    bash_value_arms(out, c.name, options_of(cli, *cli.app.get_subcommand(c.name)));
  }
  bash_value_arms(out, "*", global);
  out += "  esac\n";
  out += "  if [[ -z $command ]]; then\n";
  out += "    if [[ $cur == -* ]]; then\n";
  out += "      COMPREPLY=($(compgen -W \"$global_options\" -- \"$cur\"))\n";
  out += "    else\n";
  out += "      COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\"))\n";
  out += "    fi\n    return\n  fi\n";
  out += "  local options= files=\n";
  out += "  case $command in\n";
  for (const CommandInfo& c : command_table()) {
    const CLI::App& sub = *cli.app.get_subcommand(c.name);
    fmt::format_to(std::back_inserter(out), "    {}) options='{}'{} ;;\n", c.name,
                   all_names(options_of(cli, sub)), wants_file(sub) ? "; files=1" : "");
  }
  out += "  esac\n";
  out += "  if [[ $cur == -* ]]; then\n";
  out += "    COMPREPLY=($(compgen -W \"$options $global_options\" -- \"$cur\"))\n";
  out += "  elif [[ $command == help ]]; then\n";
  out += "    COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\"))\n";
  out += "  elif [[ $command == completion ]]; then\n";
  out += "    COMPREPLY=($(compgen -W 'bash zsh' -- \"$cur\"))\n";
  out += "  elif [[ -n $files ]]; then\n";
  out += "    COMPREPLY=($(compgen -f -- \"$cur\"))\n";
  out += "  fi\n";
  out += "}\n";
  out += "complete -F _plancheck plancheck\n";
  return out;
}

// zsh's _arguments spec text: brackets, colons and quotes would end the field early.
std::string zsh_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
    if (c == '\'') {
      out += "'\\''";
      continue;
    }
    out += c;
  }
  return out;
}

std::string zsh_specs(const std::vector<OptionFacts>& options) {
  std::string out;
  for (const OptionFacts& o : options) {
    std::string action;
    if (o.takes_value) {
      std::string what = o.placeholder.empty() ? "value" : o.placeholder;
      if (!o.values.empty()) {
        action = fmt::format(":{}:({})", what, joined(o.values));
      } else if (o.placeholder == "DIR") {
        action = fmt::format(":{}:_directories", what);
      } else if (o.placeholder == "FILE") {
        action = fmt::format(":{}:_files", what);
      } else {
        action = fmt::format(":{}: ", what);
      }
    }
    std::string names =
        o.names.size() == 1 ? o.names[0] : fmt::format("{{{}}}", fmt::join(o.names, ","));
    std::string exclusive = o.names.size() == 1 ? "" : fmt::format("({})", fmt::join(o.names, " "));
    fmt::format_to(std::back_inserter(out), "      '{}{}[{}]{}' \\\n", exclusive, names,
                   zsh_escape(o.help), action);
  }
  return out;
}

std::string zsh_script(const CommandLine& cli) {
  std::string out =
      "#compdef plancheck\n# zsh completion for plancheck; made by 'plancheck "
      "completion zsh'\n";
  out += "_plancheck() {\n  local -a commands\n  commands=(\n";
  for (const CommandInfo& c : command_table()) {
    fmt::format_to(std::back_inserter(out), "    '{}:{}'\n", c.name, zsh_escape(tr(c.summary)));
  }
  out += "  )\n";
  out += "  local curcontext=$curcontext state line\n";
  out += "  _arguments -C \\\n";
  out += zsh_specs(options_of(cli, cli.app));
  out += "      '1: :->command' '*:: :->arguments' && return\n";
  out += "  case $state in\n";
  out += "    command) _describe -t commands 'plancheck command' commands ;;\n";
  out += "    arguments)\n      case $words[1] in\n";
  for (const CommandInfo& c : command_table()) {
    const CLI::App& sub = *cli.app.get_subcommand(c.name);
    fmt::format_to(std::back_inserter(out), "        {}) _arguments \\\n", c.name);
    out += zsh_specs(options_of(cli, sub));
    std::string_view name = c.name;
    if (name == "help") {
      std::vector<std::string> names;
      for (const CommandInfo& each : command_table()) names.push_back(each.name);
      fmt::format_to(std::back_inserter(out), "            '1:command:({})' ;;\n", joined(names));
    } else if (name == "completion") {
      out += "            '1:shell:(bash zsh)' ;;\n";
    } else if (wants_file(sub)) {
      out += "            '1:file:_files' ;;\n";
    } else {
      out += "            '*: :' ;;\n";
    }
  }
  out += "      esac ;;\n  esac\n}\n_plancheck \"$@\"\n";
  return out;
}

int run_completion(const CompletionOptions& options, const CommandLine& cli) {
  write_stdout(options.shell == "zsh" ? zsh_script(cli) : bash_script(cli));
  return 0;
}

}  // namespace

void setup_completion(CommandLine& cli, CLI::App& sub) {
  auto options = std::make_shared<CompletionOptions>();
  add_choice(cli, sub, "shell", options->shell, {"bash", "zsh"}, "SHELL",
             gettext_noop("The shell to complete for"))
      ->required();
  sub.callback(
      [&cli, options] { cli.chosen = [&cli, options] { return run_completion(*options, cli); }; });
}

}  // namespace plancheck
