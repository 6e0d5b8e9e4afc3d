// SPDX-License-Identifier: MIT
#include "yaml/yaml_tree.h"

#include <yaml.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "source/first_seen.h"
#include "source/text_checks.h"
#include "text/utf8.h"

namespace plancheck {
namespace {

// libyaml counts lines and columns from 0, and columns in characters, as we do from 1.
SourceLoc loc_of(const SourceFile& file, const yaml_mark_t& mark) {
  auto line = static_cast<std::uint32_t>(mark.line + 1);
  if (line > file.line_count()) {
    line = static_cast<std::uint32_t>(std::max<std::size_t>(file.line_count(), 1));
    return SourceLoc{&file, line, file.char_column(line, ~0u), 1};
  }
  auto chars_on_line = static_cast<std::uint32_t>(count_chars(file.line(line)));
  auto col = static_cast<std::uint32_t>(std::min<std::size_t>(mark.column, chars_on_line)) + 1;
  return SourceLoc{&file, line, col, 1};
}

// The byte offset in the file of a position libyaml gives.
std::size_t byte_offset(const SourceFile& file, const SourceLoc& loc) {
  std::string_view line = file.line(loc.line);
  return static_cast<std::size_t>(line.data() - file.text().data()) +
         byte_length_of_chars(line, loc.col - 1);
}

// How many characters the scalar takes on its line, so the caret underlines all of it.
std::uint32_t scalar_length(const SourceFile& file, const SourceLoc& loc, std::string_view value) {
  std::string_view line = file.line(loc.line);
  std::string_view rest = line.substr(byte_length_of_chars(line, loc.col - 1));
  if (rest.starts_with(value) && !value.empty()) return count_chars(value);
  if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'')) {
    std::size_t close = rest.find(rest[0], 1);
    if (close != std::string_view::npos) return count_chars(rest.substr(0, close + 1));
  }
  return std::max<std::uint32_t>(1, static_cast<std::uint32_t>(count_chars(rest)));
}

// YAML's null written plainly: nothing at all (`key:`), `~`, or null in one of its cases.
bool is_null(std::string_view plain) {
  return plain.empty() || plain == "~" || plain == "null" || plain == "Null" || plain == "NULL";
}

std::string_view text_of(const yaml_char_t* text) {
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

// libyaml's parser and event, released however a parse ends.
struct Parser {
  yaml_parser_t state;
  explicit Parser(std::string_view text) {
    yaml_parser_initialize(&state);
    yaml_parser_set_input_string(&state, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
  }
  ~Parser() { yaml_parser_delete(&state); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
};
struct Event {
  yaml_event_t event{};
  ~Event() { yaml_event_delete(&event); }
};

class TreeBuilder {
 public:
  TreeBuilder(const SourceFile& file, Diagnostics& diags) : file_(file), diags_(diags) {}

  std::optional<YamlNode> take_root() { return std::move(root_); }
  bool done() const { return root_.has_value(); }
  /// Where nesting went past kMaxYamlDepth, if it did: the tree is then abandoned.
  const std::optional<SourceLoc>& too_deep() const { return too_deep_; }

  /// Says how many of each repeated finding were counted but not shown.
  void report_repeats() {
    static const std::pair<const Rule*, Term> kinds[] = {{&rules::yaml_anchor, term("anchors")},
                                                         {&rules::yaml_alias, term("aliases")},
                                                         {&rules::yaml_tag, term("tags")}};
    for (auto [rule, plural] : kinds) {
      std::size_t count = repeats_[rule];
      if (count <= kMaxRepeats) continue;
      diags_.report(whole_file(&file_), *rule, "{} more {} in this file are not shown",
                    count - kMaxRepeats, plural);
    }
  }

  /// Takes one event of a document's content.
  void take(const yaml_event_t& event) {
    SourceLoc loc = loc_of(file_, event.start_mark);
    switch (event.type) {
      case YAML_SCALAR_EVENT:
        scalar(loc, event.data.scalar);
        break;
      case YAML_ALIAS_EVENT:
        if (!repeated(rules::yaml_alias)) {
          diags_.report(loc, rules::yaml_alias, "aliases are not allowed in plan files").help =
              message("write the value out where it is used");
        }
        alias(loc);
        break;
      case YAML_SEQUENCE_START_EVENT:
        open(loc, event.data.sequence_start.anchor, event.data.sequence_start.tag,
             YamlNode::Kind::sequence);
        break;
      case YAML_MAPPING_START_EVENT:
        open(loc, event.data.mapping_start.anchor, event.data.mapping_start.tag,
             YamlNode::Kind::mapping);
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        close();
        break;
      default:
        break;
    }
  }

 private:
  struct Frame {
    YamlNode node;
    FirstSeen keys;  // mappings only
  };

  void scalar(const SourceLoc& at, const auto& data) {
    check_anchor(at, data.anchor);
    check_tag(at, data.tag);
    std::string_view value(reinterpret_cast<const char*>(data.value), data.length);
    YamlNode node;
    node.loc = at;
    if (data.style == YAML_PLAIN_SCALAR_STYLE && !data.tag && is_null(value)) {
      add(std::move(node));
      return;
    }
    node.kind = YamlNode::Kind::scalar;
    node.plain = data.style == YAML_PLAIN_SCALAR_STYLE && !data.tag;
    node.loc.len = scalar_length(file_, node.loc, value);
    node.value = value;
    if (data.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
        data.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE) {
      check_closed(at);
    }
    // Only a double-quoted scalar has escapes: elsewhere the value is the text as written,
    // which check_text has read.
    if (data.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE) {
      check_escapes(file_, byte_offset(file_, at), diags_);
    }
    add(std::move(node));
  }

  // An alias stands in as a null node, so the tree keeps its shape for the checks that run.
  void alias(const SourceLoc& at) {
    YamlNode node;
    node.loc = at;
    add(std::move(node));
  }

  void open(const SourceLoc& at, const yaml_char_t* anchor, const yaml_char_t* tag,
            YamlNode::Kind kind) {
    if (stack_.size() >= kMaxYamlDepth) {
      if (!too_deep_) too_deep_ = at;
      return;
    }
    check_anchor(at, anchor);
    check_tag(at, tag);
    Frame frame;
    frame.node.kind = kind;
    frame.node.loc = at;
    stack_.push_back(std::move(frame));
  }

  void close() {
    if (too_deep_) return;
    YamlNode node = std::move(stack_.back().node);
    stack_.pop_back();
    add(std::move(node));
  }

  void add(YamlNode node) {
    if (too_deep_) return;
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    Frame& top = stack_.back();
    bool is_key = top.node.kind == YamlNode::Kind::mapping && top.node.children.size() % 2 == 0;
    if (is_key) check_key(top, node);
    top.node.children.push_back(std::move(node));
  }

  void check_key(Frame& map, const YamlNode& key) {
    if (key.kind != YamlNode::Kind::scalar) {
      diags_.report(key.loc, rules::yaml_key, "mapping keys must be plain strings, got {}",
                    key.kind == YamlNode::Kind::null       ? term("null")
                    : key.kind == YamlNode::Kind::sequence ? term("a list")
                                                           : term("a mapping"));
      return;
    }
    if (key.plain && key.value == "<<") {
      diags_.report(key.loc, rules::yaml_merge, "merge keys ('<<') are not allowed in plan files")
          .help = message("write the keys out in this mapping");
      return;
    }
    if (const SourceLoc* first = map.keys.earlier(key.value, key.loc)) {
      diags_.report(key.loc, rules::duplicate_key, "duplicate key '{}'", key.value)
          .notes.push_back(Note{*first, message("first defined here")});
    }
  }

  // One YAML feature used thousands of times (10,000 aliases on one line) is one mistake:
  // the first few are shown, the rest counted, so the report stays readable and small.
  static constexpr std::size_t kMaxRepeats = 20;
  bool repeated(const Rule& rule) { return ++repeats_[&rule] > kMaxRepeats; }

  void check_anchor(const SourceLoc& at, const yaml_char_t* anchor) {
    if (anchor && !repeated(rules::yaml_anchor)) {
      diags_.report(at, rules::yaml_anchor, "anchors are not allowed in plan files").help =
          message("write the value out where it is used");
    }
  }

  void check_tag(const SourceLoc& at, const yaml_char_t* tag) {
    // "!" is the non-specific tag, which only says "a string"; any other tag names a type.
    std::string_view name = text_of(tag);
    if (!name.empty() && name != "!" && !repeated(rules::yaml_tag)) {
      diags_.report(at, rules::yaml_tag, "tags are not allowed in plan files (found '{}')", name);
    }
  }

  // A quoted scalar that runs over `key:` lines lost its closing quote: the parser reads
  // on to the next quote, and the keys it swallowed would be reported as missing.
  void check_closed(const SourceLoc& at) {
    if (at.line > file_.line_count()) return;
    if (auto quote = swallows_keys(file_, byte_offset(file_, at))) {
      report_unclosed_quote(file_, *quote, diags_);
    }
  }

  const SourceFile& file_;
  Diagnostics& diags_;
  std::vector<Frame> stack_;
  std::optional<YamlNode> root_;
  std::optional<SourceLoc> too_deep_;
  std::unordered_map<const Rule*, std::size_t> repeats_;
};

// libyaml's messages name what it was parsing; say what a person most likely did.
// What libyaml says went wrong, said in words the catalogue has, with a hint where one
// helps. A problem not listed here is shown as libyaml words it.
struct SyntaxProblem {
  std::string_view libyaml;
  Message said;
  Message help;
};

const SyntaxProblem* known_problem(std::string_view problem) {
  static const SyntaxProblem problems[] = {
      {"did not find expected key", message("did not find expected key"),
       message("check this line's indentation against the lines above; indent with spaces, "
               "not tabs")},
      {"did not find expected '-' indicator", message("did not find expected '-' indicator"),
       message("check this line's indentation against the list above; indent with spaces, "
               "not tabs")},
      {"did not find expected ',' or ']'", message("did not find expected ',' or ']'"),
       message("a '[' list is not closed with ']' before this point")},
      {"did not find expected ',' or '}'", message("did not find expected ',' or '}}'"),
       message("a '{{' mapping is not closed with '}}' before this point")},
      {"mapping values are not allowed in this context",
       message("mapping values are not allowed in this context"),
       message("a value containing ': ' must be quoted")},
      {"found unknown escape character", message("found unknown escape character"),
       message("in double quotes, write a backslash as \\\\")},
      {"found unexpected end of stream", message("found unexpected end of stream"),
       message("a quoted value is not closed")},
      {"could not find expected ':'", message("could not find expected ':'"),
       message("write each entry of a mapping as 'key: value'")},
      {"block sequence entries are not allowed in this context",
       message("block sequence entries are not allowed in this context"),
       message("a '- ' item must start its own line, indented under its key")},
      {"found character that cannot start any token",
       message("found character that cannot start any token"),
       {}},
      {"did not find expected node content", message("did not find expected node content"), {}},
      {"did not find expected <document start>",
       message("did not find expected <document start>"),
       {}},
      {"found unexpected ':'", message("found unexpected ':'"), {}},
      {"found a tab character that violates indentation",
       message("found a tab character that violates indentation"),
       message("indent with spaces, not tabs")},
      {"found a tab character where an indentation space is expected",
       message("found a tab character where an indentation space is expected"),
       message("indent with spaces, not tabs")},
      {"found unexpected document indicator", message("found unexpected document indicator"),
       message("a line of '---' or '...' inside a value must be quoted")},
      {"did not find expected comment or line break",
       message("did not find expected comment or line break"),
       {}},
      {"found undefined tag handle", message("found undefined tag handle"), {}},
      {"control characters are not allowed", message("control characters are not allowed"), {}},
  };
  for (const SyntaxProblem& known : problems) {
    if (problem == known.libyaml) return &known;
  }
  return nullptr;
}

Message syntax_help(std::string_view problem, std::string_view at) {
  if (problem == "found character that cannot start any token") {
    if (at.starts_with('\t')) return message("indent with spaces, not tabs");
    if (at.starts_with('@') || at.starts_with('`') || at.starts_with('%')) {
      return message("a value starting with '{}' must be quoted", at.front());
    }
  }
  const SyntaxProblem* known = known_problem(problem);
  return known ? known->help : Message();
}

// What the place libyaml names as the context of an error is, said as a note.
Message context_note(std::string_view context) {
  static const std::pair<std::string_view, Message> notes[] = {
      {"while parsing a block mapping",
       message("the mapping this line should belong to starts here")},
      {"while parsing a block collection",
       message("the list this line should belong to starts here")},
      {"while parsing a flow sequence", message("the '[' list opens here")},
      {"while parsing a flow mapping", message("the '{{' mapping opens here")},
      {"while scanning a simple key", message("the key starts here")},
      {"while scanning a quoted scalar", message("the quoted value starts here")},
  };
  for (const auto& [needle, note] : notes) {
    if (context == needle) return note;
  }
  return {};
}

bool has_rule(const Diagnostics& diags, const Rule& rule) {
  return std::any_of(diags.all().begin(), diags.all().end(),
                     [&](const Diagnostic& d) { return d.rule == rule.id; });
}

// A key longer than YAML allows (1024 characters) stops libyaml at its start, as no ':'
// can follow a key that long; the key is what to show.
bool is_long_key(const SourceFile& file, const SourceLoc& start) {
  std::string_view line = file.line(start.line);
  std::string_view rest = line.substr(byte_length_of_chars(line, start.col - 1));
  std::size_t colon = rest.find(": ");
  if (colon == std::string_view::npos && rest.ends_with(':')) colon = rest.size() - 1;
  return colon != std::string_view::npos && count_chars(rest.substr(0, colon)) > 1024;
}

void report_syntax_error(const SourceFile& file, const yaml_parser_t& parser, Diagnostics& diags) {
  // A string that lost its closing quote makes the parser fail somewhere after it, on
  // lines that are fine: the missing quote is the mistake to show.
  if (has_rule(diags, rules::yaml_quote)) return;
  SourceLoc at = loc_of(file, parser.problem_mark);
  if (auto quote = find_unclosed_quote(file, at.line)) {
    report_unclosed_quote(file, *quote, diags);
    return;
  }
  std::string_view problem = parser.problem ? parser.problem : "unknown error";
  std::string_view context = parser.context ? parser.context : "";
  SourceLoc context_at = loc_of(file, parser.context_mark);
  if (problem == "could not find expected ':'" && is_long_key(file, context_at)) {
    diags
        .report(context_at, rules::yaml_syntax,
                "invalid YAML: a key is longer than 1024 characters")
        .help = message("YAML allows a key at most 1024 characters; shorten it");
    return;
  }
  std::string_view rest = file.line(at.line).substr(
      std::min(file.line(at.line).size(), byte_length_of_chars(file.line(at.line), at.col - 1)));
  // libyaml names a tab only as a character that cannot start a token.
  bool tab = problem == "found character that cannot start any token" && rest.starts_with('\t');
  const SyntaxProblem* known = known_problem(problem);
  Message said = tab     ? message("a tab where YAML expects spaces")
                 : known ? known->said
                         : verbatim(std::string(problem));
  Diagnostic& error = diags.report(at, rules::yaml_syntax, "invalid YAML: {}", said);
  error.help = syntax_help(problem, rest);
  Message note = context_note(context);
  if (!context.empty() && !note.empty() && context_at.line != at.line) {
    error.notes.push_back(Note{context_at, note});
  }
}

}  // namespace

std::optional<YamlNode> parse_yaml(const SourceFile& file, Diagnostics& diags) {
  if (!check_text(file, diags)) return std::nullopt;
  Parser parser(file.text());
  Diagnostics tree_diags;
  TreeBuilder builder(file, tree_diags);
  int documents = 0;
  for (bool more = true; more;) {
    Event next;
    if (!yaml_parser_parse(&parser.state, &next.event)) {
      builder.report_repeats();
      report_syntax_error(file, parser.state, tree_diags);
      diags.append(std::move(tree_diags));
      return std::nullopt;
    }
    const yaml_event_t& event = next.event;
    switch (event.type) {
      case YAML_STREAM_END_EVENT:
        more = false;
        break;
      case YAML_DOCUMENT_START_EVENT:
        if (++documents == 2) {
          tree_diags.report(loc_of(file, event.start_mark), rules::yaml_documents,
                            "a plan file holds one YAML document");
          more = false;
        }
        break;
      case YAML_STREAM_START_EVENT:
      case YAML_DOCUMENT_END_EVENT:
        break;
      default:
        builder.take(event);
        if (builder.too_deep()) {
          diags.report(*builder.too_deep(), rules::yaml_depth,
                       "nesting too deep (more than {} levels)", kMaxYamlDepth);
          return std::nullopt;
        }
    }
  }
  builder.report_repeats();
  // An alias or a merge key stands for values we do not expand, a tag for a type we do
  // not apply, and an unclosed quote swallowed keys: converting the tree would only add
  // errors about what is missing from it.
  bool unreadable =
      has_rule(tree_diags, rules::yaml_alias) || has_rule(tree_diags, rules::yaml_merge) ||
      has_rule(tree_diags, rules::yaml_tag) || has_rule(tree_diags, rules::yaml_quote);
  diags.append(std::move(tree_diags));
  if (unreadable) return std::nullopt;
  // A file with no document at all (empty, or only comments) is an empty document.
  std::optional<YamlNode> root = builder.take_root();
  if (!root) {
    root.emplace();
    root->loc = SourceLoc{&file, 1, 1, 0};
  }
  return root;
}

}  // namespace plancheck
