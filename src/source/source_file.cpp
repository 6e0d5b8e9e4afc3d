// SPDX-License-Identifier: MIT
#include "source/source_file.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <limits>

#include "io/read_bytes.h"
#include "text/utf8.h"

namespace plancheck {

namespace {

std::string content_key_of(std::string_view text) {
  const XXH128_hash_t hash = XXH3_128bits(text.data(), text.size());
  return fmt::format("{:016x}{:016x}", hash.high64, hash.low64);
}

}  // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  if (text_.starts_with("\xEF\xBB\xBF")) {
    text_.erase(0, 3);
    had_bom_ = true;
  }
  content_key_ = content_key_of(text_);
  line_starts_.push_back(0);
  // memchr, not a loop over bytes: this runs over every byte of every plan file.
  const char* begin = text_.data();
  const char* end = begin + text_.size();
  for (const char* at = begin; (at = static_cast<const char*>(
                                    std::memchr(at, '\n', static_cast<std::size_t>(end - at))));) {
    ++at;
    line_starts_.push_back(static_cast<std::uint32_t>(at - begin));
  }
  // A final newline does not start another line.
  if (line_starts_.size() > 1 && line_starts_.back() == text_.size()) line_starts_.pop_back();
}

std::string SourceFile::release_text(std::filesystem::path origin,
                                     std::vector<std::uint32_t> keep) {
  std::sort(keep.begin(), keep.end());
  keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
  for (std::uint32_t number : keep) {
    std::string_view kept = line(number);
    if (number > 0 && number <= line_starts_.size()) kept_lines_.emplace_back(number, kept);
  }
  origin_ = std::move(origin);
  std::string buffer = std::move(text_);
  text_ = std::string();
  buffer.clear();
  return buffer;
}

void SourceFile::read_again() const {
  std::lock_guard lock(reading_);
  if (reread_) return;
  reread_ = true;
  std::error_code ec;
  // Anything but the regular file it was (a FIFO put in its place) is not read.
  if (!std::filesystem::is_regular_file(origin_, ec)) return;
  ReadBytes read = read_bytes(origin_, std::numeric_limits<std::size_t>::max() - 1);
  if (read.open_error || read.read_error || read.not_regular) return;
  std::string text = std::move(read.bytes);
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  // The content key knows the file again; the text is not hashed a second time to release it.
  if (content_key_of(text) == content_key_) text_ = std::move(text);
}

std::string_view SourceFile::line(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  if (!origin_.empty()) {
    auto kept =
        std::lower_bound(kept_lines_.begin(), kept_lines_.end(), line,
                         [](const auto& entry, std::uint32_t n) { return entry.first < n; });
    if (kept != kept_lines_.end() && kept->first == line) return kept->second;
    read_again();
  }
  // A file changed since it was read has no lines to quote.
  if (text_.empty()) return {};
  std::size_t begin = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  std::string_view view(text_.data() + begin, end - begin);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

std::uint32_t SourceFile::char_column(std::uint32_t line, std::uint32_t byte_column) const {
  std::string_view text = this->line(line);
  byte_column = std::min<std::uint32_t>(byte_column, static_cast<std::uint32_t>(text.size()));
  return static_cast<std::uint32_t>(count_chars(text.substr(0, byte_column))) + 1;
}

std::pair<std::uint32_t, std::uint32_t> SourceFile::line_and_byte_column(std::size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  return {line, static_cast<std::uint32_t>(offset - line_starts_[line - 1])};
}

}  // namespace plancheck
