// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace plancheck {

/// Replaces `path` with `content` so that a reader (or a crash) sees either the old file
/// or the new one, never a part: a temporary file in the same directory, flushed to
/// disk, then renamed over the target. A symbolic link keeps pointing at the new file; a
/// device or a FIFO (/dev/stdout) is written as it is. Throws IoError.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace plancheck
