// SPDX-License-Identifier: MIT
#include "core/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>

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

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    YamlNode node;
    node.loc = loc_of(file_, mark);
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    diags_.error(loc_of(file_, mark), "yaml-alias", "aliases are not allowed in plan files").help =
        "write the value out where it is used";
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
      diags_.error(key.loc, "yaml-key", "mapping keys must be plain strings");
      return;
    }
    auto [it, inserted] = map.keys.emplace(key.value, key.loc);
    if (!inserted) {
      diags_.error(key.loc, "duplicate-key", "duplicate key '{}'", key.value)
          .notes.push_back(Note{it->second, "first defined here"});
    }
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) {
      diags_.error(loc_of(file_, mark), "yaml-anchor", "anchors are not allowed in plan files")
          .help = "write the value out where it is used";
    }
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag != "?" && tag != "!" && !tag.empty()) {
      diags_.error(loc_of(file_, mark), "yaml-tag",
                   "tags are not allowed in plan files (found '{}')", tag);
    }
  }

  const SourceFile& file_;
  Diagnostics& diags_;
  std::vector<Frame> stack_;
  std::optional<YamlNode> root_;
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

}  // namespace

std::optional<YamlNode> parse_yaml(const SourceFile& file, Diagnostics& diags) {
  if (auto bad = find_invalid_utf8(file.text())) {
    auto [line, byte_column] = file.line_and_byte_column(*bad);
    SourceLoc loc{&file, line, file.char_column(line, byte_column), 1};
    diags
        .error(loc, "utf8-invalid", "invalid UTF-8 (byte 0x{:02X})",
               static_cast<unsigned char>(file.text()[*bad]))
        .help = "plan files are UTF-8; convert the file (iconv -f GB18030 -t UTF-8)";
    return std::nullopt;
  }
  if (auto nul = file.text().find('\0'); nul != std::string::npos) {
    auto [line, byte_column] = file.line_and_byte_column(nul);
    diags.error(SourceLoc{&file, line, file.char_column(line, byte_column), 1}, "nul-byte",
                "NUL byte in a text file");
    return std::nullopt;
  }
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
  } catch (const NestingTooDeep& e) {
    diags.error(loc_of(file, e.mark), "yaml-depth", "nesting too deep (more than {} levels)",
                kMaxYamlDepth);
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    diags.append(std::move(tree_diags));
    diags.error(loc_of(file, e.mark), "yaml-syntax", "invalid YAML: {}", describe(e)).help =
        syntax_help(describe(e));
    return std::nullopt;
  }
  bool aliased = std::any_of(tree_diags.all().begin(), tree_diags.all().end(),
                             [](const Diagnostic& d) { return d.rule == "yaml-alias"; });
  diags.append(std::move(tree_diags));
  // An alias stands for a value we do not expand; converting the tree would only add
  // errors about the hole it leaves.
  if (aliased) return std::nullopt;
  // A file with no document at all (empty, or only comments) is an empty document.
  std::optional<YamlNode> root = builder.take_root();
  if (!root) {
    root.emplace();
    root->loc = SourceLoc{&file, 1, 1, 0};
  }
  return root;
}

}  // namespace plancheck
