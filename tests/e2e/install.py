#!/usr/bin/env python3
"""install.py BUILD_DIR: `cmake --install BUILD_DIR --prefix P` lays plancheck out as a Unix
tool, and the installed binary finds its own catalogue there.

P/bin/plancheck, P/share/man/man1/plancheck.1.gz (read back with man, when man is here),
the bash and zsh completions, the JSON Schemas and the Chinese catalogue; the installed
plancheck speaks Chinese from P/share/locale, whatever the build directory holds."""
import gzip
import os
import shutil
import subprocess
import sys
import tempfile

from common import Checks

build = os.path.abspath(sys.argv[1])
checks = Checks()
with tempfile.TemporaryDirectory() as prefix:
    r = subprocess.run(["cmake", "--install", build, "--prefix", prefix], capture_output=True,
                       text=True)
    checks.expect("cmake --install runs", r.returncode == 0, r.stderr)
    for path in ["bin/plancheck", "share/man/man1/plancheck.1.gz",
                 "share/bash-completion/completions/plancheck",
                 "share/zsh/site-functions/_plancheck",
                 "share/plancheck/schemas/tasks.schema.json",
                 "share/plancheck/schemas/units.schema.json",
                 "share/plancheck/schemas/plan.schema.json",
                 "share/locale/zh_CN/LC_MESSAGES/plancheck.mo"]:
        checks.expect(f"{path} is installed", os.path.isfile(os.path.join(prefix, path)), prefix)
    binary = os.path.join(prefix, "bin", "plancheck")
    # Away from the build tree, so only the installed catalogue can answer.
    moved = os.path.join(prefix, "elsewhere")
    shutil.copytree(prefix, moved, ignore=shutil.ignore_patterns("elsewhere"))
    for where in (binary, os.path.join(moved, "bin", "plancheck")):
        env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL")}
        r = subprocess.run([where, "help"], capture_output=True, text=True,
                           env=dict(env, LANG="zh_CN.UTF-8"))
        checks.expect(f"{where} help in Chinese from its own share/locale",
                      r.returncode == 0 and "命令：" in r.stdout, r.stdout[:200] + r.stderr)
        r = subprocess.run([where, "--version"], capture_output=True, text=True)
        checks.expect(f"{where} --version", r.stdout.startswith("plancheck "), r.stdout)
    page = gzip.open(os.path.join(prefix, "share/man/man1/plancheck.1.gz"), "rt",
                     encoding="utf-8").read()
    checks.expect("the man page is UTF-8 for man-db", page.startswith("'\\\" -*- coding: UTF-8"),
                  page[:80])
    for section in [".SH SYNOPSIS", ".SH OPTIONS", ".SH \"EXIT STATUS\"", ".SH ENVIRONMENT",
                    "Command due:", "\\-\\-month", "牵头单位"]:
        checks.expect(f"the man page has {section}", section in page, section)
    if shutil.which("man"):
        r = subprocess.run(["man", "-l", os.path.join(prefix, "share/man/man1/plancheck.1.gz")],
                           capture_output=True, text=True,
                           env=dict(os.environ, MANPAGER="cat", MANWIDTH="100", LANG="C.UTF-8"))
        checks.expect("man reads it", r.returncode == 0 and "EXIT STATUS" in r.stdout
                      and "牵头单位" in r.stdout, r.stderr or r.stdout[:300])
    else:
        print("note: man is not installed; the page is checked as troff text only")
checks.finish()
