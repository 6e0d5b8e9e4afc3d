// SPDX-License-Identifier: MIT
#include "render/diagnostics_render.h"

#include <fmt/color.h>

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

#include "i18n/catalogue.h"
#include "render/json_text.h"
#include "render/printable.h"
#include "text/utf8.h"

namespace plancheck {
namespace {

std::string location(const SourceLoc& loc) {
  if (!loc.file) return "plancheck";
  std::string path = printable(loc.file->path(), false);
  if (loc.line == 0) return path;
  return fmt::format("{}:{}:{}", path, loc.line, loc.col);
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
  std::string raw(loc.file->line(loc.line));
  for (char& c : raw) {
    if (c == '\t') c = ' ';  // one cell, as the caret counts it
  }
  // A control character (a NUL, a stray escape, a bidi override) would end, garble or
  // reorder the terminal line: shown escaped, with the caret measured on what is shown.
  std::size_t prefix_bytes = byte_length_of_chars(raw, loc.col - 1);
  std::string_view rest = std::string_view(raw).substr(prefix_bytes);
  std::size_t marked_bytes = byte_length_of_chars(rest, std::max<std::uint32_t>(loc.len, 1));
  std::string before = printable(std::string_view(raw).substr(0, prefix_bytes), false);
  std::string marked = printable(rest.substr(0, marked_bytes), false);
  std::string line = before + marked + printable(rest.substr(marked_bytes), false);
  std::string gutter = std::to_string(loc.line);
  std::size_t indent = display_width(before);
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
                 printable(tr(d.message), false));
  if (!d.rule.empty()) fmt::format_to(std::back_inserter(out), " [{}]", d.rule);
  out += '\n';
  quote_source(out, d.loc, color);
  if (!d.help.empty()) {
    fmt::format_to(std::back_inserter(out), "      = help: {}\n", printable(tr(d.help), false));
  }
  for (const Note& note : d.notes) {
    fmt::format_to(std::back_inserter(out), "{}: {}: {}\n", location(note.loc),
                   fmt::format(severity_style(Severity::note, color), "note"),
                   printable(tr(note.message), false));
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
    std::string message = printable(tr(d.message), false);
    if (!d.help.empty()) message += "\nhelp: " + printable(tr(d.help), false);
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
