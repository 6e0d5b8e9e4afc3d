#!/usr/bin/env python3
"""`done` and `check` end to end on a copy of the repository's plan: overdue items appear
and disappear with done records, recurring occurrences are judged one by one, a deadline is
on time through its due day, and `done` appends without touching what is there or refuses
with a clear message and an unchanged file."""
import json
import os
import sys
import tempfile

from common import Checks, run as run_plancheck, fresh_plan

binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
checks = Checks()
expect = checks.expect


def run(plan, *args):
    return run_plancheck(binary, plan, *args)



def overdue(plan, today):
    code, out, err = run(plan, "check", "--today", today, "--format", "json")
    return code, json.loads(out) if out else {"items": []}


with tempfile.TemporaryDirectory() as tmp:
    plan = fresh_plan(root, tmp, "a")
    october = {"3.1.1a", "3.1.3a", "3.2.3a", "3.2.4a"}
    code, doc = overdue(plan, "2017-11-05")
    listed = {i["instance"] for i in doc["items"]}
    expect("check 2017-11-05 exits 1", code == 1, code)
    expect("the four October deadlines are overdue", october <= listed, sorted(listed))
    expect("days overdue counted from the due day",
           all(i["days_overdue"] == 5 for i in doc["items"] if i["instance"] in october))
    for milestone in sorted(october):
        code, out, err = run(plan, "done", milestone, "--on", "2017-10-30", "--by", "区环保局",
                             "--today", "2017-11-05")
        expect(f"done {milestone}", code == 0, err)
    code, doc = overdue(plan, "2017-11-05")
    listed = {i["instance"] for i in doc["items"]}
    expect("done records clear them", not (october & listed), sorted(october & listed))
    expect("validate accepts the appended progress", run(plan, "validate")[0] == 0,
           run(plan, "validate")[2])

    plan = fresh_plan(root, tmp, "b")
    code, doc = overdue(plan, "2017-10-31")
    listed = {i["instance"] for i in doc["items"]}
    expect("on the due day itself nothing of October is overdue", not (october & listed),
           sorted(october & listed))

    plan = fresh_plan(root, tmp, "c")
    for month in ["04", "05", "06", "09", "10", "11", "12"]:
        if month in ("10", "11", "12"):
            continue  # not yet due on 2017-09-05, and done cannot be in the future
        code, out, err = run(plan, "done", f"3.3.1a@2017-{month}", "--on", "2017-09-01",
                             "--today", "2017-09-05")
        expect(f"done 3.3.1a@2017-{month}", code == 0, err)
    code, doc = overdue(plan, "2017-09-05")
    monthly = [(i["instance"], i["due"]) for i in doc["items"] if i["milestone"] == "3.3.1a"]
    expect("exactly July and August of 3.3.1 are overdue",
           monthly == [("3.3.1a@2017-07", "2017-07-31"), ("3.3.1a@2017-08", "2017-08-31")],
           monthly)

    plan = fresh_plan(root, tmp, "d")
    progress = os.path.join(plan, "progress.yaml")
    original = ("# yaml-language-server: $schema=../schemas/progress.schema.json\n"
                "# kept as written\n"
                "records:\n"
                "  # the first report\n"
                "  - milestone: 3.1.1a\n"
                "    done: 2017-10-28  # two boilers\n"
                "    by: 区科经信局\n")
    open(progress, "w", encoding="utf-8").write(original)
    code, out, err = run(plan, "done", "3.1.3a", "--on", "2017-10-29", "--note",
                         "含\"引号\"、冒号: 和 # 号", "--today", "2017-11-01")
    after = open(progress, encoding="utf-8").read()
    expect("append keeps comments and records byte for byte", after.startswith(original), after)
    expect("the note round-trips", run(plan, "validate")[0] == 0, run(plan, "validate")[2])
    refusals = [
        (["done", "9.9.9a", "--on", "2017-10-01"], "no milestone '9.9.9a'"),
        (["done", "3.1.3a", "--on", "2017-10-30"], "already recorded"),
        (["done", "3.2.3a", "--on", "2017-01-03"], "before the plan was issued"),
        (["done", "3.2.3a", "--on", "2017-12-01", "--today", "2017-11-01"], "in the future"),
        (["done", "3.3.1a", "--on", "2017-10-01"], "say which time with '@'"),
        (["done", "3.3.1a@2017-13", "--on", "2017-10-01"], "is not one of the times"),
        (["done", "3.1.1a@2017-10", "--on", "2017-10-01"], "happens once"),
        (["done", "3.2.3a", "--on", "2017-10-01", "--by", "区环保厅"], "did you mean '区环保局'"),
        (["done", "3.2.3a", "--on", "2017-10-32"], "not a date"),
    ]
    for args, message in refusals:
        if "--today" not in args:
            args = args + ["--today", "2017-11-05"]
        before = open(progress, "rb").read()
        code, out, err = run(plan, *args)
        expect(f"refuses {' '.join(args)}", code in (1, 2) and message in err, (code, err))
        expect(f"leaves the file as it was after {args[1]}", open(progress, "rb").read() == before)

checks.finish()
