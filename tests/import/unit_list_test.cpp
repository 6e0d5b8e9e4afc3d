// SPDX-License-Identifier: MIT
#include "import/unit_list.h"

#include "catch.hpp"
#include "text/utf8.h"

using namespace plancheck;

namespace {

std::vector<std::string> names(const char* list, const KnownUnit& known = nullptr) {
  std::vector<std::string> out;
  for (const ListedUnit& unit : split_unit_list(to_u32(list), known).units) {
    out.push_back(to_utf8(unit.name));
  }
  return out;
}

}  // namespace

TEST_CASE("a list splits at 、 and commas, not inside brackets", "[import]") {
  CHECK(names("区大气办（区环保局）、各乡镇（街道）、各园区管委会") ==
        std::vector<std::string>{"区大气办（区环保局）", "各乡镇（街道）", "各园区管委会"});
  CHECK(names("区发改局、区市场监管局、环保拱墅分局,各街道(园区)。") ==
        std::vector<std::string>{"区发改局", "区市场监管局", "环保拱墅分局", "各街道(园区)"});
}

TEST_CASE("a name that drops its level takes the one before it", "[import]") {
  CHECK(names("市工信委、城乡建设局") == std::vector<std::string>{"市工信委", "市城乡建设局"});
  CHECK(names("市生态环境局、市场监管局") ==
        std::vector<std::string>{"市生态环境局", "市市场监管局"});
  // Places, branches and collectives keep their own names.
  CHECK(names("区建设局、清泉镇、禁燃区内乡镇（街道）、环保拱墅分局") ==
        std::vector<std::string>{"区建设局", "清泉镇", "禁燃区内乡镇（街道）", "环保拱墅分局"});
  // The registry decides first: a known name is never prefixed.
  KnownUnit known = [](const std::u32string& n) { return n == U"发改局"; };
  CHECK(names("市工信委、发改局", known) == std::vector<std::string>{"市工信委", "发改局"});
}

TEST_CASE("各县、区人民政府 is one collective", "[import]") {
  CHECK(names("各县、区人民政府(管委会)") == std::vector<std::string>{"各县、区人民政府(管委会)"});
  CHECK(is_collective_name(U"各县、区人民政府(管委会)"));
  CHECK(is_collective_name(U"区大气污染防治工作领导小组成员单位"));
  CHECK_FALSE(is_collective_name(U"区环保局"));
}

TEST_CASE("a list ending in 等 is open", "[import]") {
  UnitList list = split_unit_list(U"区环保局、区交通局等部门", nullptr);
  CHECK(list.open_ended);
  REQUIRE(list.units.size() == 2);
  CHECK(to_utf8(list.units[1].name) == "区交通局");
  CHECK_FALSE(split_unit_list(U"区环保局、区交通局", nullptr).open_ended);
}
