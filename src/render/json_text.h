// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace plancheck {

/// A JSON document as plancheck prints it: two-space indent, a final newline. Text that is
/// not valid UTF-8 (a byte a parser message quoted out of a broken file) is printed as
/// U+FFFD rather than aborting the run, so every output stays valid JSON.
inline std::string json_text(const nlohmann::ordered_json& doc) {
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace plancheck
