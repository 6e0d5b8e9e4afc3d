#!/usr/bin/env python3
"""front_door.py PLANCHECK REPO: what a newcomer meets first.

plancheck alone lists the commands and exits 2; help and --help exit 0; --version names
the version; a misspelt command or option is a usage error with a suggestion; options
that contradict each other are usage errors; validate --warnings-as-errors fails on
warnings; check tells a cron job on stdout when the plan itself is broken."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from common import Checks

binary, repo = sys.argv[1:3]
checks = Checks()
ENV = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
ENV["LANG"] = "C.UTF-8"


def run(*args, cwd=None):
    r = subprocess.run([binary, "--color", "never", *args], capture_output=True, timeout=60,
                       env=ENV, cwd=cwd)
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


commands = ["validate", "due", "check", "remind", "done", "show", "report", "calendar", "units",
            "when", "compile", "import", "help", "completion"]
status, out, err = run()
checks.expect("no command: exit 2", status == 2, status)
checks.expect("no command: the list on stderr, nothing on stdout", out == "" and "Commands:" in err,
              (out, err))
for command in commands:
    checks.expect(f"the list has '{command}' with one line",
                  re.search(rf"^  {command} +\S.*$", err, re.M), err)
status, out, _ = run("help")
checks.expect("help: exit 0, the list on stdout", status == 0 and "Commands:" in out, out)
status, out, _ = run("--help")
checks.expect("--help: the same list", status == 0 and "Commands:" in out, out)
for command in commands:
    status, out, err = run("help", command)
    checks.expect(f"help {command}: exit 0 and its usage",
                  status == 0 and f"plancheck {command}" in out, (status, out, err))
    status, out2, _ = run(command, "--help")
    checks.expect(f"{command} --help: the same help", status == 0 and out2 == out, out2)
status, _, err = run("help", "valdate")
checks.expect("help valdate: exit 2 with a suggestion",
              status == 2 and "did you mean 'validate'?" in err, err)
status, out, _ = run("--help-all")
checks.expect("--help-all: every command's options",
              status == 0 and all(f"Command {c}:" in out for c in commands), out[:200])

status, out, _ = run("--version")
checks.expect("--version: exit 0, 'plancheck X.Y.Z'", status == 0
              and re.match(r"^plancheck \d+\.\d+\.\d+( \([0-9a-g.-]+(-dirty)?\))?\n$", out), out)
if os.path.isdir(os.path.join(repo, ".git")) and shutil.which("git"):
    described = subprocess.run(["git", "-C", repo, "describe", "--always", "--tags"],
                               capture_output=True, text=True).stdout.strip()
    checks.expect("--version: with git describe in a checkout", described in out, (described, out))

for name, args, message in [
        ("a misspelt command", ["valdate"], "unknown command 'valdate'; did you mean 'validate'?"),
        ("a misspelt command after a global option", ["--plan", "plan", "duee"],
         "unknown command 'duee'; did you mean 'due'?"),
        ("a misspelt option", ["due", "--month", "6", "--yaer", "2017"],
         "unknown option '--yaer'; did you mean '--year'?"),
        ("a misspelt option before a missing one", ["due", "--monht", "6"],
         "unknown option '--monht'; did you mean '--month'?"),
        ("a missing required option", ["due"], "--month is required"),
        ("--unit with --all-units", ["report", "--unit", "区环保局", "--all-units"],
         "--unit and --all-units cannot be used together"),
        ("import --check with -o", ["import", "x.txt", "--check", "-o", "d"],
         "cannot be used together"),
        ("import --check with --force", ["import", "x.txt", "--check", "--force"],
         "cannot be used together"),
        ("a value outside the choices", ["due", "--month", "6", "--format", "pdf"],
         "--format: 'pdf' is not one of text, md, json or csv"),
        ("a month that is no number", ["due", "--month", "june"],
         "--month: 'june' is not a whole number"),
        ("an unknown language", ["--lang", "fr", "validate"], "--lang: 'fr' is not one of zh or en")]:
    status, out, err = run(*args, cwd=repo)
    checks.expect(f"{name}: exit 2", status == 2, (status, err))
    checks.expect(f"{name}: says '{message}'", message in err, err)
    checks.expect(f"{name}: points at help", "see 'plancheck help" in err, err)

with tempfile.TemporaryDirectory() as tmp:
    plan = os.path.join(tmp, "plan")
    shutil.copytree(os.path.join(repo, "plan"), plan, ignore=shutil.ignore_patterns(".plancheck-cache"))
    status, _, err = run("validate", cwd=tmp)
    warned = re.search(r"(\d+) warnings?", err)
    checks.expect("the repository plan validates with warnings", status == 0 and warned, err)
    status, _, err = run("validate", "--warnings-as-errors", cwd=tmp)
    checks.expect("--warnings-as-errors: exit 1 on warnings", status == 1, (status, err))
    checks.expect("--warnings-as-errors: says why", "--warnings-as-errors" in err, err)
    status, out, _ = run("validate", "--warnings-as-errors", "--format", "json", cwd=tmp)
    checks.expect("--warnings-as-errors --format json: exit 1", status == 1, status)

    units = os.path.join(plan, "units.yaml")
    text = open(units, encoding="utf-8").read()
    with open(units, "w", encoding="utf-8") as f:
        f.write(text.replace("name: 区环保局", "name: 区环保厅", 1))
    status, out, err = run("check", "--today", "2017-11-05", cwd=tmp)
    checks.expect("check on a broken plan: exit 1", status == 1, status)
    checks.expect("check on a broken plan: says so on stdout (the cron mail is never empty)",
                  "the plan has errors" in out and "plancheck validate" in out, out)
    checks.expect("check on a broken plan: the errors on stderr", "[unit-unknown]" in err, err)
checks.finish()
