#!/usr/bin/env python3
"""completion.py PLANCHECK BUILD_DIR: the bash completion completes what plancheck takes.

Drives the script `plancheck completion bash` prints the way bash does on TAB: COMP_WORDS
and COMP_CWORD set, the completion function called, COMPREPLY read back (compgen does
the matching). The script the build installs must be that same script."""
import os
import shutil
import subprocess
import sys
import tempfile

from common import Checks

binary, build = sys.argv[1:3]
checks = Checks()
env = dict(os.environ, LANG="C.UTF-8", LANGUAGE="")
script = subprocess.run([binary, "completion", "bash"], capture_output=True, text=True, env=env,
                        check=True).stdout
installed = os.path.join(build, "share", "bash-completion", "completions", "plancheck")
checks.expect("the build's completion file is the command's output",
              os.path.exists(installed) and open(installed, encoding="utf-8").read() == script,
              installed)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "plancheck.bash")
    with open(path, "w", encoding="utf-8") as f:
        f.write(script)
    os.makedirs(os.path.join(tmp, "plan-2018"))
    open(os.path.join(tmp, "plan-notes.txt"), "w").close()

    def complete(line):
        """COMPREPLY for the command line `line`, the cursor at its end."""
        words = line.split(" ")
        program = (f"source {path}\nCOMP_WORDS=({' '.join(repr(w) for w in words)})\n"
                   f"COMP_CWORD={len(words) - 1}\n_plancheck\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n")
        r = subprocess.run(["bash", "--norc", "--noprofile", "-c", program], capture_output=True,
                           text=True, cwd=tmp, env=env)
        checks.expect(f"'{line}' runs", r.returncode == 0, r.stderr)
        return sorted(w for w in r.stdout.split("\n") if w)

    for line, want in [
            ("plancheck val", ["validate"]),
            ("plancheck c", ["calendar", "check", "compile", "completion"]),
            ("plancheck ", None),
            ("plancheck --co", ["--color"]),
            ("plancheck --color a", ["always", "auto"]),
            ("plancheck --lang ", ["en", "zh"]),
            ("plancheck due --fo", ["--format"]),
            ("plancheck due --format ", ["csv", "json", "md", "text"]),
            ("plancheck validate --format ", ["github", "json", "text"]),
            ("plancheck report --format x", ["xlsx"]),
            ("plancheck calendar --format i", ["ics"]),
            ("plancheck --plan plan-2018 due --m", ["--month"]),
            ("plancheck --plan plan-", ["plan-2018"]),
            ("plancheck report --all", ["--all-units"]),
            ("plancheck help re", ["remind", "report"]),
            ("plancheck completion ", ["bash", "zsh"]),
            ("plancheck import plan-n", ["plan-notes.txt"]),
            ("plancheck due --month 6 --u", ["--unit"]),
            ("plancheck validate --w", ["--warnings-as-errors"]),
            ("plancheck --no-cache val", ["validate"]),
            ("plancheck --no-cache due --ongoing --f", ["--format"])]:
        got = complete(line)
        if want is None:
            checks.expect(f"'{line}' offers every command", "validate" in got and "import" in got
                          and len(got) >= 12, got)
        else:
            checks.expect(f"'{line}' → {want}", got == want, got)

zsh = shutil.which("zsh")
if zsh:
    script_zsh = subprocess.run([binary, "completion", "zsh"], capture_output=True, text=True,
                                env=env, check=True).stdout
    r = subprocess.run([zsh, "-n", "-c", script_zsh], capture_output=True, text=True)
    checks.expect("the zsh script parses", r.returncode == 0, r.stderr)
else:
    print("note: zsh is not installed; the zsh script is not parsed")
checks.finish()
