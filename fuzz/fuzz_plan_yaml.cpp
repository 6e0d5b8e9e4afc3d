// SPDX-License-Identifier: MIT
// Any bytes as a plan file of every kind: the YAML reader, the typed readers, the unit
// registry and the diagnostics printer never crash, whatever the input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/plan_files.h"
#include "model/unit_index.h"
#include "render/diagnostics_render.h"
#include "yaml/yaml_tree.h"

using namespace plancheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  SourceFile file("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
  Diagnostics diags;
  std::optional<YamlNode> root = parse_yaml(file, diags);
  if (root) {
    PlanMeta meta;
    read_plan_meta(*root, meta, diags);
    Registry registry;
    if (read_registry(*root, registry, diags)) {
      Diagnostics registry_diags;
      UnitIndex index = UnitIndex::build(registry, registry_diags);
      for (const Unit& unit : registry.units) index.resolve(unit.name.value + "（x）");
      for (const Group& group : registry.groups) index.resolve(group.name.value);
      diags.append(std::move(registry_diags));
    }
    std::vector<Event> events;
    read_events(*root, events, diags);
    TaskFile tasks;
    read_task_file(*root, tasks, diags);
    std::vector<ProgressRecord> progress;
    read_progress(*root, progress, diags);
  }
  diags.sort();
  render_diagnostics_text(diags, false);
  render_diagnostics_json(diags);
  render_diagnostics_github(diags);
  return 0;
}
