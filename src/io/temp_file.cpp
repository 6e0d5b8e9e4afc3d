// SPDX-License-Identifier: MIT
#include "io/temp_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "io/io_error.h"

namespace plancheck {
namespace {

std::string prefix_of(std::string_view name) { return fmt::format(".{}.tmp.", name); }

}  // namespace

TempFile::TempFile(const std::filesystem::path& dir, std::string_view name) {
  std::string pattern = (dir / fmt::format("{}{}.XXXXXX", prefix_of(name), ::getpid())).string();
  fd_ = ::mkostemp(pattern.data(), O_CLOEXEC);
  // Named by the file being written: the temporary's name means nothing to the reader.
  if (fd_ < 0) {
    throw IoError(message("{}: cannot create: {}", (dir / name).string(), std::strerror(errno)));
  }
  path_ = pattern;
  // mkostemp makes 0600; a new file gets what a plain create would give it.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
}

TempFile::~TempFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(path_.c_str());
}

void TempFile::write(std::string_view content) {
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw IoError(message("{}: write failed: {}", path_.string(), std::strerror(errno)));
    data += n;
    left -= static_cast<std::size_t>(n);
  }
}

void TempFile::keep_permissions(unsigned mode, unsigned owner, unsigned group) {
  // Owner first: a chown by a non-root writer fails (the file stays the writer's) and a
  // successful one may clear set-id bits that fchmod then restores.
  if (::fchown(fd_, owner, group) != 0) (void)::fchown(fd_, static_cast<uid_t>(-1), group);
  ::fchmod(fd_, mode & 07777);
}

void TempFile::sync() {
  if (::fsync(fd_) != 0) throw IoError(message("{}: cannot flush to disk", path_.string()));
}

void TempFile::commit(const std::filesystem::path& target) {
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    throw IoError(message("{}: write failed: {}", path_.string(), std::strerror(errno)));
  }
  if (::rename(path_.c_str(), target.c_str()) != 0) {
    throw IoError(message("{}: cannot replace: {}", target.string(), std::strerror(errno)));
  }
  committed_ = true;
}

void remove_stale_temporaries(const std::filesystem::path& dir) {
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string file = it->path().filename().string();
    std::size_t tmp = file.rfind(".tmp.");
    if (!file.starts_with('.') || tmp == std::string::npos) continue;
    char* rest = nullptr;
    long pid = std::strtol(file.c_str() + tmp + 5, &rest, 10);
    if (pid <= 0 || *rest != '.' || std::strlen(rest) != 7) continue;
    // Removes the name only: a link planted here is unlinked, never followed.
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
      std::filesystem::remove(it->path(), ec);
    }
  }
}

}  // namespace plancheck
