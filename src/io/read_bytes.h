// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace plancheck {

/// What read_bytes read.
struct ReadBytes {
  std::string bytes;          ///< at most the limit
  bool over_limit = false;    ///< the file had more (nothing is read when its size said so)
  std::size_t size_said = 0;  ///< the size the file had when opened
  int open_error = 0;         ///< errno of a failed open
  int read_error = 0;         ///< errno of a failed read
  bool not_regular = false;   ///< a FIFO, a device, a directory: opened, never read
};

/// The file at `path`, up to `limit` bytes, read straight into one buffer of the file's
/// size (plan files and cache entries are read on every run, 75 MB at province scale).
/// A file that grows while it is read is read on, up to the limit. `buffer` is memory to
/// read into, when the caller has some from a file it is done with. Only a regular file
/// is read: the open does not wait (a FIFO with no writer would block it for ever) and
/// what it opened is checked, so a file swapped for a FIFO after a check is not read.
ReadBytes read_bytes(const std::filesystem::path& path, std::size_t limit, std::string buffer = {});

}  // namespace plancheck
