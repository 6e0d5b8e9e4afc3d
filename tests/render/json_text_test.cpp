// SPDX-License-Identifier: MIT
#include "catch.hpp"
#include "render/diagnostics_render.h"
#include "source/diagnostics.h"

using namespace plancheck;

// fuzz_plan_yaml (10-minute run): yaml-cpp's "unknown escape character" quotes one byte of a
// multi-byte character, and the JSON printer threw on it, ending the run.
TEST_CASE("a diagnostic quoting half a character still prints as valid JSON",
          "[render][regression]") {
  SourceFile file("tasks/x.yaml", "text: \"\\\xE9\x97\xA8\"\n");
  Diagnostics diags;
  diags.add(SourceLoc{&file, 1, 8, 1}, rules::yaml_syntax,
            verbatim("invalid YAML: unknown escape character: \xE9"));
  std::string json;
  REQUIRE_NOTHROW(json = render_diagnostics_json(diags));
  CHECK(json.find("unknown escape character: \xEF\xBF\xBD") != std::string::npos);
}
