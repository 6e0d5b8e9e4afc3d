// SPDX-License-Identifier: MIT
#include "import/emit.h"

#include <fmt/format.h>
#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include "model/unit_kind.h"
#include "yaml/yaml_reader.h"

namespace plancheck {
namespace {

std::string schema_line(const char* schema, bool nested) {
  return fmt::format("# yaml-language-server: $schema={}schemas/{}\n", nested ? "../../" : "../",
                     schema);
}

// A string value, quoted when unquoted it would read back as a number, a boolean or null:
// a plan id "2018" taken from 2018.txt must stay a string (#13).
struct AsString {
  const std::string& text;
};
YAML::Emitter& operator<<(YAML::Emitter& out, AsString value) {
  if (!reads_back_as_string(value.text)) out << YAML::DoubleQuoted;
  return out << value.text;
}

std::string finish(const YAML::Emitter& out) { return std::string(out.c_str()) + "\n"; }

void unit_list(YAML::Emitter& out, const char* key, const std::vector<DraftUnit>& units) {
  if (units.empty()) return;
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const DraftUnit& unit : units) out << AsString{unit.written};
  out << YAML::EndSeq;
}

std::string plan_yaml(const Draft& draft) {
  const DraftMeta& m = draft.meta;
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "id" << YAML::Value << AsString{m.id};
  out << YAML::Key << "doc_number" << YAML::Value << AsString{m.doc_number};
  out << YAML::Key << "title" << YAML::Value << AsString{m.title};
  out << YAML::Key << "issuer" << YAML::Value << AsString{m.issuer};
  out << YAML::Key << "issued" << YAML::Value << AsString{m.issued};
  out << YAML::Key << "year" << YAML::Value << m.year;
  out << YAML::Key << "language" << YAML::Value << "zh";
  if (!m.implements.empty()) {
    out << YAML::Key << "implements" << YAML::Value << YAML::BeginSeq;
    for (const DraftDocRef& ref : m.implements) {
      out << YAML::BeginMap << YAML::Key << "doc_number" << YAML::Value << ref.doc_number
          << YAML::Key << "title" << YAML::Value << AsString{ref.title} << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  out << YAML::Key << "outline" << YAML::Value << YAML::BeginSeq;
  for (const DraftHeading& heading : draft.outline) {
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << YAML::DoubleQuoted << heading.id
        << YAML::Key << "title" << YAML::Value << AsString{heading.title} << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  return schema_line("plan.schema.json", false) + finish(out);
}

std::string units_yaml(const Draft& draft, const Registry* registry,
                       const std::string& source_name) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "units" << YAML::Value << YAML::BeginSeq;
  if (registry) {
    for (const Unit& unit : registry->units) {
      out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << AsString{unit.name.value};
      if (!unit.full_name.empty())
        out << YAML::Key << "full_name" << YAML::Value << AsString{unit.full_name};
      out << YAML::Key << "kind" << YAML::Value << std::string(unit_kind_name(unit.kind));
      if (unit.hosted_by)
        out << YAML::Key << "hosted_by" << YAML::Value << AsString{unit.hosted_by->value};
      if (unit.badge) out << YAML::Key << "badge" << YAML::Value << AsString{unit.badge->value};
      out << YAML::Key << "verified" << YAML::Value << unit.verified;
      if (!unit.note.empty()) out << YAML::Key << "note" << YAML::Value << AsString{unit.note};
      out << YAML::EndMap;
    }
  }
  for (const DraftNewUnit& unit : draft.new_units) {
    if (unit.group) continue;
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << AsString{unit.name};
    out << YAML::Key << "kind" << YAML::Value << unit.kind;
    if (!unit.hosted_by.empty())
      out << YAML::Key << "hosted_by" << YAML::Value << AsString{unit.hosted_by};
    out << YAML::Key << "verified" << YAML::Value << false;
    out << YAML::Key << "note" << YAML::Value
        << fmt::format("Imported from {}:{}; not in the registry, kind guessed from the name.",
                       source_name, unit.line);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "groups" << YAML::Value << YAML::BeginSeq;
  if (registry) {
    for (const Group& group : registry->groups) {
      out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << AsString{group.name.value};
      out << YAML::Key << "members" << YAML::Value;
      if (group.members_known) {
        out << YAML::Flow << YAML::BeginSeq;
        for (const Text& member : group.members) out << AsString{member.value};
        out << YAML::EndSeq;
      } else {
        out << "unknown";
      }
      if (group.within)
        out << YAML::Key << "within" << YAML::Value << AsString{group.within->value};
      out << YAML::Key << "verified" << YAML::Value << group.verified;
      if (!group.note.empty()) out << YAML::Key << "note" << YAML::Value << AsString{group.note};
      out << YAML::EndMap;
    }
  }
  for (const DraftNewUnit& unit : draft.new_units) {
    if (!unit.group) continue;
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << AsString{unit.name};
    out << YAML::Key << "members" << YAML::Value << "unknown";
    out << YAML::Key << "verified" << YAML::Value << false;
    out << YAML::Key << "note" << YAML::Value
        << fmt::format(
               "Imported from {}:{}; a collective name whose members the text does not list.",
               source_name, unit.line);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  if (registry && !registry->aliases.empty()) {
    out << YAML::Key << "aliases" << YAML::Value << YAML::BeginMap;
    for (const Alias& alias : registry->aliases) {
      out << YAML::Key << AsString{alias.name.value} << YAML::Value << AsString{alias.target.value};
    }
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
  return schema_line("units.schema.json", false) + finish(out);
}

std::string events_yaml(const Draft& draft) {
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "events" << YAML::Value << YAML::BeginSeq;
  for (const DraftEvent& event : draft.events) {
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << AsString{event.id} << YAML::Key
        << "what" << YAML::Value << AsString{event.what} << YAML::Key << "verified" << YAML::Value
        << false << YAML::Key << "note" << YAML::Value
        << "Imported: pending until someone gives its date (date, or start and end)."
        << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  return schema_line("events.schema.json", false) + finish(out);
}

std::string task_yaml(const std::string& section, const std::vector<const DraftTask*>& tasks) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "section" << YAML::Value << YAML::DoubleQuoted << section;
  out << YAML::Key << "tasks" << YAML::Value << YAML::BeginSeq;
  for (const DraftTask* task : tasks) {
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << YAML::DoubleQuoted << task->id;
    out << YAML::Key << "title" << YAML::Value << AsString{task->title};
    out << YAML::Key << "text" << YAML::Value << YAML::DoubleQuoted << task->text;
    unit_list(out, "lead", task->lead);
    unit_list(out, "responsible", task->responsible);
    unit_list(out, "data_provider", task->data_provider);
    if (!task->notes.empty()) {
      std::string note = fmt::format("{}", fmt::join(task->notes, "；"));
      out << YAML::Key << "note" << YAML::Value << AsString{note};
    }
    out << YAML::Key << "milestones" << YAML::Value << YAML::BeginSeq;
    for (const DraftMilestone& m : task->milestones) {
      out << YAML::BeginMap << YAML::Key << "what" << YAML::Value << AsString{m.what} << YAML::Key
          << "when" << YAML::Value << AsString{m.when};
      if (!m.event.empty()) out << YAML::Key << "event" << YAML::Value << AsString{m.event};
      out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  return schema_line("tasks.schema.json", true) + finish(out);
}

std::string leftover_yaml(const Draft& draft, const std::string& source_name) {
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "source" << YAML::Value << source_name;
  out << YAML::Key << "leftover" << YAML::Value << YAML::BeginSeq;
  for (const Leftover& item : draft.leftover) {
    out << YAML::BeginMap << YAML::Key << "line" << YAML::Value << item.line << YAML::Key << "why"
        << YAML::Value << item.why << YAML::Key << "text" << YAML::Value << YAML::DoubleQuoted
        << item.text << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  return "# What plancheck import could not place in a task; plancheck does not read this file.\n" +
         finish(out);
}

}  // namespace

std::map<std::string, std::string> emit_draft(const Draft& draft, const Registry* registry,
                                              const std::string& source_name) {
  std::map<std::string, std::string> files;
  files["plan.yaml"] = plan_yaml(draft);
  files["units.yaml"] = units_yaml(draft, registry, source_name);
  files["events.yaml"] = events_yaml(draft);
  files["leftover.yaml"] = leftover_yaml(draft, source_name);
  // One file per part of the document (一、二、…), named by its number.
  std::map<int, std::vector<const DraftTask*>> parts;
  for (const DraftTask& task : draft.tasks) parts[std::stoi(task.id)].push_back(&task);
  for (const auto& [part, tasks] : parts) {
    files[fmt::format("tasks/{}.yaml", part)] = task_yaml(std::to_string(part), tasks);
  }
  return files;
}

}  // namespace plancheck
