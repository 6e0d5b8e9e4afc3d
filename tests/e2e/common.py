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


# Starts the measured child from a fresh, small process and reports its wait4 rusage. On
# Linux a child's peak memory (ru_maxrss) starts at the peak of the process it was forked
# from, so forking straight from a test script that once held a big output would charge
# that output to every later child. (The launcher's own ~10 MB still count.)
_LAUNCHER = r"""
import os, signal, sys, time
timeout, result, argv = float(sys.argv[1]), sys.argv[2], sys.argv[3:]
start = time.monotonic()
pid = os.fork()
if pid == 0:
    os.setsid()
    try:
        os.execv(argv[0], argv)
    finally:
        os._exit(127)
expired = []
def expire(*_):
    expired.append(True)
    os.killpg(pid, signal.SIGKILL)
signal.signal(signal.SIGALRM, expire)
signal.setitimer(signal.ITIMER_REAL, timeout)
_, status, usage = os.wait4(pid, 0)
signal.setitimer(signal.ITIMER_REAL, 0)
with open(result, "w") as f:
    f.write(f"{'timeout' if expired else status} {usage.ru_maxrss} {time.monotonic() - start}")
"""


def run_measured(binary, plan, *args, timeout=60, cwd=None, env=None, stdout_path=None,
                 max_output=None):
    """Like `run`, also measuring the child: returns (exit status, stdout, stderr, seconds,
    peak resident KiB). A child still running after `timeout` seconds is killed and its
    exit status is None. `stdout_path` sends stdout to that file (stdout is then "");
    `max_output` reads at most that many bytes (plus one) of each stream."""
    import tempfile
    argv = [binary, "--color", "never"] + (["--plan", plan] if plan else []) + list(args)
    with tempfile.TemporaryDirectory() as scratch:
        result = os.path.join(scratch, "result")
        with open(os.path.join(scratch, "out"), "w+b") as out, \
                open(os.path.join(scratch, "err"), "w+b") as err, \
                open(stdout_path or os.devnull, "wb") as sink:
            launcher = [sys.executable, "-I", "-S", "-c", _LAUNCHER, str(timeout), result]
            subprocess.run(launcher + argv, stdin=subprocess.DEVNULL,
                           stdout=sink if stdout_path else out, stderr=err, cwd=cwd, env=env,
                           timeout=timeout + 60, check=True)
            with open(result) as f:
                status, peak, seconds = f.read().split()
            code = None if status == "timeout" else os.waitstatus_to_exitcode(int(status))
            size = -1 if max_output is None else max_output + 1
            out.seek(0)
            err.seek(0)
            return (code, out.read(size).decode("utf-8", "replace"),
                    err.read(size).decode("utf-8", "replace"), float(seconds), int(peak))


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
