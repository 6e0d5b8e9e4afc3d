#!/usr/bin/env python3
"""Golden outputs: tests/golden/<name>.cmd holds plancheck's arguments (one line, shell
quoting) and optionally `# exit: N`; <name>.out is the exact stdout it must print, run from
the repository root on the repository's own plan. --update rewrites the .out files."""
import os
import shlex
import subprocess
import sys


def main():
    argv = sys.argv[1:]
    update = "--update" in argv
    argv = [a for a in argv if a != "--update"]
    binary, root, golden = os.path.abspath(argv[0]), argv[1], argv[2]
    names = sorted(f[:-4] for f in os.listdir(golden) if f.endswith(".cmd"))
    failed = 0
    for name in names:
        lines = open(os.path.join(golden, name + ".cmd"), encoding="utf-8").read().splitlines()
        args = shlex.split(lines[0])
        want_exit = 0
        for line in lines[1:]:
            if line.startswith("# exit:"):
                want_exit = int(line.split(":")[1])
        result = subprocess.run([binary, "--color", "never", "--no-cache"] + args, cwd=root,
                                capture_output=True, timeout=60)
        out_path = os.path.join(golden, name + ".out")
        problems = []
        if result.returncode != want_exit:
            problems.append(f"exit {result.returncode}, want {want_exit}: "
                            + result.stderr.decode(errors="replace"))
        if update:
            open(out_path, "wb").write(result.stdout)
        elif not os.path.exists(out_path) or open(out_path, "rb").read() != result.stdout:
            problems.append("stdout differs from " + name + ".out:\n"
                            + result.stdout.decode(errors="replace"))
        if problems:
            failed += 1
            for p in problems:
                print(f"FAIL {name}: {p}")
    print(f"{len(names) - failed} passed, {failed} failed")
    return 1 if failed or not names else 0


if __name__ == "__main__":
    sys.exit(main())
