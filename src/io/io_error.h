// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <utility>

#include "text/message.h"

namespace plancheck {

/// The environment failed us (a missing directory, an unreadable file): exit status 2.
/// Problems in what a file says are never this; they are Diagnostics.
class IoError : public std::runtime_error {
 public:
  explicit IoError(Message said) : std::runtime_error(said.english()), said_(std::move(said)) {}
  /// What went wrong, for the reader's language.
  const Message& said() const { return said_; }

 private:
  Message said_;
};

}  // namespace plancheck
