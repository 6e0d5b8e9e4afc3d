// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>

#include "import/draft.h"
#include "model/model.h"

namespace plancheck {

/// The files of a draft plan directory, by path relative to it: plan.yaml, units.yaml,
/// events.yaml, tasks/<part>.yaml, and leftover.yaml (what the importer could not place;
/// plancheck does not read it). `registry` is the one the import resolved against, written
/// out again with the new, unverified entries after it. YAML comes from yaml-cpp's
/// emitter, so nothing is escaped by hand.
std::map<std::string, std::string> emit_draft(const Draft& draft, const Registry* registry,
                                              const std::string& source_name);

}  // namespace plancheck
