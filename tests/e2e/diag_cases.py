#!/usr/bin/env python3
"""Broken-plan corpus: each tests/diag/<case>.yaml replaces one file of the base plan.

The case's first line names the file it replaces (`# target: tasks/2-1-actions.yaml`);
the rest of the file, header included, becomes that file. For every case this checks:
- `plancheck validate` exits 1 (or the `# exit: N` header), never crashes or passes;
- its stderr equals <case>.expected byte for byte (diagnostics with file:line:col, caret);
- in Chinese (`--lang zh`) its stderr equals <case>.zh.expected, and every line has the
  English run's file:line:col, severity, [rule], quoted source and caret: only the words
  differ;
- `--format json` lists the same findings, each error with a line and column;
- the JSON Schema agrees: a reference validator (python3-jsonschema) rejects the file
  exactly when plancheck reports a shape error (syntax, keys, types, formats). Meaning
  (units, numbering, dates) is beyond a schema, so for those it must accept.
Run with --update to (re)write the .expected files after reviewing them.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

def rule_table():
    """The rules and their families, read from the one table that spells them."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src",
                        "source", "rules.def")
    table = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r'PLANCHECK_RULE\(\w+, "([a-z0-9-]+)", (\w+), (\w+),', line)
        if m:
            table[m.group(1)] = m.group(3)
    return table


RULES = rule_table()
# The findings a JSON Schema of the file makes too: the schema must reject a case exactly
# when plancheck reports one of these.
SHAPE_RULES = {rule for rule, family in RULES.items() if family == "shape"}
SCHEMAS = {"plan.yaml": "plan", "units.yaml": "units", "events.yaml": "events",
           "progress.yaml": "progress"}


def header(data, key):
    for line in data.split(b"\n")[:3]:
        m = re.match(rb"#\s*" + key.encode() + rb":\s*(\S+)", line)
        if m:
            return m.group(1).decode()
    return None


def schema_for(target):
    return SCHEMAS.get(target, "tasks" if target.startswith("tasks/") else None)


# A finding's first line: where, how bad, what, under which rule.
FINDING = re.compile(r"^(.*?): (error|warning|note): (.*?)((?: \[[a-z0-9-]+\])?)$")
ENGLISH = dict(os.environ, LANG="C.UTF-8", LC_ALL="", LANGUAGE="")


def same_shape(english, chinese):
    """Problems where the Chinese output is not the English one with other words."""
    en, zh = english.decode(errors="replace").split("\n"), chinese.decode(errors="replace").split("\n")
    if len(en) != len(zh):
        return [f"{len(en)} lines in English, {len(zh)} in Chinese"]
    problems = []
    for a, b in zip(en, zh):
        fa, fb = FINDING.match(a), FINDING.match(b)
        if fa and fb:
            if (fa.group(1), fa.group(2), fa.group(4)) != (fb.group(1), fb.group(2), fb.group(4)):
                problems.append(f"{a!r} / {b!r}")
        elif re.match(r"^ +\d* \| ", a) or re.match(r"^ +\d* \| ", b):
            if a != b:
                problems.append(f"quote or caret differs: {a!r} / {b!r}")
        elif a.startswith("      = help: ") != b.startswith("      = help: "):
            problems.append(f"help line: {a!r} / {b!r}")
        elif bool(fa) != bool(fb):
            problems.append(f"finding line: {a!r} / {b!r}")
    return problems


def compare_expected(args, name, path, got):
    if args["update"]:
        open(path, "wb").write(got)
        print(f"--- {os.path.basename(path)}\n{got.decode(errors='replace')}")
        return []
    if not os.path.exists(path):
        return [f"{name}: no {os.path.basename(path)}"]
    if open(path, "rb").read() != got:
        return [f"{name}: stderr differs from {os.path.basename(path)}:\n"
                + got.decode(errors="replace")]
    return []


def run_case(args, case_path):
    name, extension = os.path.splitext(os.path.basename(case_path))
    data = open(case_path, "rb").read()
    target = header(data, "target")
    if not target:
        return [f"{name}: no '# target:' header"]
    want_exit = int(header(data, "exit") or 1)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(args["base"], os.path.join(tmp, "plan"))
        path = os.path.join(tmp, "plan", target)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        cmd = [args["binary"], "--color", "never", "--plan", "plan", "validate"]
        try:
            text = subprocess.run(cmd, cwd=tmp, capture_output=True, timeout=20, env=ENGLISH)
            zh = subprocess.run(cmd[:1] + ["--lang", "zh"] + cmd[1:], cwd=tmp,
                                capture_output=True, timeout=20, env=ENGLISH)
            js = subprocess.run(cmd + ["--format", "json"], cwd=tmp, capture_output=True,
                                timeout=20, env=ENGLISH)
        except subprocess.TimeoutExpired:
            return [f"{name}: plancheck timed out"]
        if text.returncode != want_exit:
            problems.append(f"{name}: exit {text.returncode}, want {want_exit}")
        if zh.returncode != text.returncode:
            problems.append(f"{name}: exit {zh.returncode} in Chinese, {text.returncode} in English")
        stem = case_path[:-len(extension)]
        problems += compare_expected(args, name, stem + ".expected", text.stderr)
        problems += compare_expected(args, name, stem + ".zh.expected", zh.stderr)
        problems += [f"{name}: {p}" for p in same_shape(text.stderr, zh.stderr)]
        rules = set()
        if want_exit == 1:
            try:
                doc = json.loads(js.stdout)
                for d in doc["diagnostics"]:
                    rules.add(d["rule"])
                    if d["rule"] not in RULES:
                        problems.append(f"{name}: rule {d['rule']} is not in src/source/rules.def")
                    if d["severity"] == "error" and (d["line"] < 1 or d["column"] < 1):
                        problems.append(f"{name}: error without line:col: {d['message']}")
                if doc["errors"] < 1:
                    problems.append(f"{name}: json reports no error")
            except (ValueError, KeyError) as e:
                problems.append(f"{name}: bad json output: {e}")
            schema = schema_for(target)
            if schema and args["checker"]:
                check = subprocess.run(
                    [args["python"], args["checker"],
                     os.path.join(args["schemas"], f"{schema}.schema.json"), path],
                    capture_output=True)
                schema_rejects = check.returncode != 0
                plancheck_shape = bool(rules & SHAPE_RULES)
                if schema_rejects != plancheck_shape:
                    problems.append(
                        f"{name}: schema {'rejects' if schema_rejects else 'accepts'} but plancheck "
                        f"reports {sorted(rules)}: {check.stdout.decode(errors='replace').strip()}")
    return problems


def main():
    argv = sys.argv[1:]
    update = "--update" in argv
    argv = [a for a in argv if a != "--update"]
    binary, cases_dir, base, schemas, checker = argv[:5]
    args = {"binary": os.path.abspath(binary), "base": base, "schemas": os.path.abspath(schemas),
            "checker": os.path.abspath(checker), "python": "/usr/bin/python3", "update": update}
    only = argv[5:]
    # A plan file of any kind: YAML, or the plan's calendar.tsv.
    cases = sorted(os.path.join(cases_dir, f) for f in os.listdir(cases_dir)
                   if f.endswith(".yaml") or f.endswith(".tsv"))
    if only:
        cases = [c for c in cases if os.path.splitext(os.path.basename(c))[0] in only]
    failed = 0
    for case in cases:
        problems = run_case(args, case)
        if problems:
            failed += 1
            for p in problems:
                print("FAIL " + p)
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
