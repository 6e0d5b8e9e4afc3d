#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""How many certain rows of deadline-phrase case files `plancheck when` dates right.

    bench/when_cases.py build/plancheck FILE.tsv [FILE.tsv ...] [--list]

A case file has the columns phrase, plan_year, kind, start_iso, end_iso, note (the format
of tests/data/zh-time-cases.tsv). Rows whose note says UNCERTAIN or TRICKY are left out.
A row is right when `plancheck when --format json --year PLAN_YEAR PHRASE` gives its kind
and its dates: a deadline's date, a start's first day, a window's first occurrence, a
recurring phrase's first due day. Relative rows count as wrong until `when --from` exists,
since their dates need an anchor. --list prints each wrong row with what plancheck said.
"""
import csv
import json
import subprocess
import sys


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
        return first.get("start") == row["start_iso"] and first.get("end") == row["end_iso"]
    if row["kind"] == "recurring":
        return bool(answer.get("every")) and (not row["end_iso"] or row["end_iso"] in
                                              (first.get("due"), first.get("end")))
    return False


def main():
    args = [a for a in sys.argv[1:] if a != "--list"]
    binary, files = args[0], args[1:]
    for path in files:
        total = good = 0
        wrong = []
        for row in csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"):
            if "UNCERTAIN" in row["note"] or "TRICKY" in row["note"]:
                continue
            total += 1
            run = subprocess.run([binary, "when", "--format", "json", "--year", row["plan_year"],
                                  row["phrase"]], capture_output=True, text=True)
            if run.returncode == 0 and right(row, json.loads(run.stdout)):
                good += 1
            else:
                said = run.stdout if run.returncode == 0 else run.stderr
                wrong.append(f"  {row['phrase']}\t{row['kind']} {row['start_iso']} {row['end_iso']}"
                             f"\t{' '.join(said.split())[:120]}")
        print(f"{path}: {good}/{total} certain rows right")
        if "--list" in sys.argv:
            print("\n".join(wrong))


if __name__ == "__main__":
    main()
