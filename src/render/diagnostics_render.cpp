// SPDX-License-Identifier: MIT
#include "render/diagnostics_render.h"

#include <fmt/color.h>

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "i18n/catalogue.h"
#include "render/json_text.h"

namespace plancheck {
namespace {

std::string location(const SourceLoc& loc) {
  if (!loc.file) return "plancheck";
  if (loc.line == 0) return loc.file->path();
  return fmt::format("{}:{}:{}", loc.file->path(), loc.line, loc.col);
}

fmt::text_style severity_style(Severity severity, bool color) {
  if (!color) return {};
  switch (severity) {
    case Severity::error:
      return fmt::fg(fmt::terminal_color::bright_red) | fmt::emphasis::bold;
    case Severity::warning:
      return fmt::fg(fmt::terminal_color::bright_magenta) | fmt::emphasis::bold;
    case Severity::note:
      return fmt::fg(fmt::terminal_color::bright_cyan) | fmt::emphasis::bold;
  }
  return {};
}

// The quoted line and a caret under [col, col + len), measured in terminal cells.
void quote_source(std::string& out, const SourceLoc& loc, bool color) {
  if (!loc.file || loc.line == 0) return;
  std::string line(loc.file->line(loc.line));
  // Control characters (a NUL, a stray escape) would end or garble the terminal line;
  // each becomes one visible '?' (a tab one space) so columns still count the same.
  for (char& c : line) {
    if (c == '\t')
      c = ' ';
    else if (c >= 0 && c < 0x20)
      c = '?';
  }
  std::string gutter = std::to_string(loc.line);
  std::size_t prefix_bytes = byte_length_of_chars(line, loc.col - 1);
  std::string_view marked = std::string_view(line).substr(prefix_bytes);
  marked = marked.substr(0, byte_length_of_chars(marked, std::max<std::uint32_t>(loc.len, 1)));
  std::size_t indent = display_width(std::string_view(line).substr(0, prefix_bytes));
  std::size_t width = std::max<std::size_t>(display_width(marked), 1);
  std::string caret = "^" + std::string(width - 1, '~');
  fmt::format_to(std::back_inserter(out), " {:>4} | {}\n", gutter, line);
  fmt::format_to(std::back_inserter(out), " {:>4} | {}{}\n", "", std::string(indent, ' '),
                 fmt::format(color ? fmt::fg(fmt::terminal_color::bright_green) : fmt::text_style{},
                             "{}", caret));
}

void render_one(std::string& out, const Diagnostic& d, bool color) {
  fmt::format_to(std::back_inserter(out), "{}: {}: {}", location(d.loc),
                 fmt::format(severity_style(d.severity, color), "{}", severity_name(d.severity)),
                 tr(d.message));
  if (!d.rule.empty()) fmt::format_to(std::back_inserter(out), " [{}]", d.rule);
  out += '\n';
  quote_source(out, d.loc, color);
  if (!d.help.empty()) fmt::format_to(std::back_inserter(out), "      = help: {}\n", tr(d.help));
  for (const Note& note : d.notes) {
    fmt::format_to(std::back_inserter(out), "{}: {}: {}\n", location(note.loc),
                   fmt::format(severity_style(Severity::note, color), "note"), tr(note.message));
    quote_source(out, note.loc, color);
  }
}

nlohmann::ordered_json loc_json(const SourceLoc& loc) {
  return {{"file", loc.file ? loc.file->path() : ""},
          {"line", loc.line},
          {"column", loc.col},
          {"length", loc.len}};
}

// GitHub's workflow-command escaping: data escapes %, CR and LF; properties also : and ,.
std::string github_escape(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string finding_counts(std::size_t errors, std::size_t warnings) {
  return tr(message("{}, {}", tr_count("{} error", "{} errors", errors),
                    tr_count("{} warning", "{} warnings", warnings)));
}

std::string render_diagnostics_text(const Diagnostics& diags, bool color) {
  std::string out;
  for (const Diagnostic& d : diags.all()) render_one(out, d, color);
  if (diags.error_count() + diags.warning_count() > 0) {
    out += finding_counts(diags.error_count(), diags.warning_count());
    out += '\n';
  }
  return out;
}

std::string render_diagnostics_json(const Diagnostics& diags) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diags.all()) {
    nlohmann::ordered_json item = loc_json(d.loc);
    item["severity"] = severity_name(d.severity);
    item["rule"] = d.rule;
    item["message"] = tr(d.message);
    item["help"] =
        d.help.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(tr(d.help));
    item["notes"] = nlohmann::ordered_json::array();
    for (const Note& note : d.notes) {
      nlohmann::ordered_json n = loc_json(note.loc);
      n["message"] = tr(note.message);
      item["notes"].push_back(std::move(n));
    }
    list.push_back(std::move(item));
  }
  nlohmann::ordered_json doc = {{"diagnostics", std::move(list)},
                                {"errors", diags.error_count()},
                                {"warnings", diags.warning_count()}};
  return json_text(doc);
}

std::string render_diagnostics_github(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.all()) {
    std::string_view command = d.severity == Severity::error     ? "error"
                               : d.severity == Severity::warning ? "warning"
                                                                 : "notice";
    std::string message = tr(d.message);
    if (!d.help.empty()) message += "\nhelp: " + tr(d.help);
    fmt::format_to(std::back_inserter(out), "::{} ", command);
    if (d.loc.file) {
      fmt::format_to(std::back_inserter(out), "file={}", github_escape(d.loc.file->path(), true));
      if (d.loc.line > 0) {
        fmt::format_to(std::back_inserter(out), ",line={},col={}", d.loc.line, d.loc.col);
      }
      out += ',';
    }
    fmt::format_to(std::back_inserter(out), "title={}::{}\n", github_escape(d.rule, true),
                   github_escape(message, false));
  }
  return out;
}

}  // namespace plancheck
