// SPDX-License-Identifier: MIT
#include "import/registry_file.h"

#include "io/io_error.h"
#include "load/plan_loader.h"
#include "model/plan_files.h"
#include "yaml/yaml_tree.h"

namespace plancheck {

RegistryFile read_registry_file(const std::string& path, Diagnostics& diags) {
  RegistryFile out;
  // Checked as a plan file is: a FIFO or a device given as --units is refused unread.
  out.source = read_source_file(path);
  out.registry = std::make_unique<Registry>();
  if (auto root = parse_yaml(*out.source, diags)) read_registry(*root, *out.registry, diags);
  out.index = std::make_unique<UnitIndex>(UnitIndex::build(*out.registry, diags));
  return out;
}

}  // namespace plancheck
