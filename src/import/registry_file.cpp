// SPDX-License-Identifier: MIT
#include "import/registry_file.h"

#include <fstream>
#include <sstream>

#include "core/io_error.h"
#include "core/plan_files.h"
#include "core/yaml_tree.h"

namespace plancheck {

RegistryFile read_registry_file(const std::string& path, Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(message("cannot read units registry '{}'", path));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  RegistryFile out;
  out.source = std::make_unique<SourceFile>(path, bytes.str());
  out.registry = std::make_unique<Registry>();
  if (auto root = parse_yaml(*out.source, diags)) read_registry(*root, *out.registry, diags);
  out.index = std::make_unique<UnitIndex>(UnitIndex::build(*out.registry, diags));
  return out;
}

}  // namespace plancheck
