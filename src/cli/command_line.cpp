// SPDX-License-Identifier: MIT
#include "cli/command_line.h"

#include <fmt/format.h>

#include <charconv>

#include "cli/commands.h"
#include "i18n/catalogue.h"

namespace plancheck {
namespace {

std::string or_list(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() ? tr(" or ") : tr(", ");
    out += values[i];
  }
  return out;
}

template <typename Number>
CLI::Option* add_number_option(CLI::App& sub, const std::string& name, Number& value, int min,
                               int max, const char* type_name, Untranslated help) {
  CLI::Validator range(
      [min, max](const std::string& text) -> std::string {
        long long number = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
        bool digits = !text.empty() && end == text.data() + text.size();
        if (!digits || (error != std::errc() && error != std::errc::result_out_of_range)) {
          return tr(message("'{}' is not a whole number", text));
        }
        if (error == std::errc::result_out_of_range || number < min || number > max) {
          return tr(message("{} is not in the range {} to {}", text, min, max));
        }
        return {};
      },
      "");
  return sub.add_option(name, value, tr(help))->type_name(type_name)->check(range);
}

}  // namespace

const std::vector<CommandInfo>& command_table() {
  static const std::vector<CommandInfo> commands = {
      {"validate",
       gettext_noop("Check the plan files: format, ids, units, deadlines; all findings at once"),
       setup_validate},
      {"due",
       gettext_noop("What falls in one month: deadlines, starts, windows, recurring occurrences"),
       setup_due},
      {"check",
       gettext_noop("List what is overdue and not recorded as done; exit 1 if anything is"),
       setup_check},
      {"remind",
       gettext_noop("Overdue and upcoming items grouped by the unit that owes them, as notices"),
       setup_remind},
      {"done",
       gettext_noop(
           "Record a milestone (or one occurrence: 3.3.1a@2017-07) as done in progress.yaml"),
       setup_done},
      {"show",
       gettext_noop("One task: its text, units as resolved, every milestone's dates and state"),
       setup_show},
      {"report",
       gettext_noop(
           "Printable task lists: the whole plan (任务分解表), or a unit's 牵头 and 责任 lists"),
       setup_report},
      {"calendar",
       gettext_noop("Every dated item in order; as iCalendar (--format ics) for calendar apps"),
       setup_calendar},
      {"units",
       gettext_noop(
           "The unit registry; for one unit, every task it leads or shares and through what"),
       setup_units},
      {"when",
       gettext_noop("Show what one deadline phrase compiles to (kind, dates, first occurrences)"),
       setup_when},
      {"compile",
       gettext_noop("The whole resolved plan as one JSON document (schemas/compiled.schema.json)"),
       setup_compile},
      {"import",
       gettext_noop("Draft a plan directory from an official plan text (UTF-8 or GB18030)"),
       setup_import},
      {"help", gettext_noop("Show the commands, or one command's options"), setup_help},
      {"completion", gettext_noop("Print a bash or zsh completion script"), setup_completion},
  };
  return commands;
}

const CommandInfo* find_command(std::string_view name) {
  for (const CommandInfo& command : command_table()) {
    if (name == command.name) return &command;
  }
  return nullptr;
}

namespace {

// An option whose value is one of `values`, handed to `store` once it is known to be one;
// `shown_default` is what help says the default is.
CLI::Option* add_choice_option(CommandLine& cli, CLI::App& sub, const std::string& name,
                               std::string_view shown_default, std::vector<std::string> values,
                               const char* type_name, Untranslated help,
                               std::function<void(const std::string&)> store) {
  std::string shown =
      shown_default.empty() ? tr(help) : tr(message("{} (default: {})", tr(help), shown_default));
  CLI::Validator one_of(
      [values](const std::string& given) -> std::string {
        if (std::find(values.begin(), values.end(), given) != values.end()) return {};
        return tr(message("'{}' is not one of {}", given, or_list(values)));
      },
      "");
  CLI::Option* option = sub.add_option_function<std::string>(name, std::move(store), shown)
                            ->type_name(type_name)
                            ->check(one_of);
  cli.choices[option] = std::move(values);
  return option;
}

}  // namespace

CLI::Option* add_choice(CommandLine& cli, CLI::App& sub, const std::string& name,
                        std::string& value, std::vector<std::string> values, const char* type_name,
                        Untranslated help) {
  return add_choice_option(cli, sub, name, value, std::move(values), type_name, help,
                           [&value](const std::string& given) { value = given; });
}

CLI::Option* add_number(CLI::App& sub, const std::string& name, int& value, int min, int max,
                        const char* type_name, Untranslated help) {
  return add_number_option(sub, name, value, min, max, type_name, help);
}

CLI::Option* add_number(CLI::App& sub, const std::string& name, unsigned& value, int min, int max,
                        const char* type_name, Untranslated help) {
  return add_number_option(sub, name, value, min, max, type_name, help);
}

CLI::Option* add_text(CLI::App& sub, const std::string& name, std::string& value,
                      const char* type_name, Untranslated help) {
  // An empty value given on purpose (--plan "", --today "") must not read as no value
  // given, which would quietly mean the default.
  CLI::Validator not_empty(
      [](const std::string& given) -> std::string {
        return given.empty() ? tr(message("the value is empty")) : std::string();
      },
      "");
  return sub.add_option(name, value, tr(help))->type_name(type_name)->check(not_empty);
}

CLI::Option* add_today(CLI::App& sub, std::string& value, Untranslated help) {
  return add_text(sub, "--today", value, "DATE", help);
}

CLI::Option* add_format(CommandLine& cli, CLI::App& sub, Format& value, std::vector<Format> formats,
                        Untranslated help) {
  std::vector<std::string> names;
  for (Format format : formats) names.emplace_back(format_name(format));
  return add_choice_option(cli, sub, "--format", format_name(value), std::move(names), "FORMAT",
                           help,
                           [&value](const std::string& given) { value = *find_format(given); });
}

CLI::Option* add_format(CommandLine& cli, CLI::App& sub, Format& value,
                        std::vector<Format> formats) {
  return add_format(cli, sub, value, std::move(formats), gettext_noop("Output format"));
}

CLI::Option* add_output(CLI::App& sub, std::string& value) {
  return add_text(sub, "-o,--output", value, "FILE",
                  gettext_noop("Write to FILE (atomically) instead of stdout"));
}

CLI::Option* add_flag(CLI::App& sub, const std::string& name, bool& value, Untranslated help) {
  return sub.add_flag(name, value, tr(help));
}

}  // namespace plancheck
