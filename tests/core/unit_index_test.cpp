// SPDX-License-Identifier: MIT
#include "model/unit_index.h"

#include "catch.hpp"

using namespace plancheck;

namespace {

Registry sample() {
  Registry r;
  auto unit = [](const char* name, const char* host = nullptr, const char* badge = nullptr) {
    Unit u;
    u.name.value = name;
    if (host) u.hosted_by = Text{host, {}};
    if (badge) u.badge = Text{badge, {}};
    return u;
  };
  r.units = {unit("区环保局"), unit("区大气办", "区环保局"),
             unit("区目督办", nullptr, "区委督查室"), unit("清泉镇"), unit("龙王镇")};
  Group towns;
  towns.name.value = "各乡镇（街道）";
  towns.members = {Text{"清泉镇", {}}, Text{"龙王镇", {}}};
  towns.members_known = true;
  Group zone;
  zone.name.value = "禁燃区内乡镇（街道）";
  zone.within = Text{"各乡镇（街道）", {}};
  r.groups = {towns, zone};
  r.aliases = {Alias{Text{"各镇街", {}}, Text{"各乡镇（街道）", {}}}};
  return r;
}

}  // namespace

TEST_CASE("names resolve through NFKC, aliases, hosts and badges", "[units]") {
  Registry r = sample();
  Diagnostics diags;
  UnitIndex index = UnitIndex::build(r, diags);
  REQUIRE(diags.empty());
  CHECK(index.resolve("各乡镇(街道)").error.empty());
  CHECK(index.name_of(index.resolve("各镇街").target) == "各乡镇（街道）");
  CHECK(index.name_of(index.resolve("区大气办（区环保局）").target) == "区大气办");
  CHECK(index.name_of(index.resolve("区目督办（区委督查室）").target) == "区目督办");
  auto wrong_host = index.resolve("区大气办（区城管局）");
  CHECK(wrong_host.error.english() == "'区大气办' is not hosted by '区城管局'");
  auto typo = index.resolve("区环保厅");
  CHECK(typo.error.english() == "unknown unit '区环保厅'");
  CHECK(typo.help.english() == "did you mean '区环保局'?");
}

TEST_CASE("groups reach their members; offices reach their host", "[units]") {
  Registry r = sample();
  Diagnostics diags;
  UnitIndex index = UnitIndex::build(r, diags);
  UnitTarget town = index.resolve("清泉镇").target;
  CHECK(index.concerns(index.resolve("各乡镇（街道）").target, town));
  CHECK(index.via(index.resolve("各乡镇（街道）").target, town) == "各乡镇（街道）");
  CHECK(!index.concerns(index.resolve("禁燃区内乡镇（街道）").target, town));
  UnitTarget bureau = index.resolve("区环保局").target;
  CHECK(index.concerns(index.resolve("区大气办").target, bureau));
  CHECK(!index.concerns(bureau, index.resolve("区大气办").target));
}

TEST_CASE("registry mistakes are reported", "[units]") {
  Registry r = sample();
  r.units.push_back(r.units[0]);
  r.groups[0].members.push_back(Text{"不存在镇", {}});
  Diagnostics diags;
  UnitIndex::build(r, diags);
  REQUIRE(diags.error_count() == 2);
  CHECK(diags.all()[0].rule == "unit-duplicate");
  CHECK(diags.all()[1].rule == "unit-unknown");
}
