// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>

#include "model/model.h"
#include "model/unit_index.h"
#include "source/diagnostics.h"
#include "source/source_file.h"

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
