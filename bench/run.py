#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Benchmark plancheck against the two reference validators. One command:

    /usr/bin/python3 bench/run.py            # everything (~30 min on a busy 2-core box)
    /usr/bin/python3 bench/run.py --quick    # repo plan and 1k corpora only, a few minutes

It builds plancheck in build-bench/ if that binary is missing, installs ajv-cli with
`npm ci --prefix bench` if bench/node_modules is missing, writes the synthetic corpora
into bench/work/ with gen_plan.py (kept between runs while gen_plan.py is unchanged), then
times each tool on each corpus: whole-process wall time and peak RSS (os.wait4 rusage),
several runs, interleaved, median reported. See bench/README.md for what the columns mean.
The table goes to stdout and to bench/work/results.md; raw numbers to bench/work/results.json.
"""

import argparse
import hashlib
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")
SCHEMAS = os.path.join(ROOT, "schemas")
PYTHON = "/usr/bin/python3"
AJV = os.path.join(HERE, "node_modules", ".bin", "ajv")

# name, tasks, files (None: the repository's plan/), timed runs
CORPORA = [
    ("repo plan/", None, None, 7),
    ("1k / 1 file", 1000, 1, 7),
    ("1k / 1000 files", 1000, 1000, 7),
    ("10k / 1 file", 10000, 1, 5),
    ("10k / 1000 files", 10000, 1000, 5),
    ("100k / 1 file", 100000, 1, 3),
    ("100k / 1000 files", 100000, 1000, 3),
]
QUICK = {"repo plan/", "1k / 1 file", "1k / 1000 files"}


# --- setup ----------------------------------------------------------------------------------

def ensure_plancheck(path):
    if os.path.exists(path):
        return
    build = os.path.join(ROOT, "build-bench")
    print(f"building plancheck in {build} …", flush=True)
    subprocess.run(["cmake", "-S", ROOT, "-B", build, "-G", "Ninja",
                    "-DCMAKE_BUILD_TYPE=Release", "-DPLANCHECK_BUILD_TESTS=OFF",
                    "-DCMAKE_CXX_FLAGS=-g"], check=True)
    subprocess.run(["cmake", "--build", build, "-j2"], check=True)


def ensure_ajv():
    if not os.path.exists(AJV):
        print("installing ajv-cli: npm ci --prefix bench …", flush=True)
        subprocess.run(["npm", "ci", "--prefix", HERE, "--no-audit", "--no-fund"], check=True)


def generator_digest():
    with open(os.path.join(HERE, "gen_plan.py"), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:16]


def corpus_dir(name):
    return os.path.join(WORK, re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"))


def prepare_corpus(name, tasks, files):
    """The corpus directory, generated (or copied, for the repo plan) if not up to date."""
    out = corpus_dir(name)
    if tasks is None:
        if os.path.exists(out):
            shutil.rmtree(out)
        # A copy, so that plancheck's .plancheck-cache/ is never written into the real plan/.
        shutil.copytree(os.path.join(ROOT, "plan"), out,
                        ignore=shutil.ignore_patterns(".plancheck-cache", "progress.yaml"))
        return out
    stamp = f"gen_plan.py {generator_digest()} --tasks {tasks} --files {files} --seed 2017\n"
    stamp_path = out + ".stamp"
    if os.path.exists(stamp_path) and open(stamp_path).read() == stamp:
        return out
    print(f"generating {name} …", flush=True)
    subprocess.run([PYTHON, os.path.join(HERE, "gen_plan.py"), "--tasks", str(tasks),
                    "--files", str(files), "--out", out], check=True)
    with open(stamp_path, "w") as f:
        f.write(stamp)
    return out


def yaml_bytes(plan_dir):
    total = 0
    for base, dirs, names in os.walk(plan_dir):
        dirs[:] = [d for d in dirs if d != ".plancheck-cache"]
        total += sum(os.path.getsize(os.path.join(base, n)) for n in names
                     if n.endswith((".yaml", ".yml")))
    return total


def task_files(plan_dir):
    tasks = os.path.join(plan_dir, "tasks")
    return sorted(n for n in os.listdir(tasks) if n.endswith((".yaml", ".yml")))


# --- measuring --------------------------------------------------------------------------------

def run_once(cmd, cwd):
    """(wall seconds, peak RSS in KiB, exit code, last stderr line) of one process."""
    with open(os.path.join(WORK, "stderr.txt"), "w+b") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    return wall, usage.ru_maxrss, proc.returncode, lines[-1] if lines else ""


class Tool:
    """One row of the table: a list of commands run one after another (one for most tools;
    ajv-cli needs one per schema), with a step before each timed run."""

    def __init__(self, name, commands, before=None, expect=(0,)):
        self.name, self.commands, self.before, self.expect = name, commands, before, expect
        self.walls, self.peaks, self.notes = [], [], set()

    def measure(self, cwd, timed=True):
        if self.before:
            self.before()
        wall, peak = 0.0, 0
        for cmd in self.commands:
            w, p, rc, last = run_once(cmd, cwd)
            wall += w
            peak = max(peak, p)
            if rc not in self.expect:
                self.notes.add(f"exit {rc}: {last[:160]}")
        if timed:
            self.walls.append(wall)
            self.peaks.append(peak)
        return wall


def plancheck_tools(binary, plan_dir, multi_file):
    cache = os.path.join(plan_dir, ".plancheck-cache")
    base = [binary, "--plan", plan_dir, "--color", "never"]

    def cold():
        shutil.rmtree(cache, ignore_errors=True)

    tools = [
        Tool("plancheck validate (cold)", [base + ["validate"]], before=cold),
        Tool("plancheck validate --no-cache", [[binary, "--no-cache"] + base[1:] + ["validate"]],
             before=cold),
        Tool("plancheck due --month 6 (cold)", [base + ["due", "--month", "6"]], before=cold),
    ]
    if multi_file:
        names = task_files(plan_dir)
        edited = os.path.join(plan_dir, "tasks", names[len(names) // 2])
        with open(edited, encoding="utf-8") as f:
            original = f.read()
        counter = [0]

        def edit():
            # A real change that keeps the plan valid and has never been cached: the first
            # task's title gets a new suffix each run. The first call primes the cache.
            if counter[0] == 0:
                subprocess.run(base + ["validate"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
            counter[0] += 1
            suffix = f"（第{counter[0]}次修订）"
            text = re.sub(r'^(    title: "?)(.*?)("?)$',
                          lambda m: m.group(1) + m.group(2) + suffix + m.group(3), original,
                          count=1, flags=re.M)
            assert text != original
            with open(edited, "w", encoding="utf-8") as f:
                f.write(text)

        tool = Tool("plancheck validate (warm, 1 file edited)", [base + ["validate"]],
                    before=edit)
        tool.restore = lambda: open(edited, "w", encoding="utf-8").write(original)
        tools.append(tool)
    return tools


def reference_tools(plan_dir):
    ajv = [AJV, "validate", "--spec=draft2020", "-c", os.path.join(HERE, "ajv_setup.js")]
    steps = [ajv + ["-s", os.path.join(SCHEMAS, f"{kind}.schema.json"), "-d", f"{kind}.yaml"]
             for kind in ("plan", "units", "events")]
    if os.path.exists(os.path.join(plan_dir, "progress.yaml")):
        steps.append(ajv + ["-s", os.path.join(SCHEMAS, "progress.schema.json"),
                            "-d", "progress.yaml"])
    steps.append(ajv + ["-s", os.path.join(SCHEMAS, "tasks.schema.json"), "-d", "tasks/*.yaml"])
    return [
        Tool("ajv-cli (4 invocations)", steps),
        Tool("python3-jsonschema + PyYAML", [[PYTHON, os.path.join(HERE, "py_validate.py"),
                                              SCHEMAS, plan_dir]]),
    ]


def bench_corpus(name, plan_dir, runs, binary, slow, multi_file):
    tools = plancheck_tools(binary, plan_dir, multi_file) + reference_tools(plan_dir)
    print(f"\n== {name}: {len(task_files(plan_dir))} task files, "
          f"{yaml_bytes(plan_dir) / 1e6:.1f} MB of YAML, {runs} runs", flush=True)
    for tool in tools:  # one untimed warm-up each: OS page cache, node's compile cache
        tool.first = tool.measure(plan_dir, timed=False)
    for i in range(runs):
        for tool in tools:
            # A tool slower than --slow seconds gets two timed runs, not `runs`.
            if i >= 2 and tool.first > slow:
                tool.notes.add(f"{len(tool.walls)} runs only (over {slow:.0f} s each)")
                continue
            tool.measure(plan_dir)
        print(f"   run {i + 1}/{runs} done", flush=True)
    for tool in tools:
        if hasattr(tool, "restore"):
            tool.restore()
    shutil.rmtree(os.path.join(plan_dir, ".plancheck-cache"), ignore_errors=True)
    return tools


# --- reporting ----------------------------------------------------------------------------------

def versions(binary):
    def out(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()
        except OSError:
            return "?"

    def pkg(name):
        with open(os.path.join(HERE, "node_modules", name, "package.json")) as f:
            return json.load(f)["version"]

    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    import yaml
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(mem_kb / 2**20, 1),
        "kernel": platform.release(),
        "load_avg_at_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "plancheck": out([binary, "--version"]) + " @ " + git_head(),
        "g++": out(["g++", "--version"]).splitlines()[0] if shutil.which("g++") else "?",
        "node": out(["node", "--version"]),
        "ajv-cli": pkg("ajv-cli"), "ajv": pkg("ajv"), "ajv-formats": pkg("ajv-formats"),
        "js-yaml": pkg("js-yaml"),
        "python": platform.python_version(),
        "jsonschema": importlib.metadata.version("jsonschema"),
        "PyYAML": yaml.__version__,
        "libyaml": yaml._yaml.get_version_string() if yaml.__with_libyaml__ else "none",
    }


def git_head():
    """The checked-out commit, read from .git without running git."""
    git = os.path.join(ROOT, ".git")
    try:
        head = open(os.path.join(git, "HEAD")).read().strip()
        if not head.startswith("ref: "):
            return head[:12]
        ref = head[5:]
        path = os.path.join(git, ref)
        if os.path.exists(path):
            return f"{ref.split('/')[-1]} {open(path).read().strip()[:12]}"
        with open(os.path.join(git, "packed-refs")) as f:
            for line in f:
                if line.strip().endswith(" " + ref):
                    return f"{ref.split('/')[-1]} {line.split()[0][:12]}"
    except OSError:
        pass
    return "?"


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def table(results):
    rows = ["| corpus | tool | runs | median s | min s | peak MB | × plancheck validate |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for corpus, info in results.items():
        base = median(info["tools"]["plancheck validate (cold)"]["walls"])
        for name, t in info["tools"].items():
            m = median(t["walls"])
            note = f" ({'; '.join(sorted(t['notes']))})" if t["notes"] else ""
            rows.append(f"| {corpus} | {name}{note} | {len(t['walls'])} | {m:.3f} | "
                        f"{min(t['walls']):.3f} | {max(t['peaks']) / 1024:.1f} | "
                        f"{m / base:.2f} |")
    return "\n".join(rows)


def acceptance(results):
    def med(corpus, tool):
        t = results.get(corpus, {}).get("tools", {}).get(tool)
        failed = t and any(n.startswith("exit") for n in t["notes"])
        return median(t["walls"]) if t and not failed else None

    def peak(corpus, tool):
        t = results.get(corpus, {}).get("tools", {}).get(tool)
        return max(t["peaks"]) * 1024 if t else None

    v = "plancheck validate (cold)"
    lines = []

    def check(label, value, ok, goal):
        if value is None:
            lines.append(f"- {label}: not measured")
        else:
            lines.append(f"- {label}: {value:.2f} (goal {goal}) **{'holds' if ok(value) else 'fails'}**")

    def ratio(a, b):
        return a / b if a is not None and b else None

    check("repo plan/: ajv-cli ÷ validate", ratio(med("repo plan/", "ajv-cli (4 invocations)"),
                                                  med("repo plan/", v)), lambda r: r >= 20, "≥ 20")
    check("repo plan/: python ÷ validate",
          ratio(med("repo plan/", "python3-jsonschema + PyYAML"), med("repo plan/", v)),
          lambda r: r >= 10, "≥ 10")
    big = "100k / 1000 files"
    check("100k / 1000 files, cold: validate ÷ ajv-cli",
          ratio(med(big, v), med(big, "ajv-cli (4 invocations)")), lambda r: r <= 1.0, "≤ 1.0")
    check("100k / 1000 files: validate peak RSS ÷ YAML bytes",
          ratio(peak(big, v), results.get(big, {}).get("yaml_bytes")), lambda r: r <= 4, "≤ 4")
    check("100k / 1000 files: cold ÷ warm with one file edited",
          ratio(med(big, v), med(big, "plancheck validate (warm, 1 file edited)")),
          lambda r: r >= 20, "≥ 20")
    for files in ("1 file", "1000 files"):
        check(f"validate 100k ÷ 10k, {files}",
              ratio(med(f"100k / {files}", v), med(f"10k / {files}", v)),
              lambda r: r <= 11, "≤ 11")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description="Benchmark plancheck against ajv-cli and "
                                     "python3-jsonschema; see bench/README.md")
    parser.add_argument("--quick", action="store_true", help="repo plan and 1k corpora only")
    parser.add_argument("--only", action="append", default=[],
                        help="run only this corpus (e.g. '10k / 1000 files'); repeatable")
    parser.add_argument("--runs", type=int, help="timed runs per tool (default: 7/5/3 by size)")
    parser.add_argument("--slow", type=float, default=60.0,
                        help="a tool whose warm-up run takes longer gets 2 timed runs")
    parser.add_argument("--plancheck", default=os.path.join(ROOT, "build-bench", "plancheck"))
    args = parser.parse_args()

    os.makedirs(WORK, exist_ok=True)
    ensure_plancheck(args.plancheck)
    ensure_ajv()
    started = time.time()
    info = versions(args.plancheck)
    results = {}
    for name, tasks, files, runs in CORPORA:
        if args.quick and name not in QUICK or args.only and name not in args.only:
            continue
        plan_dir = prepare_corpus(name, tasks, files)
        tools = bench_corpus(name, plan_dir, args.runs or runs, args.plancheck, args.slow,
                             multi_file=files is not None and files > 1)
        results[name] = {
            "yaml_bytes": yaml_bytes(plan_dir),
            "task_files": len(task_files(plan_dir)),
            "tools": {t.name: {"walls": t.walls, "peaks": t.peaks, "notes": sorted(t.notes)}
                      for t in tools},
        }
    info["load_avg_at_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    info["bench_minutes"] = round((time.time() - started) / 60, 1)
    report = "\n".join([
        "## Machine and versions", "",
        *[f"- {k}: {v}" for k, v in info.items()], "",
        "## Results", "",
        "| corpus | task files | YAML MB |", "| --- | ---: | ---: |",
        *[f"| {c} | {r['task_files']} | {r['yaml_bytes'] / 1e6:.2f} |" for c, r in results.items()],
        "", table(results), "",
        "## Acceptance (issue 6)", "", acceptance(results), ""])
    print("\n" + report)
    with open(os.path.join(WORK, "results.md"), "w") as f:
        f.write(report)
    with open(os.path.join(WORK, "results.json"), "w") as f:
        json.dump({"machine": info, "results": results}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
