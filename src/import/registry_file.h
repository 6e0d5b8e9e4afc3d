// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include "core/diagnostics.h"
#include "core/model.h"
#include "core/source_file.h"
#include "core/unit_index.h"

namespace plancheck {

/// A units.yaml read on its own (import --units), kept alive with the index over it.
struct RegistryFile {
  std::unique_ptr<SourceFile> source;
  std::unique_ptr<Registry> registry;
  std::unique_ptr<UnitIndex> index;
};

/// Reads and checks one units.yaml; its findings go to `diags`. Throws IoError when the
/// file cannot be read.
RegistryFile read_registry_file(const std::string& path, Diagnostics& diags);

}  // namespace plancheck
