// SPDX-License-Identifier: MIT
#include "import/importer.h"

#include <fstream>
#include <sstream>

#include "catch.hpp"
#include "import/emit.h"

using namespace plancheck;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const DraftTask* task(const Draft& draft, const std::string& id) {
  for (const DraftTask& t : draft.tasks) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

std::vector<std::string> written(const std::vector<DraftUnit>& units) {
  std::vector<std::string> out;
  for (const DraftUnit& u : units) out.push_back(u.written);
  return out;
}

}  // namespace

TEST_CASE("the 2017 plan imports with its header, outline and tasks", "[import]") {
  SourceFile file("qbj.txt", read_file(PLANCHECK_TEST_DATA "/qbj-2017-air-plan.txt"));
  Diagnostics diags;
  Draft draft = import_plan_text(file, ImportOptions{}, diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(draft.meta.doc_number == "青府办函〔2017〕8号");
  CHECK(draft.meta.issued == "2017-04-14");
  CHECK(draft.meta.year == 2017);
  CHECK(draft.tasks.size() == 60);
  CHECK(draft.outline.size() == 12);
  const DraftTask* t = task(draft, "4.2");  // a heading-level item with no sub-items is a task
  REQUIRE(t);
  CHECK(written(t->lead) == std::vector<std::string>{"区环保局"});
  t = task(draft, "3.4.2");
  REQUIRE(t);
  CHECK(t->lead.empty());
  CHECK(written(t->responsible) == std::vector<std::string>{"区市场和质量监管局"});
  REQUIRE(t->milestones.size() == 1);
  CHECK(t->milestones[0].when == "1月1日起");
  t = task(draft, "3.5.10");
  REQUIRE(t);
  REQUIRE(t->milestones.size() == 1);
  CHECK(t->milestones[0].event == "event-3-5-10a");
  // Every finding points into the text.
  for (const Diagnostic& d : diags.all()) {
    CHECK(d.loc.file == &file);
  }
}

TEST_CASE("findings carry line and character column", "[import]") {
  SourceFile file("t.txt", "一、甲\n1．乙（责任单位：区环保局等）\n");
  Diagnostics diags;
  Draft draft =
      import_plan_text(file, ImportOptions{nullptr, 2017, "t", make_date(2026, 12, 1)}, diags);
  REQUIRE(draft.tasks.size() == 1);
  bool found = false;
  for (const Diagnostic& d : diags.all()) {
    if (d.rule != "import-annotation") continue;
    found = true;
    CHECK(d.loc.line == 2);
    CHECK(d.loc.col == 10);  // characters, not bytes: the list after 1．乙（责任单位：
  }
  CHECK(found);
}

TEST_CASE("text without structure gives no tasks; its lines are leftover", "[import]") {
  SourceFile file("t.txt", "一段话。\n另一段话。\n");
  Diagnostics diags;
  Draft draft =
      import_plan_text(file, ImportOptions{nullptr, 2017, "t", make_date(2026, 12, 1)}, diags);
  CHECK(draft.tasks.empty());
  CHECK(draft.leftover.size() == 2);
}

TEST_CASE("the draft's YAML is written by the emitter, quoting what needs it", "[import]") {
  SourceFile file("t.txt", "一、甲\n1．完成 \"改造\": #1（牵头单位：区环保局）\n");
  Diagnostics diags;
  Draft draft =
      import_plan_text(file, ImportOptions{nullptr, 2017, "t", make_date(2026, 12, 1)}, diags);
  auto files = emit_draft(draft, nullptr, "t.txt");
  REQUIRE(files.contains("tasks/1.yaml"));
  CHECK(files["tasks/1.yaml"].find(R"(text: "完成 \"改造\": #1")") != std::string::npos);
  CHECK(files["tasks/1.yaml"].find(R"(id: "1.1")") != std::string::npos);
  CHECK(files["units.yaml"].find("name: 区环保局") != std::string::npos);
}

TEST_CASE("a value that would read back as a number, a boolean or null is quoted",
          "[import][regression]") {
  // The plan id comes from the file name: 2018.txt gave `id: 2018`, a number (#13).
  SourceFile file("t.txt", "一、甲\n1．完成改造（牵头单位：true；责任单位：2018）\n");
  Diagnostics diags;
  Draft draft =
      import_plan_text(file, ImportOptions{nullptr, 2017, "2018", make_date(2026, 12, 1)}, diags);
  auto files = emit_draft(draft, nullptr, "2018.txt");
  CHECK(files["plan.yaml"].find("id: \"2018\"\n") != std::string::npos);
  CHECK(files["tasks/1.yaml"].find("lead: [\"true\"]") != std::string::npos);
  CHECK(files["tasks/1.yaml"].find("responsible: [\"2018\"]") != std::string::npos);
  CHECK(files["units.yaml"].find("name: \"2018\"") != std::string::npos);
}

TEST_CASE("a text with no year takes the year of the today it is given", "[import]") {
  SourceFile file("t.txt", "一、甲\n1．乙（责任单位：区环保局）\n");
  Diagnostics diags;
  ImportOptions options;
  options.today = make_date(2031, 3, 5);
  Draft draft = import_plan_text(file, options, diags);
  CHECK(draft.meta.year == 2031);
  bool warned = false;
  for (const Diagnostic& d : diags.all()) warned = warned || d.rule == "import-year";
  CHECK(warned);
}
