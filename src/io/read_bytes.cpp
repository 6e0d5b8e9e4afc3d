// SPDX-License-Identifier: MIT
#include "io/read_bytes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace plancheck {

ReadBytes read_bytes(const std::filesystem::path& path, std::size_t limit, std::string buffer) {
  ReadBytes out;
  out.bytes = std::move(buffer);
  out.bytes.clear();
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    out.open_error = errno;
    return out;
  }
  struct stat status {};
  if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
    ::close(fd);
    out.not_regular = true;
    return out;
  }
  const auto expected = static_cast<std::size_t>(status.st_size);
  out.size_said = expected;
  if (expected > limit) {
    ::close(fd);
    out.over_limit = true;
    return out;
  }
  // One byte more than the size says, to see the end of the file in the same read.
  std::string& bytes = out.bytes;
  bytes.resize(std::min(expected, limit) + 1);
  std::size_t used = 0;
  while (used <= limit) {
    if (used == bytes.size())
      bytes.resize(std::min(limit + 1, std::max<std::size_t>(2 * used, 1 << 16)));
    const ssize_t got = ::read(fd, bytes.data() + used, bytes.size() - used);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      out.read_error = errno;
      break;
    }
    if (got == 0) break;
    used += static_cast<std::size_t>(got);
  }
  ::close(fd);
  out.over_limit = used > limit;
  bytes.resize(std::min(used, limit));
  return out;
}

}  // namespace plancheck
