// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace plancheck {

/// A new file beside the one it will replace, made with O_CREAT|O_EXCL under a random
/// name (mkostemp): a file or a symbolic link planted where it would go is never opened,
/// followed or truncated. Named `.<name>.tmp.<pid>.XXXXXX`, so a writer that was killed
/// can be told from a live one. Removed unless committed.
class TempFile {
 public:
  /// Creates the file in `dir` for a target called `name`. Throws IoError.
  TempFile(const std::filesystem::path& dir, std::string_view name);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  /// Writes all of `content`. Throws IoError.
  void write(std::string_view content);
  /// Gives the file `mode` and, when the process may, `owner` and `group`: a replaced
  /// file keeps what it had (0600 stays 0600, a shared 0664 file its group).
  void keep_permissions(unsigned mode, unsigned owner, unsigned group);
  /// Flushes the data to disk (for files whose loss matters; a cache entry skips it).
  void sync();
  /// Closes the file and renames it over `target`, which is then the new file. Throws.
  void commit(const std::filesystem::path& target);
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  int fd_ = -1;
  bool committed_ = false;
};

/// Removes the temporary files in `dir` whose writer has exited (killed before its rename).
void remove_stale_temporaries(const std::filesystem::path& dir);

}  // namespace plancheck
