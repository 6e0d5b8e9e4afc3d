// SPDX-License-Identifier: MIT
#include "io/plan_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "io/io_error.h"

namespace plancheck {

PlanWriteLock::PlanWriteLock(const std::filesystem::path& plan_dir,
                             std::chrono::milliseconds patience) {
  fd_ = ::open(plan_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) {
    throw IoError(
        message("{}: cannot open the plan directory: {}", plan_dir.string(), std::strerror(errno)));
  }
  const auto give_up = std::chrono::steady_clock::now() + patience;
  auto pause = std::chrono::milliseconds(2);
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    int error = errno;
    if (error == EINTR) continue;
    if (error != EWOULDBLOCK || std::chrono::steady_clock::now() >= give_up) {
      ::close(fd_);
      fd_ = -1;
      if (error != EWOULDBLOCK) {
        throw IoError(message("{}: cannot lock the plan directory: {}", plan_dir.string(),
                              std::strerror(error)));
      }
      throw IoError(
          message("{}: another plancheck has been writing this plan for over {} s; "
                  "nothing was recorded, try again when it has finished",
                  plan_dir.string(), patience.count() / 1000));
    }
    // Short at first (a record takes milliseconds), longer when the wait goes on.
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(100));
  }
}

PlanWriteLock::~PlanWriteLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the lock
}

}  // namespace plancheck
