// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <filesystem>

namespace plancheck {

/// The one writer of a plan's data: an exclusive advisory lock (flock) on the plan
/// directory itself, held from reading progress.yaml to the rename of its new version, so
/// two clerks recording at once both keep their records. The directory is locked, not a
/// file in it, so nothing is left behind and nothing can be planted in its place.
class PlanWriteLock {
 public:
  /// Waits up to `patience` for another writer to finish. Throws IoError when the
  /// directory cannot be opened, or when the other writer holds on longer.
  PlanWriteLock(const std::filesystem::path& plan_dir, std::chrono::milliseconds patience);
  ~PlanWriteLock();
  PlanWriteLock(const PlanWriteLock&) = delete;
  PlanWriteLock& operator=(const PlanWriteLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace plancheck
