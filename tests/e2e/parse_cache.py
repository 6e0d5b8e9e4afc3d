#!/usr/bin/env python3
"""The parse cache makes runs faster and never changes what they report.

On a copy of the repository's plan: a first run fills `.plancheck-cache/` with one entry
per plan file (and keeps itself out of git); a second run parses nothing and rewrites
nothing; editing one file parses that one file; and in every state below, validate
prints exactly what it prints with --no-cache: after an edit that breaks a task, after
a unit the cached tasks name is removed from units.yaml, with entries truncated, flipped,
moved under another file's name or made by another version, and with a cache folder it
cannot write to.

The same holds for each task file's digest (`<key>.checked`: what its own checks found,
which `validate` reads instead of parsing and checking the file): one per task file,
made by any command that loads the plan, rewritten for the edited file alone, made anew
for every file when plan.yaml, units.yaml or events.yaml change (the checks read them),
never trusted when damaged or misplaced, and never in the way of progress.yaml's checks,
which need the milestones of the files the digests stand for.
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


def digests(cache):
    return {path: os.stat(path).st_mtime_ns
            for path in glob.glob(os.path.join(cache, "*.checked"))}


def same_as_uncached(label, plan, *args):
    cached = run(binary, plan, *args)
    uncached = run(binary, plan, "--no-cache", *args)
    expect(f"{label}: the same exit status and output as --no-cache", cached == uncached,
           f"\ncached:   {cached}\nuncached: {uncached}")
    return cached


def damage(names):
    """Truncates the first entry, flips a byte of the second, marks the third as made by
    another version and copies the fourth over the fifth (another file's entry under this
    file's name). Returns the entries that must be made again."""
    with open(names[0], "r+b") as f:
        f.truncate(os.path.getsize(names[0]) // 2)
    with open(names[1], "r+b") as f:
        data = bytearray(f.read())
        data[-3] ^= 0xFF
        f.seek(0)
        f.write(data)
    with open(names[2], "rb") as f:
        data = f.read()
    foreign = re.sub(rb"^plancheck-cache (\d+) \S+", rb"plancheck-cache \1 0.0.9", data, count=1)
    expect("the foreign-version entry really differs", foreign != data)
    with open(names[2], "wb") as f:
        f.write(foreign)
    shutil.copyfile(names[3], names[4])
    return [names[0], names[1], names[2], names[4]]


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
    remade = damage(names)
    damaged = entries(cache)
    same_as_uncached("truncated, flipped, foreign-version and misplaced entries", plan, "validate")
    same_as_uncached("and the plan's answers", plan, "check", "--today", "2017-11-05",
                     "--format", "json")
    healed = entries(cache)
    expect("each damaged entry is written anew",
           all(healed[p] > damaged[p] for p in remade),
           [(os.path.basename(p), healed[p] - damaged[p]) for p in names[:5]])
    run(binary, plan, "validate")
    expect("after which the cache is whole: the next run rewrites nothing", entries(cache) == healed)

    # A cache that cannot be written only makes runs slower.
    shutil.rmtree(cache)
    with open(cache, "w") as f:
        f.write("not a folder")
    code, out, err = same_as_uncached("a cache path that is a file", plan, "validate")
    expect("validate still passes", code == 0, err)

# Digests: what `validate` reads of an unchanged task file.
with tempfile.TemporaryDirectory() as tmp:
    plan = fresh_plan(root, tmp, "plan")
    cache = os.path.join(plan, ".plancheck-cache")
    task_files = sorted(glob.glob(os.path.join(plan, "tasks", "*.yaml")))

    run(binary, plan, "due", "--month", "6")
    first = digests(cache)
    expect("any command that loads the plan leaves one digest per task file",
           len(first) == len(task_files), (len(first), len(task_files)))
    same_as_uncached("validate from digests", plan, "validate")
    same_as_uncached("its JSON", plan, "validate", "--format", "json")
    expect("a warm validate rewrites no digest", digests(cache) == first)

    # One file edited: its digest alone is made again.
    edited = os.path.join(plan, "tasks", "3-3-dust.yaml")
    replace_in(edited, "when: 6月底前", "when: 9月底前")
    code, out, err = same_as_uncached("one file edited", plan, "validate")
    expect("the edit shows: 9月底前 is not what the text says", "3-3-dust.yaml" in err, err)
    after = digests(cache)
    expect("editing one file replaces exactly one digest",
           len(after) == len(first) and len(set(after) - set(first)) == 1,
           (len(first), len(after)))
    replace_in(edited, "when: 9月底前", "when: 6月底前")

    # The files every task file is checked against: any change makes every digest anew.
    for name, old, new, shows in (
            ("units.yaml", "  - name: 区科经信局\n", "  - name: 区科经信局已撤销\n",
             "unknown unit '区科经信局'"),
            ("plan.yaml", "issued: 2017-04-14", "issued: 2017-12-14", "before the plan's issue date"),
            ("events.yaml", "  - id: chengdu-emergency-plan-2017\n",
             "  - id: chengdu-emergency-plan-2017-revised\n",
             "unknown event 'chengdu-emergency-plan-2017'")):
        path = os.path.join(plan, name)
        with open(path, encoding="utf-8") as f:
            original = f.read()
        if old not in original:
            expect(f"{name} has '{old.strip()}' to change", False, original[:300])
            continue
        before = digests(cache)
        replace_in(path, old, new)
        code, out, err = same_as_uncached(f"{name} changed under cached digests", plan, "validate")
        expect(f"{name}: what the unchanged task files now break is reported", shows in err,
               err[:600])
        remade = digests(cache)
        expect(f"{name}: every digest is made anew",
               len(remade) == len(task_files) and all(remade[p] > before.get(p, 0) for p in remade),
               sum(remade[p] > before.get(p, 0) for p in remade))
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        same_as_uncached(f"{name} restored", plan, "validate")

    # Progress names milestones of files validate knows only by their digest.
    progress = os.path.join(plan, "progress.yaml")
    with open(progress, "w", encoding="utf-8") as f:
        f.write("records:\n"
                "  - milestone: 3.5.1a\n"           # repeats: needs @period
                "    done: 2017-06-30\n"
                "  - milestone: 3.5.1a@2017-13\n"   # no such month
                "    done: 2017-06-30\n"
                "  - milestone: 3.1.1a\n"
                "    done: 2017-10-28\n"
                "  - milestone: 9.9.9a\n"           # no such milestone
                "    done: 2017-10-28\n")
    run(binary, plan, "validate")
    code, out, err = same_as_uncached("progress checked against files read from digests",
                                      plan, "validate")
    expect("its errors are all reported",
           code == 1 and "'3.5.1a' repeats" in err and "no milestone '9.9.9a'" in err
           and "3.5.1a@2017-13" in err, err[:1200])
    os.remove(progress)

    # Damaged and misplaced digests are ignored and made again.
    run(binary, plan, "validate")
    names = sorted(digests(cache))
    remade = damage(names)
    damaged = digests(cache)
    same_as_uncached("truncated, flipped, foreign-version and misplaced digests", plan, "validate")
    healed = digests(cache)
    expect("each damaged digest is written anew",
           all(healed[p] > damaged[p] for p in remade),
           [(os.path.basename(p), healed[p] - damaged[p]) for p in names[:5]])

    # A stale digest cannot hide an error: the digest of a file's clean content is not
    # taken for its broken content.
    broken = os.path.join(plan, "tasks", "3-5-enforcement.yaml")
    replace_in(broken, "lead: [区环保局]", "lead: [区环保局局]")
    code, out, err = same_as_uncached("a broken file", plan, "validate")
    expect("is reported", code == 1 and "区环保局局" in err, err[:600])

# The phrases found in a task's text are cached with the file, and so is what kind each is:
# a mention (a bare date, a year alone) never warns, warm or cold. The plan year then moves
# under the cached task file, so its text is checked again from the cached phrases.
with tempfile.TemporaryDirectory() as tmp:
    plan = fresh_plan(root, tmp, "plan")
    dust = os.path.join(plan, "tasks", "3-3-dust.yaml")
    replace_in(dust, "根据市上要求，开展网格化降尘量监测", "根据市上要求，对2016年10月以来的数据和2017年度目标，开展网格化降尘量监测")
    code, out, err = run(binary, plan, "validate")
    expect("mentions in a task's text do not warn", "text-without-milestone" not in err, err[-600:])
    replace_in(os.path.join(plan, "plan.yaml"), "issued: 2017-04-14", "issued: 2017-04-15")
    code, out, err = same_as_uncached("mentions read from the cache", plan, "validate")
    expect("and do not warn from the cache either", "text-without-milestone" not in err, err[-600:])

checks.finish()
