#!/usr/bin/env python3
"""The repository's own plan passes its JSON Schemas, and every file names its schema
on its first line (so editors check it as people type)."""
import glob
import os
import subprocess
import sys

checker, root = sys.argv[1], sys.argv[2]
plan = os.path.join(root, "plan")
files = {"plan": [os.path.join(plan, "plan.yaml")], "units": [os.path.join(plan, "units.yaml")],
         "events": [os.path.join(plan, "events.yaml")],
         "tasks": sorted(glob.glob(os.path.join(plan, "tasks", "*.yaml")))}
failed = 0
for schema, paths in files.items():
    for path in paths:
        first = open(path, encoding="utf-8").readline().strip()
        depth = "../.." if "/tasks/" in path else ".."
        want = f"# yaml-language-server: $schema={depth}/schemas/{schema}.schema.json"
        if first != want:
            print(f"FAIL {path}: first line is {first!r}, want {want!r}")
            failed += 1
    result = subprocess.run([sys.executable, checker,
                             os.path.join(root, "schemas", f"{schema}.schema.json")] + paths)
    failed += result.returncode != 0
total = sum(len(p) for p in files.values())
print(f"{total - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
