"""What every end-to-end script needs: run the real binary, copy a plan to play with, and
collect named checks that are all reported before the script exits."""
import os
import shutil
import subprocess
import sys


class Checks:
    """Named pass/fail checks; `finish` prints the failures and a count, and exits 1 if any
    failed, so one run tells everything that is wrong."""

    def __init__(self):
        self.results = []

    def expect(self, name, condition, detail=""):
        self.results.append((name, bool(condition), detail))
        return bool(condition)

    def finish(self):
        failed = [r for r in self.results if not r[1]]
        for name, _, detail in failed:
            print(f"FAIL {name}: {detail}")
        print(f"{len(self.results) - len(failed)} passed, {len(failed)} failed")
        sys.exit(1 if failed else 0)


def run(binary, plan, *args, timeout=60, env=None, stdin=None):
    """Runs plancheck on `plan` (None: no --plan); returns (exit status, stdout, stderr)."""
    argv = [binary, "--color", "never"] + (["--plan", plan] if plan else []) + list(args)
    r = subprocess.run(argv, capture_output=True, timeout=timeout, env=env, stdin=stdin)
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def fresh_plan(root, tmp, name, drop_progress=True):
    """A copy of the repository's plan under `tmp/name`, without progress records unless
    asked, so a test starts from a known state and cannot touch the real files."""
    path = os.path.join(tmp, name)
    shutil.copytree(os.path.join(root, "plan"), path)
    progress = os.path.join(path, "progress.yaml")
    if drop_progress and os.path.exists(progress):
        os.remove(progress)
    return path


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(*args, timeout=120):
    """Debian's headless Chromium with a fresh profile each run, so nothing a previous run
    left behind is read."""
    import tempfile
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(["/usr/bin/chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                               *args], capture_output=True, text=True, timeout=timeout)
