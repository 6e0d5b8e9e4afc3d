#!/usr/bin/env python3
"""How many tasks of plan openings `plancheck import` reads as a careful reader does.

Usage: import_score.py PLANCHECK CORPUS_DIR EXPECTED_DIR [--list]

CORPUS_DIR holds NN-name.txt openings, EXPECTED_DIR the NN.json readings beside them (the
format of ../shared/corpus/expected: per task its id, lead, responsible and the dated
deadlines, "none" for undated, with *_alt for a second defensible reading). For each
opening it imports the text, compiles the draft, and counts the expected tasks found by
id, those whose lead and responsible units equal the expected ones, and those whose
dated deadlines (the milestones' dates, ends or due days) equal the expected ones.
--list prints every task that differs.
"""
import json
import os
import subprocess
import sys
import tempfile
import unicodedata


def nfkc(text):
    return unicodedata.normalize("NFKC", text)


def compiled(binary, source, out_dir):
    run = subprocess.run([binary, "import", source, "-o", out_dir], capture_output=True, text=True)
    if run.returncode != 0:
        return None
    run = subprocess.run([binary, "--plan", out_dir, "--no-cache", "compile"],
                         capture_output=True, text=True)
    if run.returncode != 0:
        return None
    return json.loads(run.stdout)


def units(entries):
    return sorted(nfkc(e["written"]) for e in entries)


def unit_readings(task):
    """Every reading of the task's units: an entry {"one_of": [[…], […]]} is any of them."""
    readings = {}
    for role in ("lead", "responsible"):
        options = [[]]
        for entry in task[role]:
            choices = entry["one_of"] if isinstance(entry, dict) else [[entry]]
            options = [o + c for o in options for c in choices]
        readings[role] = [sorted(map(nfkc, o)) for o in options]
    return [(lead, responsible) for lead in readings["lead"] for responsible in readings["responsible"]]


def dates(task):
    out = set()
    for m in task["milestones"]:
        if m["kind"] in ("continuous", "start"):
            continue
        day = m.get("date") or m.get("end")
        if day:
            out.add(day)
    return sorted(out)


def main():
    binary, corpus, expected_dir = sys.argv[1:4]
    listing = "--list" in sys.argv
    totals = {"tasks": 0, "found": 0, "units": 0, "deadlines": 0, "drafts": 0, "files": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(expected_dir)):
            if not name.endswith(".json"):
                continue
            expected = json.load(open(os.path.join(expected_dir, name), encoding="utf-8"))
            source = os.path.join(corpus, expected["doc"])
            totals["files"] += 1
            plan = compiled(binary, source, os.path.join(tmp, name[:-5]))
            got = {t["id"]: t for t in plan["tasks"]} if plan else {}
            totals["drafts"] += plan is not None
            for task in expected["tasks"]:
                totals["tasks"] += 1
                ids = [task["id"]] + task.get("id_alt", [])
                match = next((got[i] for i in ids if i in got), None)
                if match is None:
                    if listing:
                        print(f"{name} {task['id']}: not found")
                    continue
                totals["found"] += 1
                have_units = (units(match["lead"]), units(match["responsible"]))
                if any(want == have_units for want in unit_readings(task)):
                    totals["units"] += 1
                elif listing:
                    print(f"{name} {task['id']}: units {have_units} != {unit_readings(task)[0]}")
                want = [[] if task["deadlines"] == "none" else sorted(task["deadlines"])]
                want += [sorted(alt) for alt in task.get("deadlines_alt") or []]
                have = dates(match)
                if have in want:
                    totals["deadlines"] += 1
                elif listing:
                    print(f"{name} {task['id']}: deadlines {have} not in {want}")
    t = totals
    print(f"{t['files']} openings, {t['drafts']} drafts; tasks found {t['found']}/{t['tasks']}, "
          f"units right {t['units']}/{t['tasks']}, deadlines right {t['deadlines']}/{t['tasks']}")


if __name__ == "__main__":
    main()
