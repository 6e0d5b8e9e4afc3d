// SPDX-License-Identifier: MIT
#include "io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "io/io_error.h"
#include "io/temp_file.h"

namespace plancheck {

namespace {

// Writes all of `content` to `fd`; false with errno set when the write fails.
bool write_all(int fd, const std::string& content) {
  const char* data = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

// A device, a FIFO or a socket (-o /dev/stdout) is written to as it is: there is no file
// to replace, and renaming over it would replace the device node itself.
void write_in_place(const std::string& path, const std::string& content) {
  // Non-blocking open: a FIFO nobody reads from fails at once instead of waiting forever.
  int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw IoError(message("{}: cannot open: {}", path, std::strerror(errno)));
  int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  bool written = write_all(fd, content);
  int error = errno;
  bool closed = ::close(fd) == 0;
  if (written && !closed) error = errno;
  if (!written || !closed) {
    throw IoError(message("{}: write failed: {}", path, std::strerror(error)));
  }
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& content) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (fs::is_directory(status)) throw IoError(message("{}: is a directory", path));
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    write_in_place(path, content);
    return;
  }
  fs::path target(path);
  // Through a symbolic link, replace the file it points to and keep the link.
  if (fs::is_symlink(fs::symlink_status(target, ec))) {
    target = fs::canonical(target, ec);
    if (ec) throw IoError(message("{}: cannot follow the link: {}", path, ec.message()));
  }
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  remove_stale_temporaries(dir);
  TempFile temp(dir, target.filename().string());
  temp.write(content);
  struct stat before {};
  if (::stat(target.c_str(), &before) == 0) {
    // A new file renamed over one name of a hard-linked file parts the names: the others
    // would keep the old text and nobody would know which is current.
    if (before.st_nlink > 1) {
      throw IoError(
          message("{}: the file has {} names (hard links); replacing it would part "
                  "them, so nothing was written",
                  path, static_cast<unsigned long>(before.st_nlink)));
    }
    temp.keep_permissions(before.st_mode, before.st_uid, before.st_gid);
  }
  temp.sync();
  temp.commit(target);
  // The rename itself lives in the directory; flush that too.
  int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
}

}  // namespace plancheck
