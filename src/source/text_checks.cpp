// SPDX-License-Identifier: MIT
#include "source/text_checks.h"

#include <string_view>

#include "text/utf8.h"

namespace plancheck {
namespace {

using namespace std::literals;

// U+001B: how a character is named, the same in every language.
std::string code_point(unsigned code) { return fmt::format("U+{:04X}", code); }

SourceLoc loc_at(const SourceFile& file, std::size_t offset) {
  auto [line, byte_column] = file.line_and_byte_column(offset);
  return SourceLoc{&file, line, file.char_column(line, byte_column), 1};
}

// The encoding the bytes are in when it is not UTF-8, judged by a byte order mark or by
// the NUL bytes ASCII text has in UTF-16 and UTF-32; empty when it looks like UTF-8.
std::string_view other_encoding(std::string_view text) {
  if (text.starts_with("\xFF\xFE\0\0"sv)) return "UTF-32LE";
  if (text.starts_with("\0\0\xFE\xFF"sv)) return "UTF-32BE";
  if (text.starts_with("\xFF\xFE"sv)) return "UTF-16LE";
  if (text.starts_with("\xFE\xFF"sv)) return "UTF-16BE";
  if (text.size() < 4) return {};
  bool nul[4] = {text[0] == '\0', text[1] == '\0', text[2] == '\0', text[3] == '\0'};
  if (!nul[0] && nul[1] && nul[2] && nul[3]) return "UTF-32LE";
  if (nul[0] && nul[1] && nul[2] && !nul[3]) return "UTF-32BE";
  if (!nul[0] && nul[1] && !nul[2] && nul[3]) return "UTF-16LE";
  if (nul[0] && !nul[1] && nul[2] && !nul[3]) return "UTF-16BE";
  return {};
}

// Decodes the code point at `at` of valid UTF-8 and steps past it.
char32_t next_code_point(std::string_view text, std::size_t& at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(at);
  if (lead < 0x80) return ++at, lead;
  int trail = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
  char32_t cp = lead & (0x3F >> trail);
  for (int i = 1; i <= trail; ++i) cp = (cp << 6) | (byte(at + i) & 0x3F);
  at += static_cast<std::size_t>(trail) + 1;
  return cp;
}

// A character no plan file needs and an editor may not show, or that reorders what is
// shown (Trojan Source): what is wrong with it and what to do.
struct OddChar {
  const Rule* rule;
  Message said;
  Message help;
};

std::optional<OddChar> odd_char(char32_t cp) {
  if (cp == U'\t' || cp == U'\n') return std::nullopt;
  auto code = static_cast<unsigned>(cp);
  Message printable = message("delete it; plan files hold printable text");
  if (cp == U'\r') {
    return OddChar{&rules::line_ending, message("carriage return (CR) without a line feed"),
                   message("save the file with LF (Unix) or CRLF (Windows) line endings")};
  }
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
    return OddChar{&rules::control_char,
                   message("control character {} in a text file", code_point(code)), printable};
  }
  if (cp == 0xFEFF) {
    return OddChar{&rules::bom_inside, message("byte order mark (U+FEFF) inside the file"),
                   message("a byte order mark may only start a file; delete this one")};
  }
  if (cp == 0x2028 || cp == 0x2029) {
    return OddChar{&rules::line_ending,
                   message("Unicode {} separator {} in a text file",
                           cp == 0x2028 ? term("line") : term("paragraph"), code_point(code)),
                   message("use an ordinary line break")};
  }
  if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
    return OddChar{&rules::control_char,
                   message("noncharacter {} in a text file", code_point(code)), printable};
  }
  if (cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2066 && cp <= 0x2069)) {
    return OddChar{&rules::bidi_control,
                   message("bidirectional control {} in a text file", code_point(code)),
                   message("it makes text show in another order than it is read; delete it")};
  }
  return std::nullopt;
}

Diagnostic* report_odd_char(const SourceFile& file, std::size_t at, char32_t cp,
                            Diagnostics& diags) {
  std::string_view text = file.text();
  if (cp == U'\r' && at + 1 < text.size() && text[at + 1] == '\n') return nullptr;
  auto odd = odd_char(cp);
  if (!odd) return nullptr;
  Diagnostic& d = diags.add(loc_at(file, at), *odd->rule, std::move(odd->said));
  d.help = std::move(odd->help);
  return &d;
}

// What the escape at `text[at]` (a backslash in a double-quoted scalar) writes, and how
// many bytes it takes; nothing for an escaped line break, which writes nothing.
std::pair<std::optional<char32_t>, std::size_t> escape_at(std::string_view text, std::size_t at) {
  if (at + 1 >= text.size()) return {std::nullopt, 1};
  static const std::pair<char, char32_t> simple[] = {
      {'0', 0},   {'a', 7},     {'b', 8},    {'t', 9},    {'\t', 9},     {'n', 10},
      {'v', 11},  {'f', 12},    {'r', 13},   {'e', 27},   {' ', 32},     {'"', '"'},
      {'/', '/'}, {'\\', '\\'}, {'N', 0x85}, {'_', 0xA0}, {'L', 0x2028}, {'P', 0x2029}};
  char c = text[at + 1];
  for (auto [letter, cp] : simple) {
    if (c == letter) return {cp, 2};
  }
  std::size_t digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
  if (digits == 0 || at + 2 + digits > text.size()) return {std::nullopt, 2};
  char32_t cp = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    char h = text[at + 2 + i];
    int v = h >= '0' && h <= '9'   ? h - '0'
            : h >= 'a' && h <= 'f' ? h - 'a' + 10
            : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                   : -1;
    if (v < 0) return {std::nullopt, 2};
    cp = cp * 16 + static_cast<char32_t>(v);
  }
  return {cp, 2 + digits};
}

bool is_quote(char c) { return c == '"' || c == '\''; }

// The byte offset of the quote that closes the scalar opened at `open`, or npos.
std::size_t closing_quote(std::string_view text, std::size_t open) {
  char quote = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;  // an escape: the next character is never the closing quote
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' is a quote inside single quotes
      } else {
        return i;
      }
    }
  }
  return std::string_view::npos;
}

// `  - id:` or `text:` (plan keys are ASCII identifiers), with nothing or a space after.
bool reads_like_key(std::string_view line) {
  std::size_t i = 0;
  auto skip_spaces = [&] {
    while (i < line.size() && line[i] == ' ') ++i;
  };
  skip_spaces();
  if (i < line.size() && line[i] == '-') {
    if (++i < line.size() && line[i] != ' ') return false;
    skip_spaces();
  }
  std::size_t start = i;
  auto identifier = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  };
  while (i < line.size() && identifier(line[i])) ++i;
  if (i == start || (line[start] >= '0' && line[start] <= '9')) return false;
  if (i == line.size() || line[i] != ':') return false;
  return i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\r';
}

// The byte column of a quote that opens a block value on this line: `key: "`, `- "`.
std::optional<std::size_t> opening_quote(std::string_view line) {
  std::size_t i = line.find_first_not_of(' ');
  while (i != std::string_view::npos && line[i] == '-' &&
         (i + 1 == line.size() || line[i + 1] == ' ')) {
    i = line.find_first_not_of(' ', i + 1);
  }
  if (i == std::string_view::npos || line[i] == '#') return std::nullopt;
  if (is_quote(line[i])) return i;
  std::size_t colon = line.find(": ", i);
  if (colon == std::string_view::npos) return std::nullopt;
  std::size_t value = line.find_first_not_of(' ', colon + 2);
  if (value != std::string_view::npos && is_quote(line[value])) return value;
  return std::nullopt;
}

}  // namespace

Message value_problem(std::string_view value) {
  if (find_invalid_utf8(value)) return message("'{}' is not valid UTF-8", value);
  for (char32_t cp : to_u32(value)) {
    if (auto odd = odd_char(cp)) return std::move(odd->said);
  }
  return {};
}

bool check_text(const SourceFile& file, Diagnostics& diags) {
  std::string_view text = file.text();
  if (std::string_view encoding = other_encoding(text); !encoding.empty()) {
    diags.report(whole_file(&file), rules::utf8_invalid, "file is {}, not UTF-8", encoding).help =
        message("plan files are UTF-8; convert the file (iconv -f {} -t UTF-8)", encoding);
    return false;
  }
  if (auto bad = find_invalid_utf8(text)) {
    diags
        .report(loc_at(file, *bad), rules::utf8_invalid, "invalid UTF-8 (byte {})",
                fmt::format("0x{:02X}", static_cast<unsigned char>(text[*bad])))
        .help = message("plan files are UTF-8; convert the file (iconv -f GB18030 -t UTF-8)");
    return false;
  }
  if (auto nul = text.find('\0'); nul != std::string_view::npos) {
    diags.report(loc_at(file, nul), rules::nul_byte, "NUL byte in a text file");
    return false;
  }
  for (std::size_t at = 0; at < text.size();) {
    std::size_t here = at;
    char32_t cp = next_code_point(text, at);
    if ((cp < 0x20 || cp >= 0x7F) && report_odd_char(file, here, cp, diags)) return false;
  }
  return true;
}

void check_escapes(const SourceFile& file, std::size_t open, Diagnostics& diags) {
  std::string_view text = file.text();
  std::size_t close = closing_quote(text, open);
  if (close == std::string_view::npos) close = text.size();
  // Searched up to the closing quote only: a file of many strings and no backslash would
  // otherwise be read to its end once per string.
  std::string_view quoted = text.substr(0, close);
  for (std::size_t at = quoted.find('\\', open); at != std::string_view::npos;
       at = quoted.find('\\', at)) {
    auto [written, length] = escape_at(text, at);
    if (written) {
      if (auto odd = odd_char(*written)) {
        SourceLoc loc = loc_at(file, at);
        loc.len = static_cast<std::uint32_t>(length);
        Diagnostic& d = diags.add(loc, *odd->rule,
                                  message("the escape '{}' writes a character a plan file may not "
                                          "hold: {}",
                                          text.substr(at, length), odd->said));
        d.help = std::move(odd->help);
      }
    }
    at += length;
  }
}

std::optional<UnclosedQuote> swallows_keys(const SourceFile& file, std::size_t open) {
  std::string_view text = file.text();
  if (open >= text.size() || !is_quote(text[open])) return std::nullopt;
  // The parser ends a string the file ends inside with an error of its own.
  std::size_t end = std::min(closing_quote(text, open), text.size());
  std::size_t line_end = text.find('\n', open);
  for (std::size_t at = line_end; at < end; at = text.find('\n', at)) {
    ++at;  // past the line feed
    std::size_t stop = std::min(text.find('\n', at), end);
    if (reads_like_key(text.substr(at, stop - at))) {
      return UnclosedQuote{open, file.line_and_byte_column(at).first};
    }
  }
  if (end == text.size()) return UnclosedQuote{open, 0};
  return std::nullopt;
}

std::optional<UnclosedQuote> find_unclosed_quote(const SourceFile& file, std::uint32_t line) {
  std::string_view text = file.text();
  line = std::min<std::uint32_t>(line, static_cast<std::uint32_t>(file.line_count()));
  for (std::uint32_t at = 1; at <= line; ++at) {
    std::string_view this_line = file.line(at);
    auto column = opening_quote(this_line);
    if (!column) continue;
    std::size_t open = static_cast<std::size_t>(this_line.data() - text.data()) + *column;
    if (auto found = swallows_keys(file, open)) return found;
    // The lines inside a string that spans lines start no value of their own.
    std::size_t close = closing_quote(text, open);
    if (close == std::string_view::npos) break;
    at = std::max(at, file.line_and_byte_column(close).first);
  }
  return std::nullopt;
}

void report_unclosed_quote(const SourceFile& file, const UnclosedQuote& quote, Diagnostics& diags) {
  char mark = file.text()[quote.open];
  if (quote.swallowed_line == 0) {
    diags
        .report(loc_at(file, quote.open), rules::yaml_quote,
                "a quoted string starting here is never closed")
        .help = message("add the closing {} where the string ends", mark);
    return;
  }
  diags
      .report(loc_at(file, quote.open), rules::yaml_quote,
              "a quoted string starting here is not closed on its line")
      .help =
      message("add the closing {} on this line; as written, the string runs on over line {}", mark,
              quote.swallowed_line);
}

}  // namespace plancheck
