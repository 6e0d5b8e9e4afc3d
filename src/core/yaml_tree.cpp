// SPDX-License-Identifier: MIT
#include "core/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>

#include "core/text_checks.h"
#include "core/utf8.h"

namespace plancheck {
namespace {

struct NestingTooDeep {
  YAML::Mark mark;
};

SourceLoc loc_of(const SourceFile& file, const YAML::Mark& mark) {
  if (mark.is_null() || mark.line < 0) return SourceLoc{&file, 0, 0, 0};
  auto line = static_cast<std::uint32_t>(mark.line + 1);
  if (line > file.line_count()) {
    line = static_cast<std::uint32_t>(std::max<std::size_t>(file.line_count(), 1));
    return SourceLoc{&file, line, file.char_column(line, ~0u), 1};
  }
  return SourceLoc{&file, line, file.char_column(line, static_cast<std::uint32_t>(mark.column)), 1};
}

// How many characters the scalar takes on its line, so the caret underlines all of it.
std::uint32_t scalar_length(const SourceFile& file, const SourceLoc& loc,
                            const std::string& value) {
  std::string_view line = file.line(loc.line);
  std::string_view rest = line.substr(byte_length_of_chars(line, loc.col - 1));
  if (rest.starts_with(value) && !value.empty()) return count_chars(value);
  if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'')) {
    std::size_t close = rest.find(rest[0], 1);
    if (close != std::string_view::npos) return count_chars(rest.substr(0, close + 1));
  }
  return std::max<std::uint32_t>(1, static_cast<std::uint32_t>(count_chars(rest)));
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceFile& file, Diagnostics& diags) : file_(file), diags_(diags) {}

  std::optional<YamlNode> take_root() { return std::move(root_); }

  /// Says how many of each repeated finding were counted but not shown.
  void report_repeats() {
    static const std::pair<const char*, const char*> kinds[] = {
        {"yaml-anchor", "anchors"}, {"yaml-alias", "aliases"}, {"yaml-tag", "tags"}};
    for (auto [rule, plural] : kinds) {
      std::size_t count = repeats_[rule];
      if (count <= kMaxRepeats) continue;
      diags_.error(SourceLoc{&file_, 0, 0, 0}, rule, "{} more {} in this file are not shown",
                   count - kMaxRepeats, plural);
    }
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    YamlNode node;
    node.loc = loc_of(file_, mark);
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    if (!repeated("yaml-alias")) {
      diags_.error(loc_of(file_, mark), "yaml-alias", "aliases are not allowed in plan files")
          .help = "write the value out where it is used";
    }
    YamlNode node;
    node.loc = loc_of(file_, mark);
    add(std::move(node));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    YamlNode node;
    node.kind = YamlNode::Kind::scalar;
    node.plain = tag == "?";
    node.loc = loc_of(file_, mark);
    node.loc.len = scalar_length(file_, node.loc, value);
    node.value = value;
    if (!node.plain && !mark.is_null() && mark.line >= 0) check_closed(mark);
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, YamlNode::Kind::sequence);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, YamlNode::Kind::mapping);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    YamlNode node;
    std::unordered_map<std::string, SourceLoc> keys;  // mappings only
  };

  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
            YamlNode::Kind kind) {
    if (stack_.size() >= kMaxYamlDepth) throw NestingTooDeep{mark};
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    Frame frame;
    frame.node.kind = kind;
    frame.node.loc = loc_of(file_, mark);
    stack_.push_back(std::move(frame));
  }

  void close() {
    YamlNode node = std::move(stack_.back().node);
    stack_.pop_back();
    add(std::move(node));
  }

  void add(YamlNode node) {
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
      diags_.error(key.loc, "yaml-key", "mapping keys must be plain strings, got {}",
                   key.kind == YamlNode::Kind::null       ? "null"
                   : key.kind == YamlNode::Kind::sequence ? "a list"
                                                          : "a mapping");
      return;
    }
    if (key.plain && key.value == "<<") {
      diags_.error(key.loc, "yaml-merge", "merge keys ('<<') are not allowed in plan files").help =
          "write the keys out in this mapping";
      return;
    }
    auto [it, inserted] = map.keys.emplace(key.value, key.loc);
    if (!inserted) {
      diags_.error(key.loc, "duplicate-key", "duplicate key '{}'", key.value)
          .notes.push_back(Note{it->second, "first defined here"});
    }
  }

  // One YAML feature used thousands of times (10,000 aliases on one line) is one mistake:
  // the first few are shown, the rest counted, so the report stays readable and small.
  static constexpr std::size_t kMaxRepeats = 20;
  bool repeated(const std::string& rule) { return ++repeats_[rule] > kMaxRepeats; }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor && !repeated("yaml-anchor")) {
      diags_.error(loc_of(file_, mark), "yaml-anchor", "anchors are not allowed in plan files")
          .help = "write the value out where it is used";
    }
  }

  // A quoted scalar that runs over `key:` lines lost its closing quote: yaml-cpp reads
  // on to the next quote, and the keys it swallowed would be reported as missing.
  void check_closed(const YAML::Mark& mark) {
    auto line = static_cast<std::uint32_t>(mark.line + 1);
    if (line > file_.line_count()) return;
    std::string_view text = file_.line(line);
    auto open = static_cast<std::size_t>(text.data() - file_.text().data()) +
                static_cast<std::size_t>(mark.column);
    if (auto quote = swallows_keys(file_, open)) report_unclosed_quote(file_, *quote, diags_);
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag != "?" && tag != "!" && !tag.empty() && !repeated("yaml-tag")) {
      diags_.error(loc_of(file_, mark), "yaml-tag",
                   "tags are not allowed in plan files (found '{}')", tag);
    }
  }

  const SourceFile& file_;
  Diagnostics& diags_;
  std::vector<Frame> stack_;
  std::optional<YamlNode> root_;
  std::unordered_map<std::string, std::size_t> repeats_;
};

// Keeps the message but drops yaml-cpp's own position prefix: ours is in front.
std::string describe(const YAML::Exception& e) { return e.msg.empty() ? e.what() : e.msg; }

// yaml-cpp's messages name parser states; say what a person most likely did.
std::string syntax_help(const std::string& message) {
  static const std::pair<const char*, const char*> hints[] = {
      {"end of map not found",
       "check this line's indentation against the lines above; indent with spaces, not tabs"},
      {"end of sequence not found",
       "check this line's indentation against the list above; indent with spaces, not tabs"},
      {"end of sequence flow not found", "a '[' list is not closed with ']' before this point"},
      {"end of map flow not found", "a '{' mapping is not closed with '}' before this point"},
      {"illegal map value", "a value containing ': ' must be quoted"},
      {"unknown escape character", "in double quotes, write a backslash as \\\\"},
      {"end of string not found", "a quoted value is not closed"},
  };
  for (auto [needle, help] : hints) {
    if (message.find(needle) != std::string::npos) return help;
  }
  return "";
}

// Where a key starts when yaml-cpp stopped at its ':' because it is longer than YAML
// allows a key to be (1024 characters).
std::optional<SourceLoc> long_key(const SourceFile& file, const YAML::Mark& mark) {
  SourceLoc at = loc_of(file, mark);
  std::string_view line = file.line(at.line);
  std::size_t colon = std::min(static_cast<std::size_t>(std::max(mark.column, 0)), line.size());
  std::size_t start = line.find_first_not_of(' ');
  while (start < colon && line[start] == '-' && start + 1 < line.size() && line[start + 1] == ' ') {
    start = line.find_first_not_of(' ', start + 1);
  }
  if (start >= colon || colon - start <= 1024) return std::nullopt;
  return SourceLoc{&file, at.line, file.char_column(at.line, static_cast<std::uint32_t>(start)), 1};
}

bool has_rule(const Diagnostics& diags, std::string_view rule) {
  return std::any_of(diags.all().begin(), diags.all().end(),
                     [&](const Diagnostic& d) { return d.rule == rule; });
}

void report_syntax_error(const SourceFile& file, const YAML::Exception& e, Diagnostics& diags) {
  // A string that lost its closing quote makes yaml-cpp fail somewhere after it, on
  // lines that are fine: the missing quote is the mistake to show.
  if (has_rule(diags, "yaml-quote")) return;
  SourceLoc at = loc_of(file, e.mark);
  if (auto quote = find_unclosed_quote(file, at.line)) {
    report_unclosed_quote(file, *quote, diags);
    return;
  }
  std::string message = describe(e);
  if (message.find("illegal map value") != std::string::npos) {
    if (auto key = long_key(file, e.mark)) {
      diags.error(*key, "yaml-syntax", "invalid YAML: a key is longer than 1024 characters").help =
          "YAML allows a key at most 1024 characters; shorten it";
      return;
    }
  }
  diags.error(at, "yaml-syntax", "invalid YAML: {}", message).help = syntax_help(message);
}

}  // namespace

std::optional<YamlNode> parse_yaml(const SourceFile& file, Diagnostics& diags) {
  if (!check_text(file, diags)) return std::nullopt;
  std::istringstream in(file.text());
  Diagnostics tree_diags;
  TreeBuilder builder(file, tree_diags);
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
    TreeBuilder extra(file, tree_diags);
    std::optional<YamlNode> second;
    if (parser.HandleNextDocument(extra) && (second = extra.take_root())) {
      tree_diags.error(second->loc, "yaml-documents", "a plan file holds one YAML document");
    }
    builder.report_repeats();
  } catch (const NestingTooDeep& e) {
    diags.error(loc_of(file, e.mark), "yaml-depth", "nesting too deep (more than {} levels)",
                kMaxYamlDepth);
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    builder.report_repeats();
    report_syntax_error(file, e, tree_diags);
    diags.append(std::move(tree_diags));
    return std::nullopt;
  }
  // An alias or a merge key stands for values we do not expand, a tag for a type we do
  // not apply, and an unclosed quote swallowed keys: converting the tree would only add
  // errors about what is missing from it.
  bool unreadable = has_rule(tree_diags, "yaml-alias") || has_rule(tree_diags, "yaml-merge") ||
                    has_rule(tree_diags, "yaml-tag") || has_rule(tree_diags, "yaml-quote");
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
