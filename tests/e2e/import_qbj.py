#!/usr/bin/env python3
"""The acceptance test of `plancheck import`: the official 2017 text imported against the
hand-made plan/. It prints the figures (task ids matched, lead and responsible sets equal
out of 60, milestone dates equal in %) and fails below 60 ids, 57 unit sets or 95%.

The comparison is made here, from `plancheck compile` of both plans, not from the
importer's own --check, whose figures must then agree with these.

Usage: import_qbj.py PLANCHECK REPO_ROOT SOURCE_TXT
"""
import json
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Checks, run  # noqa: E402
from import_common import load_draft, nfkc, unplaced_sentences  # noqa: E402

binary, root, source = sys.argv[1], sys.argv[2], sys.argv[3]
plan = os.path.join(root, "plan")
checks = Checks()


def compiled(plan_dir):
    code, out, err = run(binary, plan_dir, "--no-cache", "compile")
    if code != 0:
        raise SystemExit(f"compile {plan_dir} failed ({code}): {err}")
    return {t["id"]: t for t in json.loads(out)["tasks"]}


def schedule(m):
    # An import cannot know an event's date, so a phrase that waits on one matches by
    # its own wording (same offset from the same kind of event).
    if m["kind"] == "relative" or (m["kind"] == "window" and m["when"].endswith("期间")):
        return (m["kind"], nfkc(m["when"]))
    return (m["kind"], m["date"], m["start"], m["end"], m["every"])


with tempfile.TemporaryDirectory() as tmp:
    draft_dir = os.path.join(tmp, "draft")
    code, out, err = run(binary, None, "import", source, "-o", draft_dir, "--units",
                         os.path.join(plan, "units.yaml"))
    checks.expect("import exits 0", code == 0, f"exit {code}: {err[-2000:]}")
    checks.expect("summary names the counts", re.search(r"tasks +60 ", out), out)
    code, _, err = run(binary, draft_dir, "--no-cache", "validate")
    checks.expect("the draft validates", code == 0, err[-3000:])

    hand, fresh = compiled(plan), compiled(draft_dir)
    ids = [i for i in hand if i in fresh]
    units_equal = 0
    total = equal = 0
    for task_id in hand:
        h = hand[task_id]
        f = fresh.get(task_id)
        total += len(h["milestones"])
        if f is None:
            continue
        same_units = all({nfkc(u["written"]) for u in h[r]} == {nfkc(u["written"]) for u in f[r]}
                         for r in ("lead", "responsible"))
        units_equal += same_units
        if not same_units:
            print(f"  units differ in {task_id}")
        pool = [schedule(m) for m in f["milestones"]]
        for m in h["milestones"]:
            key = schedule(m)
            if key in pool:
                pool.remove(key)
                equal += 1
            else:
                print(f"  milestone {m['id']} ({m['when']}) has no equal in the import")
    percent = 100.0 * equal / total
    print(f"ids matched: {len(ids)}/{len(hand)}")
    print(f"lead and responsible sets equal: {units_equal}/{len(hand)}")
    print(f"milestone dates equal: {equal}/{total} = {percent:.1f}%")
    checks.expect("all 60 task ids", len(hand) == 60 and len(ids) == 60 and len(fresh) == 60,
                  f"{len(ids)} of {len(hand)}; import has {len(fresh)}")
    checks.expect("unit sets equal for at least 57", units_equal >= 57, str(units_equal))
    checks.expect("milestone dates equal for at least 95%", percent >= 95.0, f"{percent:.1f}%")

    draft = load_draft(draft_dir)
    checks.expect("header read", draft["plan"]["doc_number"] == "青府办函〔2017〕8号"
                  and str(draft["plan"]["issued"]) == "2017-04-14" and draft["plan"]["year"] == 2017
                  and draft["plan"]["issuer"] == "成都市青白江区人民政府办公室"
                  and draft["plan"]["title"] == "成都市青白江区大气污染防治实施方案2017年度实施计划",
                  str(draft["plan"]))
    checks.expect("the implemented documents", [d["doc_number"] for d in draft["plan"]["implements"]]
                  == ["成办函〔2017〕47号", "青府办发〔2014〕30号"], str(draft["plan"].get("implements")))
    checks.expect("data provider of 3.1.10", draft["tasks"]["3.1.10"].get("data_provider") == ["区统计局"],
                  str(draft["tasks"]["3.1.10"]))
    checks.expect("events to date by hand", len(draft["events"]["events"]) == 2,
                  str(draft["events"]))
    missing = unplaced_sentences(source, draft)
    checks.expect("every sentence lands in a task, heading, leftover or plan.yaml", not missing,
                  "; ".join(missing[:5]))

    # --check makes the same comparison and must report the same figures.
    code, out, err = run(binary, plan, "--no-cache", "import", "--check", source)
    match = re.search(r"ids (\d+)/(\d+) matched, lead and responsible equal (\d+)/\d+, "
                      r"milestone dates equal (\d+)/(\d+)", out)
    checks.expect("--check prints its figures", match, out[-2000:])
    if match:
        checks.expect("--check agrees", (int(match[1]), int(match[3]), int(match[4]), int(match[5]))
                      == (len(ids), units_equal, equal, total), match[0])
    checks.expect("--check exits 0 only without differences",
                  (code == 0) == ("0 differences" in out), f"exit {code}")

    # A plan edited after the import is told apart, task by task.
    edited = os.path.join(tmp, "edited")
    shutil.copytree(plan, edited)
    tasks_file = os.path.join(edited, "tasks", "3-1-emission-reduction.yaml")
    with open(tasks_file, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("lead: [区科经信局]\n    responsible: [区环保局, 各园区管委会]",
                        "lead: [区环保局]\n    responsible: [区科经信局, 各园区管委会]", 1)
    text = text.replace("when: 7月底前", "when: 8月底前", 1)
    with open(tasks_file, "w", encoding="utf-8") as f:
        f.write(text)
    code, out, err = run(binary, edited, "--no-cache", "import", "--check", source)
    checks.expect("--check finds an edited lead", code == 1 and "3.1.1: lead [区环保局] in the plan, "
                  "[区科经信局] in the import" in out, out[-1500:])
    checks.expect("--check finds an edited date", "3.1.7: milestone 3.1.7b ('8月底前')" in out and
                  "3.1.7: the import adds a milestone '7月底前'" in out, out[-1500:])
    checks.expect("--check counts them", "lead and responsible equal 59/60" in out and
                  "milestone dates equal 71/72" in out, out[-300:])

    # Without a registry every unit is new, and the draft still validates.
    bare = os.path.join(tmp, "bare")
    code, out, err = run(binary, None, "import", source, "-o", bare)
    checks.expect("import without --units exits 0", code == 0, err[-2000:])
    code, _, err = run(binary, bare, "--no-cache", "validate")
    checks.expect("the draft without a registry validates", code == 0, err[-3000:])
    units = load_draft(bare)["units"]
    names = {u["name"]: u for u in units["units"]}
    checks.expect("new units are unverified", all(not u["verified"] for u in units["units"]),
                  "")
    checks.expect("a hosted office keeps its host", names.get("区大气办", {}).get("hosted_by") == "区环保局",
                  str(names.get("区大气办")))
    checks.expect("a collective name is a group",
                  any(g["name"] == "各乡镇（街道）" and g["members"] == "unknown"
                      for g in units["groups"]), str(units["groups"]))
    # A second import into the same directory is refused unless asked for.
    code, _, err = run(binary, None, "import", source, "-o", bare)
    checks.expect("an existing draft is not overwritten", code == 2 and "--force" in err, err)
    code, _, err = run(binary, None, "import", source, "-o", bare, "--force")
    checks.expect("--force overwrites", code == 0, err[-1000:])

checks.finish()
