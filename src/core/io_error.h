// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace plancheck {

/// The environment failed us (a missing directory, an unreadable file): exit status 2.
/// Problems in what a file says are never this; they are Diagnostics.
class IoError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace plancheck
