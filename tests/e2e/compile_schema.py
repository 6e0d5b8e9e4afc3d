#!/usr/bin/env python3
"""`plancheck compile` output validates against schemas/compiled.schema.json, holds all 60
tasks with resolved units, and reflects progress; `units 清泉镇` lists 3.1.7 and 3.2.6 by
name and every 各乡镇（街道） task through the group."""
import json
import os
import shutil
import sys
import tempfile

import jsonschema

from common import Checks, run as run_plancheck

binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
checks = Checks()
expect = checks.expect



def run(plan, *args):
    # The repository's plan is read, never written: no cache beside it.
    return run_plancheck(binary, plan, "--no-cache", *args)


schema = json.load(open(os.path.join(root, "schemas", "compiled.schema.json"), encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
with tempfile.TemporaryDirectory() as tmp:
    plan = os.path.join(tmp, "plan")
    shutil.copytree(os.path.join(root, "plan"), plan)
    run(plan, "done", "3.1.1a", "--on", "2017-10-20", "--by", "区科经信局", "--today", "2017-11-05")
    out_path = os.path.join(tmp, "compiled.json")
    code, out, err = run(plan, "compile", "--today", "2017-11-05", "-o", out_path)
    expect("compile exits 0", code == 0, err)
    doc = json.load(open(out_path, encoding="utf-8"))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    expect("compile output validates against its schema", not errors,
           [f"{list(e.path)}: {e.message}" for e in errors[:5]])
    expect("all 60 tasks", len(doc["tasks"]) == 60, len(doc["tasks"]))
    task = {t["id"]: t for t in doc["tasks"]}
    expect("hosted offices resolve to the registry's name",
           task["2.1"]["lead"][0] == {"written": "区大气办（区环保局）", "resolved": "区大气办", "kind": "unit"})
    expect("half-width brackets resolve to the group",
           task["3.1.14"]["responsible"][2]["resolved"] == "各乡镇（街道）", task["3.1.14"]["responsible"])
    instance = task["3.1.1"]["milestones"][0]["instances"][0]
    expect("progress is applied", instance["state"] == "done" and instance["done"] == "2017-10-20", instance)
    expect("an undone past deadline is overdue",
           task["3.1.3"]["milestones"][0]["instances"][0]["state"] == "overdue")
    broken = dict(doc, format="other")
    expect("the schema is not a rubber stamp", not validator.is_valid(broken))

code, out, err = run(os.path.join(root, "plan"), "units", "清泉镇", "--format", "json")
unit = json.loads(out)
responsible = {r["task"]: r["via"] for r in unit["responsible"]}
expect("3.1.7 and 3.2.6 name 清泉镇 directly",
       responsible.get("3.1.7", "x") is None and responsible.get("3.2.6", "x") is None, responsible)
code, out, err = run(os.path.join(root, "plan"), "compile", "--today", "2017-01-01")
group_tasks = [t["id"] for t in json.loads(out)["tasks"]
               if any(u["resolved"] == "各乡镇（街道）" for u in t["lead"] + t["responsible"])]
expect("every 各乡镇（街道） task reaches 清泉镇 through the group",
       all(responsible.get(t) == "各乡镇（街道）" for t in group_tasks if t not in ("3.1.7", "3.2.6")),
       [t for t in group_tasks if responsible.get(t) != "各乡镇（街道）"])
expect("and there are many of them", len(group_tasks) >= 30, len(group_tasks))

checks.finish()
