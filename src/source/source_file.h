// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

/// One input file, kept so diagnostics can quote its lines.
class SourceFile {
 public:
  /// `text` is stored without a leading UTF-8 byte order mark.
  SourceFile(std::string path, std::string text);
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  const std::string& path() const { return path_; }
  /// A hash of the bytes as read (32 hex digits), kept when the text is released: what
  /// the parse cache files its entries under.
  const std::string& content_key() const { return content_key_; }
  /// The whole text; empty after release_text.
  const std::string& text() const { return text_; }
  /// Whether the file began with a UTF-8 byte order mark, which text() leaves out: a
  /// writer that appends puts it back.
  bool had_bom() const { return had_bom_; }
  std::size_t line_count() const { return line_starts_.size(); }

  /// Frees the text once the file has been read into the model, which holds all of it
  /// again: a plan of a thousand files would otherwise keep every byte twice. The lines
  /// in `keep` (those its findings quote) stay; any other line is read back from the
  /// file at `origin` the first time one is asked for, and nothing is quoted if the file
  /// has changed since. Returns the text's buffer, for the caller to read the next file
  /// into: fresh memory costs a page fault per 4 KB, 75 MB of them at province scale.
  std::string release_text(std::filesystem::path origin, std::vector<std::uint32_t> keep = {});

  /// The 1-based line, without its line ending.
  std::string_view line(std::uint32_t line) const;
  /// Character (code point) column, 1-based, of a 0-based byte column on a 1-based line.
  std::uint32_t char_column(std::uint32_t line, std::uint32_t byte_column) const;
  /// 1-based line and byte column of a byte offset into the text.
  std::pair<std::uint32_t, std::uint32_t> line_and_byte_column(std::size_t offset) const;

 private:
  void read_again() const;

  std::string path_;
  mutable std::string text_;
  bool had_bom_ = false;
  std::string content_key_;
  std::vector<std::uint32_t> line_starts_;
  std::vector<std::pair<std::uint32_t, std::string>> kept_lines_;  ///< by line, once released
  std::filesystem::path origin_;  ///< set while the text is released
  mutable std::mutex reading_;
  mutable bool reread_ = false;
};

/// A place in a source file. Line and column are 1-based; the column and length count
/// characters, not bytes. line == 0 means the file as a whole.
struct SourceLoc {
  const SourceFile* file = nullptr;
  std::uint32_t line = 0;
  std::uint32_t col = 0;
  std::uint32_t len = 0;
};

/// The file as a whole, for a finding about all of it ("file is UTF-16, not UTF-8").
inline SourceLoc whole_file(const SourceFile* file) { return SourceLoc{file, 0, 0, 0}; }
/// Where a file starts: line 1, column 1.
inline SourceLoc file_start(const SourceFile* file) { return SourceLoc{file, 1, 1, 0}; }

/// A string value and where it was written.
struct Text {
  std::string value;
  SourceLoc loc;
};

}  // namespace plancheck
