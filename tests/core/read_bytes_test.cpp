// SPDX-License-Identifier: MIT
#include "io/read_bytes.h"

#include <cerrno>
#include <filesystem>
#include <fstream>

#include "catch.hpp"
#include "core/temp_file.h"

using namespace plancheck;

TEST_CASE("a file is read whole, into the buffer it is given", "[read_bytes]") {
  auto path = write_temp("plancheck-read-bytes.txt", std::string(100000, 'x') + "end");
  std::string buffer;
  buffer.reserve(200000);
  const char* memory = buffer.data();
  ReadBytes read = read_bytes(path, 1 << 20, std::move(buffer));
  CHECK(read.open_error == 0);
  CHECK(read.read_error == 0);
  CHECK_FALSE(read.over_limit);
  CHECK(read.size_said == 100003);
  CHECK(read.bytes.size() == 100003);
  CHECK(read.bytes.ends_with("xend"));
  CHECK(read.bytes.data() == memory);
  std::filesystem::remove(path);
}

TEST_CASE("a file over the limit is not read", "[read_bytes]") {
  auto path = write_temp("plancheck-read-bytes-big.txt", std::string(5000, 'x'));
  ReadBytes read = read_bytes(path, 4096);
  CHECK(read.over_limit);
  CHECK(read.size_said == 5000);
  CHECK(read.bytes.empty());
  std::filesystem::remove(path);
}

TEST_CASE("an empty file reads as empty, a missing one as an open error", "[read_bytes]") {
  auto path = write_temp("plancheck-read-bytes-empty.txt", "");
  ReadBytes empty = read_bytes(path, 4096);
  CHECK(empty.open_error == 0);
  CHECK(empty.bytes.empty());
  CHECK_FALSE(empty.over_limit);
  std::filesystem::remove(path);
  ReadBytes missing = read_bytes(path, 4096);
  CHECK(missing.open_error == ENOENT);
}

TEST_CASE("a file whose size is not known in advance is read to its end", "[read_bytes]") {
  // /proc files say size 0 and hold more.
  ReadBytes read = read_bytes("/proc/self/status", 1 << 20);
  CHECK(read.open_error == 0);
  CHECK(read.size_said == 0);
  CHECK(read.bytes.starts_with("Name:"));
  CHECK(read.bytes.size() > 100);
}
