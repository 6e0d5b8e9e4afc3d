#!/usr/bin/env python3
"""concurrent_done.py PLANCHECK BASE_PLAN [REPETITIONS]: clerks recording at the same time
lose nothing, and a writer is not fooled by files planted beside progress.yaml. The plan is
the base fixture with a section of 100 tasks, one deadline each.

Each repetition, on a fresh copy of the plan:
- 4 writers record 25 distinct milestones each, all at once: every one of the 100 runs
  that said "recorded" (exit 0) has its record in progress.yaml, which validates;
- 8 writers record the same milestone with 8 different notes, all at once: exactly one is
  acknowledged, the other 7 are refused as already recorded, and the file holds the one
  acknowledged note.
Then, once: progress.yaml keeps its mode and owner; symbolic links planted where a writer
might put its temporary file are neither followed nor replaced; a FIFO where the parse
cache keeps an entry does not block any command."""
import json
import os
import stat
import subprocess
import sys
import tempfile
import threading

import shutil

from common import Checks

binary, base = sys.argv[1:3]
repetitions = int(sys.argv[3]) if len(sys.argv) > 3 else 20
checks = Checks()
ENV = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
ENV["LANG"] = "C.UTF-8"
TODAY = "2026-01-01"


def done(plan, milestone, note=None, timeout=60):
    argv = [binary, "--color", "never", "--plan", plan, "done", milestone, "--on", "2017-12-01",
            "--today", TODAY]
    if note:
        argv += ["--note", note]
    r = subprocess.run(argv, capture_output=True, timeout=timeout, env=ENV)
    return r.returncode, r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")


def records(plan):
    r = subprocess.run([binary, "--plan", plan, "compile", "--today", TODAY], capture_output=True,
                       env=ENV, timeout=60)
    if r.returncode != 0:
        return None
    return json.loads(r.stdout)["progress"]


IDS = [f"1.{n}a" for n in range(1, 101)]


def fresh_plan(tmp, name):
    """The base plan with section 1 as 100 tasks of one deadline each."""
    plan = os.path.join(tmp, name)
    shutil.copytree(base, plan)
    lines = ['section: "1"', "tasks:"]
    for n in range(1, 101):
        lines += [f'  - id: "1.{n}"', f"    title: 任务{n}", f"    text: 第{n}项任务10月底前完成。",
                  "    lead: [区环保局]", "    milestones:", f"      - what: 任务{n}",
                  "        when: 10月底前"]
    with open(os.path.join(plan, "tasks", "1-targets.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    progress = os.path.join(plan, "progress.yaml")
    if os.path.exists(progress):
        os.remove(progress)
    return plan


def all_at_once(jobs):
    """Runs each job (a callable) on its own thread, started together; their results."""
    results = [None] * len(jobs)
    start = threading.Barrier(len(jobs))

    def run(i):
        start.wait()
        results[i] = jobs[i]()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


with tempfile.TemporaryDirectory() as tmp:
    ids = IDS
    probe = subprocess.run([binary, "--plan", fresh_plan(tmp, "probe"), "validate"],
                           capture_output=True, env=ENV, timeout=60)
    checks.expect("the stress plan validates", probe.returncode == 0, probe.stderr[-500:])
    lost_total = 0
    for rep in range(repetitions):
        plan = fresh_plan(tmp, f"plan-{rep}")
        shares = [ids[w::4] for w in range(4)]
        outcomes = all_at_once([lambda share=share: [(m, done(plan, m)) for m in share]
                                for share in shares])
        acknowledged = [m for writer in outcomes for m, (code, _, _) in writer if code == 0]
        failures = [(m, err) for writer in outcomes for m, (code, _, err) in writer if code != 0]
        checks.expect(f"rep {rep}: all 100 distinct records acknowledged", not failures,
                      failures[:3])
        kept = records(plan)
        checks.expect(f"rep {rep}: progress.yaml still validates", kept is not None, plan)
        kept_ids = {r["milestone"] for r in kept or []}
        lost = [m for m in acknowledged if m not in kept_ids]
        lost_total += len(lost)
        checks.expect(f"rep {rep}: no acknowledged record lost", not lost, lost[:5])
        checks.expect(f"rep {rep}: no record twice", len(kept or []) == len(kept_ids), len(kept or []))

        same = ids[0]
        # A plan of its own: the milestone is recorded already in the first one.
        plan_same = fresh_plan(tmp, f"same-{rep}")
        outcomes = all_at_once([lambda n=n: (n, done(plan_same, same, f"note {n}"))
                                for n in range(8)])
        winners = [n for n, (code, _, _) in outcomes if code == 0]
        refused = [err for n, (code, _, err) in outcomes if code == 1]
        checks.expect(f"rep {rep}: one of 8 writers on one milestone acknowledged",
                      len(winners) == 1, [(n, c, e) for n, (c, _, e) in outcomes])
        checks.expect(f"rep {rep}: the other 7 refused as already recorded",
                      len(refused) == 7 and all("already recorded" in e for e in refused), refused)
        kept = records(plan_same) or []
        checks.expect(f"rep {rep}: the file holds the acknowledged note",
                      len(kept) == 1 and winners and kept[0].get("note") == f"note {winners[0]}",
                      kept)
    print(f"{repetitions} repetitions: {lost_total} acknowledged records lost")

    # Mode and owner stay what they were.
    plan = fresh_plan(tmp, "mode")
    progress = os.path.join(plan, "progress.yaml")
    checks.expect("mode: the first record", done(plan, ids[0])[0] == 0, "")
    for mode in (0o600, 0o664):
        os.chmod(progress, mode)
        if os.geteuid() == 0:
            os.chown(progress, 65534, 65534)
        code, _, err = done(plan, ids[1 if mode == 0o600 else 2])
        st = os.stat(progress)
        checks.expect(f"mode {oct(mode)}: recorded", code == 0, err)
        checks.expect(f"mode {oct(mode)} kept", stat.S_IMODE(st.st_mode) == mode,
                      oct(stat.S_IMODE(st.st_mode)))
        if os.geteuid() == 0:
            checks.expect(f"owner kept ({oct(mode)})", (st.st_uid, st.st_gid) == (65534, 65534),
                          (st.st_uid, st.st_gid))

    # Links planted where a writer's temporary file could go: the next pids, old and new names.
    plan = fresh_plan(tmp, "planted")
    progress = os.path.join(plan, "progress.yaml")
    victim = os.path.join(tmp, "victim.txt")
    with open(victim, "w") as f:
        f.write("not to be touched\n")
    last = int(open("/proc/sys/kernel/ns_last_pid").read())
    for pid in range(last + 1, last + 400):
        for name in (f".progress.yaml.tmp.{pid}", f".progress.yaml.tmp.{pid}.XXXXXX"):
            os.symlink(victim, os.path.join(plan, name))
    code, _, err = done(plan, ids[0])
    checks.expect("planted links: recorded", code == 0, err)
    checks.expect("planted links: the link's target untouched",
                  open(victim).read() == "not to be touched\n", open(victim).read()[:80])
    checks.expect("planted links: progress.yaml a regular file, not a link",
                  os.path.isfile(progress) and not os.path.islink(progress), progress)

    # A FIFO where a cache entry is: every command still ends, with the same output.
    plan = fresh_plan(tmp, "fifo")
    cmd = [binary, "--color", "never", "--plan", plan, "validate"]
    first = subprocess.run(cmd, capture_output=True, env=ENV, timeout=60)
    cache = os.path.join(plan, ".plancheck-cache")
    entries = [e for e in os.listdir(cache) if len(e.split(".")[0]) == 32]
    checks.expect("fifo: the cache has entries", entries, os.listdir(cache))
    for e in entries:
        os.remove(os.path.join(cache, e))
        os.mkfifo(os.path.join(cache, e))
    try:
        again = subprocess.run(cmd, capture_output=True, env=ENV, timeout=20)
        checks.expect("fifo: validate ends with the same findings",
                      again.returncode == first.returncode and again.stderr == first.stderr,
                      again.stderr[-300:])
        due = subprocess.run(cmd[:-1] + ["due", "--month", "6"], capture_output=True, env=ENV,
                             timeout=20)
        checks.expect("fifo: due ends", due.returncode == 0, due.stderr[-300:])
    except subprocess.TimeoutExpired:
        checks.expect("fifo: no command blocks on a FIFO in the cache", False, "timed out")
checks.finish()
