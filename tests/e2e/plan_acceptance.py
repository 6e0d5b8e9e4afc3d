#!/usr/bin/env python3
"""The repository's plan against the official text (tests/data/qbj-2017-air-plan.txt):
all 60 numbered items are tasks with the document's ids, each task's text is verbatim,
its units are exactly the annotation's, and `plancheck validate` passes with no dated
phrase left without its milestone."""
import glob
import json
import os
import re
import subprocess
import sys

import yaml

binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
source = open(os.path.join(root, "tests", "data", "qbj-2017-air-plan.txt"), encoding="utf-8").read()

EXPECTED_IDS = (["1.1", "1.2", "2.1", "2.2"] + [f"3.1.{i}" for i in range(1, 15)]
                + [f"3.2.{i}" for i in range(1, 8)] + [f"3.3.{i}" for i in range(1, 7)]
                + [f"3.4.{i}" for i in range(1, 6)] + [f"3.5.{i}" for i in range(1, 13)]
                + ["3.6.1", "3.6.2", "4.1.1", "4.1.2", "4.2", "4.3.1", "4.3.2", "4.3.3",
                   "4.4", "4.5", "4.6", "4.7"])
ROLES = {"牵头单位": "lead", "责任单位": "responsible", "数据提供单位": "data_provider"}


class Yaml12Loader(yaml.SafeLoader):
    pass


Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}

problems = []
tasks = []
for path in sorted(glob.glob(os.path.join(root, "plan", "tasks", "*.yaml"))):
    tasks += yaml.load(open(path, encoding="utf-8"), Loader=Yaml12Loader)["tasks"]
ids = [t["id"] for t in tasks]
if ids != EXPECTED_IDS:
    problems.append(f"task ids differ: {ids}")
for task in tasks:
    text = task["text"]
    at = source.find(text)
    if at < 0:
        problems.append(f"{task['id']}: text is not verbatim in the source")
        continue
    rest = source[at + len(text):].split("\n", 1)[0]
    m = re.match(r"^[〔（(](.*)[〕）)]\s*$", rest)
    annotation = {}
    if m:
        for part in re.split("[；;]", m.group(1)):
            role, _, names = part.partition("：")
            annotation[ROLES[role.strip()]] = names.split("、")
    for role in ROLES.values():
        if task.get(role, []) != annotation.get(role, []):
            problems.append(f"{task['id']}: {role} {task.get(role)} != source {annotation.get(role)}")
    if not task["milestones"]:
        problems.append(f"{task['id']}: no milestone")

result = subprocess.run([binary, "--no-cache", "--plan", os.path.join(root, "plan"), "validate", "--format",
                         "json"], capture_output=True)
if result.returncode != 0:
    problems.append("validate exits %d: %s" % (result.returncode, result.stdout.decode()))
for d in json.loads(result.stdout)["diagnostics"]:
    if d["rule"] in ("text-without-milestone", "unit-unknown", "unit-host"):
        problems.append(f"validate: {d['rule']}: {d['message']}")

for p in problems:
    print("FAIL " + p)
checks = len(tasks) + 1
print(f"{checks - len(problems) if len(problems) < checks else 0} passed, {len(problems)} failed")
sys.exit(1 if problems else 0)
