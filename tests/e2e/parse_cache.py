#!/usr/bin/env python3
"""The parse cache makes runs faster and never changes what they report.

On a copy of the repository's plan: a first run fills `.plancheck-cache/` with one entry
per plan file (and keeps itself out of git); a second run parses nothing and rewrites
nothing; editing one file parses that one file; and in every state below, validate
prints exactly what it prints with --no-cache: after an edit that breaks a task, after
a unit the cached tasks name is removed from units.yaml, with entries truncated, flipped,
moved under another file's name or made by another version, and with a cache folder it
cannot write to.
"""
import glob
import os
import re
import shutil
import sys
import tempfile

from common import Checks, fresh_plan, run

binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
checks = Checks()
expect = checks.expect


def entries(cache):
    return {path: os.stat(path).st_mtime_ns for path in glob.glob(os.path.join(cache, "*"))
            if len(os.path.basename(path)) == 32}


def same_as_uncached(label, plan, *args):
    cached = run(binary, plan, *args)
    uncached = run(binary, plan, "--no-cache", *args)
    expect(f"{label}: the same exit status and output as --no-cache", cached == uncached,
           f"\ncached:   {cached}\nuncached: {uncached}")
    return cached


def replace_in(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert old in text, (path, old)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


with tempfile.TemporaryDirectory() as tmp:
    plan = fresh_plan(root, tmp, "plan")
    cache = os.path.join(plan, ".plancheck-cache")
    plan_files = (sorted(glob.glob(os.path.join(plan, "tasks", "*.yaml")))
                  + [os.path.join(plan, name) for name in ("plan.yaml", "units.yaml", "events.yaml")])

    code, out, err = run(binary, plan, "validate")
    expect("a first run passes", code == 0, err)
    first = entries(cache)
    expect("it leaves one entry per plan file", len(first) == len(plan_files),
           (len(first), len(plan_files)))
    with open(os.path.join(cache, ".gitignore"), encoding="utf-8") as f:
        expect("the cache keeps itself out of git", "*" in f.read().split())
    expect("and out of backups (CACHEDIR.TAG)", os.path.exists(os.path.join(cache, "CACHEDIR.TAG")))

    same_as_uncached("warm run", plan, "validate")
    expect("a warm run rewrites no entry", entries(cache) == first)
    same_as_uncached("warm due", plan, "due", "--month", "10", "--format", "json")

    # One file edited: it alone is parsed again (one new entry), and what it says is seen.
    edited = os.path.join(plan, "tasks", "3-3-dust.yaml")
    replace_in(edited, "when: 6月底前", "when: 9月底前")
    same_as_uncached("one file edited", plan, "due", "--month", "9", "--format", "json")
    after = entries(cache)
    expect("editing one file replaces exactly one entry",
           len(after) == len(first) and len(set(after) - set(first)) == 1,
           (len(first), len(after), len(set(after) - set(first))))
    expect("and leaves the others untouched",
           sum(after.get(p) == t for p, t in first.items()) == len(first) - 1)

    # An edit that breaks a task is reported, not hidden by the entry of its old content.
    replace_in(edited, "when: 9月底前", "when: 9月底钱")
    code, out, err = same_as_uncached("a broken edit", plan, "validate")
    expect("the broken edit fails validate", code == 1 and "3-3-dust.yaml:" in err, err)
    replace_in(edited, "when: 9月底钱", "when: 6月底前")

    # Checks across files run on cached tasks too: a unit they name is removed.
    units = os.path.join(plan, "units.yaml")
    with open(units, encoding="utf-8") as f:
        original_units = f.read()
    replace_in(units, "  - name: 区科经信局\n", "  - name: 区科经信局已撤销\n")
    code, out, err = same_as_uncached("a unit removed under cached tasks", plan, "validate")
    expect("the cached tasks that name it are errors, quoted with their line",
           code == 1 and "unknown unit '区科经信局'" in err and "lead: [区科经信局]" in err,
           err[:600])
    with open(units, "w", encoding="utf-8") as f:
        f.write(original_units)

    # Damaged and foreign entries are ignored and made again.
    shutil.rmtree(cache)
    code, out, err = run(binary, plan, "validate")
    names = sorted(entries(cache))
    with open(names[0], "r+b") as f:
        f.truncate(os.path.getsize(names[0]) // 2)
    with open(names[1], "r+b") as f:
        data = bytearray(f.read())
        data[-5] ^= 0xFF
        f.seek(0)
        f.write(data)
    with open(names[2], "rb") as f:
        data = f.read()
    with open(names[2], "wb") as f:
        foreign = re.sub(rb"^plancheck-cache (\d+) \S+", rb"plancheck-cache \1 0.0.9", data, count=1)
        f.write(foreign)
    expect("the foreign-version entry really differs", foreign != data)
    shutil.copyfile(names[3], names[4])  # another file's tasks under this file's name
    damaged = entries(cache)
    same_as_uncached("truncated, flipped, foreign-version and misplaced entries", plan, "validate")
    same_as_uncached("and the plan's answers", plan, "check", "--today", "2017-11-05",
                     "--format", "json")
    healed = entries(cache)
    expect("each damaged entry is written anew",
           all(healed[p] > damaged[p] for p in (names[0], names[1], names[2], names[4])),
           [(os.path.basename(p), healed[p] - damaged[p]) for p in names[:5]])
    run(binary, plan, "validate")
    expect("after which the cache is whole: the next run rewrites nothing", entries(cache) == healed)

    # A cache that cannot be written only makes runs slower.
    shutil.rmtree(cache)
    with open(cache, "w") as f:
        f.write("not a folder")
    code, out, err = same_as_uncached("a cache path that is a file", plan, "validate")
    expect("validate still passes", code == 0, err)

checks.finish()
