// SPDX-License-Identifier: MIT
#include "model/task_digest.h"

#include <filesystem>

#include "catch.hpp"
#include "load/parse_cache.h"

using namespace plancheck;

namespace {

TaskFile two_tasks(const SourceFile& file) {
  TaskFile tasks;
  tasks.section = Text{"3.1", SourceLoc{&file, 1, 10, 5}};
  for (int i = 1; i <= 2; ++i) {
    Task& task = tasks.tasks.emplace_back();
    task.id =
        Text{fmt::format("3.1.{}", i), SourceLoc{&file, static_cast<std::uint32_t>(2 * i), 9, 7}};
    task.milestones.emplace_back().id = task.id.value + "a";
  }
  return tasks;
}

}  // namespace

TEST_CASE("a digest keeps ids and findings, and says whether it points into its file",
          "[task_digest]") {
  SourceFile file("tasks/3-1.yaml", "section: \"3.1\"\n- id: 3.1.1\n\n- id: 3.1.2\n");
  SourceFile other("tasks/3-2.yaml", "section: \"3.2\"\n");
  Diagnostics findings;
  findings.report(SourceLoc{&file, 4, 3, 2}, rules::text_without_milestone, "a finding");
  TaskFileDigest digest = make_digest(two_tasks(file), std::move(findings));
  CHECK(digest.section.value == "3.1");
  REQUIRE(digest.task_ids.size() == 2);
  CHECK(digest.task_ids[1].value == "3.1.2");
  CHECK(digest.milestone_ids == std::vector<std::string>{"3.1.1a", "3.1.2a"});
  CHECK(digest.findings.warning_count() == 1);
  CHECK(digest_points_into(digest, file));
  CHECK_FALSE(digest_points_into(digest, other));

  Diagnostics elsewhere;
  elsewhere.report(SourceLoc{&file, 2, 1, 1}, rules::id_duplicate, "twice")
      .notes.push_back(Note{SourceLoc{&other, 1, 1, 1}, message("first here")});
  TaskFileDigest pointing_out = make_digest(two_tasks(file), std::move(elsewhere));
  CHECK_FALSE(digest_points_into(pointing_out, file));
}

TEST_CASE("the cache gives a digest back for the same bytes and context only", "[task_digest]") {
  auto dir = std::filesystem::temp_directory_path() / "plancheck-digest-cache";
  std::filesystem::remove_all(dir);
  const std::string text = "section: \"3.1\"\n- id: 3.1.1\n\n- id: 3.1.2\n";
  SourceFile file("tasks/3-1.yaml", text);
  Diagnostics findings;
  findings.report(SourceLoc{&file, 4, 3, 2}, rules::text_without_milestone, "a finding").help =
      message("a help");
  ParseCache cache(dir);
  cache.store_digest(file, "context-a", make_digest(two_tasks(file), std::move(findings)));

  SourceFile again("tasks/3-1.yaml", text);
  auto found = cache.find_digest(again, "context-a");
  REQUIRE(found);
  CHECK(found->task_ids[0].value == "3.1.1");
  CHECK(found->task_ids[0].loc.file == &again);
  CHECK(found->task_ids[0].loc.line == 2);
  REQUIRE(found->findings.all().size() == 1);
  const Diagnostic& d = found->findings.all()[0];
  CHECK(d.loc.file == &again);
  CHECK(d.severity == Severity::warning);
  CHECK(d.help.english() == "a help");
  CHECK(found->findings.warning_count() == 1);

  CHECK_FALSE(cache.find_digest(again, "context-b"));
  SourceFile edited("tasks/3-1.yaml", text + "\n");
  CHECK_FALSE(cache.find_digest(edited, "context-a"));
  std::filesystem::remove_all(dir);
}
