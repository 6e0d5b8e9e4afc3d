// SPDX-License-Identifier: MIT
// The deadline-phrase case files of tests/data (zh-time-cases*.tsv): one phrase a row, with
// the plan year and the dates a reader gives it.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"

namespace plancheck::test {

struct CaseRow {
  std::string phrase, kind, start, end, note;
  int year = 0;
};

inline std::vector<CaseRow> read_case_file(const std::string& name) {
  std::ifstream in(std::string(PLANCHECK_TEST_DATA "/") + name);
  REQUIRE(in);
  std::vector<CaseRow> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    CaseRow row;
    std::string year;
    std::getline(fields, row.phrase, '\t');
    std::getline(fields, year, '\t');
    std::getline(fields, row.kind, '\t');
    std::getline(fields, row.start, '\t');
    std::getline(fields, row.end, '\t');
    std::getline(fields, row.note, '\t');
    if (row.phrase.empty() || year.empty()) continue;
    row.year = std::stoi(year);
    rows.push_back(row);
  }
  return rows;
}

}  // namespace plancheck::test
