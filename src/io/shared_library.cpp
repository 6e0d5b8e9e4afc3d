// SPDX-License-Identifier: MIT
#include "io/shared_library.h"

#include <dlfcn.h>

#include "io/io_error.h"

namespace plancheck {
namespace {

std::string last_dl_error() {
  const char* said = dlerror();
  return said ? said : "unknown reason";
}

}  // namespace

SharedLibrary::SharedLibrary(std::string soname, std::string package)
    : soname_(std::move(soname)), package_(std::move(package)) {
  // RTLD_LOCAL: its symbols serve only the calls made through this object.
  handle_ = dlopen(soname_.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle_) {
    throw IoError(
        message("cannot load {} (Debian package {}): {}", soname_, package_, last_dl_error()));
  }
}

void* SharedLibrary::find(const char* name) const {
  dlerror();
  void* found = dlsym(handle_, name);
  if (!found) {
    throw IoError(
        message("{} has no function '{}' (Debian package {}, another version than "
                "plancheck was built with?): {}",
                soname_, name, package_, last_dl_error()));
  }
  return found;
}

}  // namespace plancheck
