// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "core/model.h"
#include "core/parse_cache.h"

namespace plancheck {

/// Largest plan file read; a bigger one is reported, not read. Plan files are edited by
/// hand and are kilobytes (the 2017 plan's largest is 11 KB); the limit bounds one file's
/// time and memory, and a province's 100,000 tasks still fit when spread over files.
inline constexpr std::size_t kMaxPlanFileBytes = 64u << 20;

/// Reads plan.yaml, units.yaml, events.yaml and tasks/*.yaml under `dir`, converting
/// each file to the model as soon as it is parsed (files are read in parallel) and
/// releasing its YAML tree. Task files found in `cache` are not parsed again. Shape errors
/// go to `diags`; a missing directory or an unreadable file throws IoError.
Plan load_plan_files(const std::string& dir, Diagnostics& diags,
                     const ParseCache& cache = ParseCache({}));

}  // namespace plancheck
