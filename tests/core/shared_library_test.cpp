// SPDX-License-Identifier: MIT
#include "io/shared_library.h"

#include <cstring>

#include "catch.hpp"
#include "io/io_error.h"

using namespace plancheck;

TEST_CASE("a library that is not there is an I/O error naming it and its package",
          "[shared_library]") {
  try {
    SharedLibrary library("libplancheck-absent.so.9", "plancheck-absent9");
    FAIL("opened a library that does not exist");
  } catch (const IoError& error) {
    std::string said = error.said().english();
    CHECK(said.find("cannot load libplancheck-absent.so.9") != std::string::npos);
    CHECK(said.find("Debian package plancheck-absent9") != std::string::npos);
  }
}

TEST_CASE("a library's function is found by name, a missing one is an I/O error",
          "[shared_library]") {
  SharedLibrary libc("libc.so.6", "libc6");
  auto* length = libc.function<decltype(std::strlen)>("strlen");
  CHECK(length("plancheck") == 9);
  CHECK_THROWS_AS(libc.function<void()>("plancheck_no_such_function"), IoError);
}
