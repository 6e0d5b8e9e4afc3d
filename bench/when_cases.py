#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""How many certain rows of deadline-phrase case files `plancheck when` dates right.

    bench/when_cases.py build/plancheck FILE.tsv [FILE.tsv ...] [--list]

A case file has the columns phrase, plan_year, kind, start_iso, end_iso, note (the format
of tests/data/zh-time-cases.tsv). Rows whose note says UNCERTAIN or TRICKY are left out.
A row is right when `plancheck when --format json --year PLAN_YEAR PHRASE` gives its kind
and its dates: a deadline's date, a start's first day, a window's first occurrence. A
recurring row is right when its date is the due day or end of one of its first twelve
occurrences: the first one depends on the plan's issue date, which a row does not give. A
relative row is run with `--from` the anchor its note gives as an example ("e.g. 2017-01-31
-> 2017-02-28") and is right when it falls due on the stated day; one with no example
counts as wrong. --list prints each wrong row with what plancheck said. It also prints how
long a whole `when` process took per phrase (start-up included), median and worst.

    bench/when_cases.py build/plancheck FILE.tsv ... --decided tests/data/when-cases-decided.tsv

--decided names the rows plancheck answers otherwise by decision, each with why; the run
then exits 1 when any other row is wrong, or when a row named there comes out right (so
the list stays true). ctest runs it on every case file in tests/data.
"""
import csv
import json
import re
import statistics
import subprocess
import sys
import time


EXAMPLE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*->\s*(\d{4}-\d{2}-\d{2})")


def right(row, answer):
    kind = answer["kind"]
    first = (answer.get("occurrences") or [{}])[0]
    if row["kind"] == "continuous":
        return kind == "continuous"
    if row["kind"] == "deadline":
        return kind == "deadline" and answer.get("date") == row["end_iso"]
    if row["kind"] == "start":
        return kind == "start" and (not row["start_iso"] or answer.get("start") == row["start_iso"])
    if row["kind"] == "window":
        # A row with no dates is an event's window: right when it is a window still pending.
        if not row["start_iso"] and not row["end_iso"]:
            return kind == "window" and bool(answer.get("pending"))
        return first.get("start") == row["start_iso"] and first.get("end") == row["end_iso"]
    if row["kind"] == "recurring":
        days = {o.get(k) for o in answer.get("occurrences") or [] for k in ("due", "end")}
        return bool(answer.get("every")) and (not row["end_iso"] or row["end_iso"] in days)
    if row["kind"] == "relative":
        example = EXAMPLE.search(row["note"])
        return kind == "relative" and bool(example) and answer.get("date") == example.group(2)
    return False


def main():
    args = [a for a in sys.argv[1:] if a != "--list"]
    decided = None
    if "--decided" in args:
        at = args.index("--decided")
        decided = {row["phrase"] for row in
                   csv.DictReader(open(args[at + 1], encoding="utf-8"), delimiter="\t")}
        del args[at:at + 2]
    binary, files = args[0], args[1:]
    unexpected = []
    for path in files:
        total = good = 0
        wrong = []
        seconds = []
        for row in csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"):
            if "UNCERTAIN" in row["note"] or "TRICKY" in row["note"]:
                continue
            total += 1
            command = [binary, "when", "--format", "json", "--count", "12", "--year",
                       row["plan_year"], row["phrase"]]
            example = EXAMPLE.search(row["note"])
            if row["kind"] == "relative" and example:
                command[2:2] = ["--from", example.group(1)]
            started = time.perf_counter()
            run = subprocess.run(command, capture_output=True, text=True)
            seconds.append(time.perf_counter() - started)
            ok = run.returncode == 0 and right(row, json.loads(run.stdout))
            if decided is not None and ok == (row["phrase"] in decided):
                unexpected.append(f"{path}: {row['phrase']}: "
                                  + ("right, but listed as decided" if ok else "wrong"))
            if ok:
                good += 1
            else:
                said = run.stdout if run.returncode == 0 else run.stderr
                wrong.append(f"  {row['phrase']}\t{row['kind']} {row['start_iso']} {row['end_iso']}"
                             f"\t{' '.join(said.split())[:120]}")
        print(f"{path}: {good}/{total} certain rows right; a `when` process takes "
              f"{statistics.median(seconds) * 1000:.1f} ms (median), {max(seconds) * 1000:.1f} ms "
              f"at most")
        if "--list" in sys.argv:
            print("\n".join(wrong))
    for line in unexpected:
        print(line)
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
