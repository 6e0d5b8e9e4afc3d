// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace plancheck {

/// A shared library opened when a command first needs it, for the backends few runs use
/// (lunar dates, xlsx workbooks). Linked, each would cost every run of plancheck, `when`
/// and `validate` included, the resolving of its symbols and its dependencies' at start-up:
/// liblunar-date brings gio, libmount and libselinux, libxlsxwriter brings libcrypto, and
/// together they were two thirds of a `when` process's time. Opened once, never closed.
class SharedLibrary {
 public:
  /// Opens `soname` (libxlsxwriter.so.4); `package` is the Debian package that has it, for
  /// the message. Throws IoError, which says what could not be loaded and why, so the
  /// command ends with exit status 2.
  SharedLibrary(std::string soname, std::string package);

  /// The function `name` as type `F*`. Throws IoError when the library lacks it (a version
  /// other than the one built against).
  template <class F>
  F* function(const char* name) const {
    return reinterpret_cast<F*>(find(name));
  }

 private:
  void* find(const char* name) const;

  std::string soname_, package_;
  void* handle_ = nullptr;
};

}  // namespace plancheck

/// A member of a struct that holds a SharedLibrary `library`: the library's function `name`,
/// typed from its header's declaration, so that a call reads as the C call it stands for.
#define PLANCHECK_LIBRARY_FUNCTION(library, name) \
  decltype(&::name) name = (library).function<decltype(::name)>(#name)
