// SPDX-License-Identifier: MIT
#include "source/source_file.h"

#include <filesystem>
#include <fstream>

#include "catch.hpp"
#include "core/temp_file.h"

using namespace plancheck;

TEST_CASE("a released file's lines are read back when quoted", "[source_file]") {
  const std::string text = "\xEF\xBB\xBFsection: \"3.1\"\ntasks: []\n";
  auto path = write_temp("plancheck-source-file-released.yaml", text);
  SourceFile file("plan/tasks/3-1.yaml", text);
  file.release_text(path);
  CHECK(file.text().empty());
  CHECK(file.line_count() == 2);
  CHECK(file.line(2) == "tasks: []");
  CHECK(file.line(1) == "section: \"3.1\"");
  std::filesystem::remove(path);
}

TEST_CASE("a released file that changed since is not quoted", "[source_file]") {
  auto path = write_temp("plancheck-source-file-changed.yaml", "a: 1\nb: 2\n");
  SourceFile file("t.yaml", "a: 1\nb: 2\n");
  file.release_text(path);
  std::ofstream(path, std::ios::binary) << "a: 1\nb: 3\n";
  CHECK(file.line(2).empty());
  CHECK(file.line(1).empty());
  std::filesystem::remove(path);
}

TEST_CASE("the lines a released file keeps are quoted without reading it", "[source_file]") {
  auto path = write_temp("plancheck-source-file-kept.yaml", "a: 1\nb: 2\r\nc: 3\n");
  SourceFile file("t.yaml", "a: 1\nb: 2\r\nc: 3\n");
  std::string buffer = file.release_text(path, {2, 2, 9});
  CHECK(buffer.empty());
  CHECK(buffer.capacity() >= 16);  // the text's memory, handed back for the next file
  CHECK(file.line_count() == 3);
  std::ofstream(path, std::ios::binary) << "changed\n";
  CHECK(file.line(2) == "b: 2");  // kept, so the change does not matter
  CHECK(file.line(1).empty());    // read back, and the file is not what was read
  std::filesystem::remove(path);
}
