// SPDX-License-Identifier: MIT
// Any bytes as an official plan text: decoding, importing and writing the draft's YAML
// never crash, whatever the numbering, brackets and annotations hold.
#include <cstddef>
#include <cstdint>
#include <string>

#include "import/decode.h"
#include "import/emit.h"
#include "import/importer.h"

using namespace plancheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  DecodedText decoded = decode_text(std::string(reinterpret_cast<const char*>(data), size));
  if (!decoded.error.empty()) return 0;
  SourceFile file("fuzz.txt", decoded.text);
  Diagnostics diags;
  ImportOptions options;
  options.year = 2017;
  options.plan_id = "fuzz";
  Draft draft = import_plan_text(file, options, diags);
  emit_draft(draft, nullptr, "fuzz.txt");
  return 0;
}
