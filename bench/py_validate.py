#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The python3-jsonschema + PyYAML reference validator that bench/run.py times.

Usage: py_validate.py SCHEMA_DIR PLAN_DIR

What a team would write to check a plan against schemas/ in one process: every file is
read with PyYAML's C loader (libyaml) and validated with jsonschema's Draft 2020-12
validator, built once per schema, formats checked (the schemas' `format: date`).

The one change to the C loader: YAML 1.1's timestamp resolver is dropped, because plan files
are YAML 1.2 (schemas/README.md) and `issued: 2017-04-14` must stay a string for the
schema's `type: string`. PyYAML resolves implicit tags in Python even with the C parser,
so this costs the same as stock CSafeLoader. Duplicate keys, anchors and YAML 1.1 booleans
are not policed (tests/schema/check_schema.py does that, at several times the cost):
this is the fastest honest validator, not the strictest.

Prints one line per invalid file and a summary; exit 0 when all files pass, 1 otherwise.
"""

import json
import os
import sys

import jsonschema
import yaml


class Loader(yaml.CSafeLoader):
    """CSafeLoader without the YAML 1.1 timestamp resolver."""


Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


def validator(schema_dir, name):
    with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    schema_dir, plan_dir = sys.argv[1:]
    files = [("plan.schema.json", "plan.yaml"), ("units.schema.json", "units.yaml"),
             ("events.schema.json", "events.yaml")]
    if os.path.exists(os.path.join(plan_dir, "progress.yaml")):
        files.append(("progress.schema.json", "progress.yaml"))
    tasks_dir = os.path.join(plan_dir, "tasks")
    files += [("tasks.schema.json", os.path.join("tasks", name))
              for name in sorted(os.listdir(tasks_dir)) if name.endswith((".yaml", ".yml"))]
    validators = {}
    bad = 0
    for schema, name in files:
        if schema not in validators:
            validators[schema] = validator(schema_dir, schema)
        with open(os.path.join(plan_dir, name), "rb") as f:
            data = yaml.load(f, Loader=Loader)
        error = jsonschema.exceptions.best_match(validators[schema].iter_errors(data))
        if error is not None:
            bad += 1
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{name}: {where}: {error.message}")
    print(f"{len(files)} files, {bad} invalid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
