#!/usr/bin/env python3
"""readme_examples.py BUILD_DIR REPO: every console example of the README runs as shown.

Like Python's doctest: each ```console block is a session; a line starting with '$ ' is
a command, the lines up to the next command are what it prints (standard output and
standard error together, as a terminal shows them). Each block runs in a fresh scratch
directory holding a copy of the repository's plan/, with plancheck from BUILD_DIR first
on PATH, in the C.UTF-8 locale without color. An HTML comment right above a block,
`<!-- example: SHELL COMMANDS -->`, prepares the scratch directory first ($REPO is the
repository), without showing in the rendered README. A line '...' in the expected
output stands for any number of lines. A block that no command could run, or whose
output differs, fails with the difference."""
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

from common import Checks

build, repo = (os.path.abspath(a) for a in sys.argv[1:3])
checks = Checks()
readme = open(os.path.join(repo, "README.md"), encoding="utf-8").read().split("\n")


def blocks():
    """(line number, setup, [(command, [expected lines])]) for each console block."""
    setup, i = None, 0
    while i < len(readme):
        line = readme[i]
        m = re.match(r"^<!-- example: (.*) -->$", line)
        if m:
            setup = m.group(1)
        elif line.strip() == "```console":
            start, i, session = i + 1, i + 1, []
            while i < len(readme) and readme[i].strip() != "```":
                if readme[i].startswith("$ "):
                    session.append((readme[i][2:], []))
                elif session:
                    session[-1][1].append(readme[i])
                i += 1
            yield start, setup, session
            setup = None
        elif line.strip():
            setup = None if not line.startswith("<!--") else setup
        i += 1


def matches(expected, actual):
    """Whether actual lines fit expected ones, where '...' stands for any lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and matches(expected[1:], actual[1:])


env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
env.update(LANG="C.UTF-8", NO_COLOR="1", REPO=repo, PATH=build + os.pathsep + env["PATH"])
count = 0
for line_no, setup, session in blocks():
    checks.expect(f"README.md:{line_no}: the block has a command", session, "no '$ ' line")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(repo, "plan"), os.path.join(tmp, "plan"),
                        ignore=shutil.ignore_patterns(".plancheck-cache"))
        if setup:
            r = subprocess.run(["bash", "-c", setup], cwd=tmp, env=env, capture_output=True,
                               text=True)
            checks.expect(f"README.md:{line_no}: setup runs", r.returncode == 0, r.stderr)
        for command, expected in session:
            count += 1
            # Braced, so a redirection the example writes itself still applies.
            r = subprocess.run(["bash", "-c", "{ " + command + "\n} 2>&1"], cwd=tmp, env=env,
                               capture_output=True, timeout=120)
            actual = r.stdout.decode("utf-8", "replace").rstrip("\n").split("\n")
            actual = [a.rstrip() for a in actual] if actual != [""] else []
            want = [e.rstrip() for e in expected]
            while want and not want[-1]:
                want.pop()
            checks.expect(f"README.md:{line_no}: '$ {command}' does not crash",
                          r.returncode in (0, 1, 2), f"exit {r.returncode}")
            checks.expect(f"README.md:{line_no}: '$ {command}' prints what the README shows",
                          matches(want, actual),
                          "\n" + "\n".join(difflib.unified_diff(want, actual, "README", "actual",
                                                                lineterm="")))
checks.expect("the README has console examples", count >= 3, f"{count} commands")
checks.finish()
