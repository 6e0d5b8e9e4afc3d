#!/usr/bin/env python3
"""Hostile inputs: plans damaged on purpose, beyond the broken-plan corpus in tests/diag/.

Each case copies the base fixture plan to a temporary directory, damages it (nesting,
aliases, huge and special files, encodings, control characters, impossible dates, wrong
types, scale, odd file names, binary garbage, unclosed quotes), runs one command and checks:
- the exit status (1 plan errors, 2 usage or I/O errors, 0 for input that must be accepted),
  and never a signal;
- every expected message, with its file:line:col where there is a position, and none of
  the messages the case must not cascade into;
- no crash text on stderr (terminate called, Segmentation, sanitizer reports);
- bounded time (the child is killed at its limit), peak memory (the child's own rusage)
  and output size.

Usage: hostile_inputs.py PLANCHECK BASE_PLAN [--sanitized] [CASE ...]
--sanitized loosens the time and memory limits for an ASan/UBSan build.
"""
import gzip
import os
import random
import shutil
import stat
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Checks, fresh_plan, run_measured  # noqa: E402

TASKS = "tasks/2-1-actions.yaml"
TARGETS = "tasks/1-targets.yaml"
MB = 1 << 20
LIMIT = 64 * MB  # kMaxPlanFileBytes
CRASH_TEXT = ("terminate called", "Segmentation", "AddressSanitizer", "LeakSanitizer",
              "runtime error", "internal error", "Aborted", "core dumped")


class Case:
    def __init__(self, name, category, setup, argv, exit, expect, absent, timeout, mem_mb,
                 max_output, after, stdout_to):
        self.name, self.category, self.setup, self.argv = name, category, setup, argv
        self.exit, self.expect, self.absent = exit, expect, absent
        self.timeout, self.mem_mb, self.max_output = timeout, mem_mb, max_output
        self.after, self.stdout_to = after, stdout_to


CASES = []


def case(name, category, exit, expect=(), argv=("validate",), absent=(), timeout=20,
         mem_mb=150, max_output=MB, after=None, stdout_to=None):
    """Registers the decorated setup(ctx) as a case. `expect` and `absent` are substrings of
    stderr + stdout; `after(ctx)` returns a problem found once the command ran, or None."""
    def register(setup):
        CASES.append(Case(name, category, setup, list(argv), exit, list(expect), list(absent),
                          timeout, mem_mb, max_output, after, stdout_to))
        return setup
    return register


class Ctx:
    """Where a case runs: `tmp` is the working directory, `plan` the plan copy in it, and
    `plan_arg` what --plan says (relative, so messages read plan/tasks/...)."""

    def __init__(self, tmp, plan):
        self.tmp, self.plan, self.plan_arg, self.state = tmp, plan, "plan", {}

    def path(self, rel):
        return os.path.join(self.plan, rel)

    def read(self, rel):
        with open(self.path(rel), "rb") as f:
            return f.read()

    def write(self, rel, data):
        path = self.path(rel)
        if os.path.lexists(path) and not os.path.isdir(path):
            os.remove(path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)

    def replace(self, rel, old, new, count=1):
        data = self.read(rel)
        old = old.encode("utf-8") if isinstance(old, str) else old
        new = new.encode("utf-8") if isinstance(new, str) else new
        if old not in data:
            raise AssertionError(f"setup: {old!r} not in {rel}")
        self.write(rel, data.replace(old, new, count))

    def link(self, rel, target):
        path = self.path(rel)
        if os.path.lexists(path):
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            else:
                os.remove(path)
        os.symlink(target, path)

    def remove(self, rel):
        path = self.path(rel)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.remove(path)


# --- generators ------------------------------------------------------------------------

def billion_laughs(first_line=""):
    """Nine levels of nine aliases each: 9^10 strings if anything expanded them."""
    lines = [first_line] if first_line else []
    lines.append('a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]')
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def flow_nest(levels):
    return "[" * levels + "]" * levels


def crlf_bom(data):
    return b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")


# --- 1. nesting ------------------------------------------------------------------------

@case("nest-flow-65-levels-tasks", "nesting", 1,
      ["plan/tasks/2-1-actions.yaml:2:71: error: nesting too deep (more than 64 levels)"])
def _(ctx):
    ctx.write(TASKS, 'section: "2.1"\ntasks: ' + flow_nest(64) + "\n")


@case("nest-flow-64-levels-is-not-too-deep", "nesting", 1,
      ["plan/tasks/2-1-actions.yaml:2:9: error: expected task as a mapping of keys, got a list"],
      absent=["nesting too deep"])
def _(ctx):
    ctx.write(TASKS, 'section: "2.1"\ntasks: ' + flow_nest(63) + "\n")


@case("nest-flow-1000-levels-units", "nesting", 1,
      ["plan/units.yaml:1:71: error: nesting too deep (more than 64 levels) [yaml-depth]"])
def _(ctx):
    ctx.write("units.yaml", "units: " + flow_nest(1000) + "\n")


@case("nest-flow-100000-levels-events", "nesting", 1,
      ["plan/events.yaml:1:72: error: nesting too deep (more than 64 levels)"],
      max_output=600 * 1024)
def _(ctx):
    ctx.write("events.yaml", "events: " + flow_nest(100000) + "\n")


@case("nest-flow-maps-100000-levels-progress", "nesting", 1,
      ["plan/progress.yaml:1:262: error: nesting too deep (more than 64 levels)"],
      max_output=2 * MB)
def _(ctx):
    ctx.write("progress.yaml", "records: " + "{a: " * 100000 + "b" + "}" * 100000 + "\n")


@case("nest-block-1000-levels-plan", "nesting", 1,
      ["plan/plan.yaml:65:129: error: nesting too deep (more than 64 levels)"])
def _(ctx):
    ctx.write("plan.yaml", "".join("  " * i + "a:\n" for i in range(1000)) + "  " * 1000 + "b\n")


@case("nest-block-sequences-100000-levels-one-line", "nesting", 1,
      ["plan/tasks/2-1-actions.yaml:3:127: error: nesting too deep (more than 64 levels)"],
      max_output=2 * MB)
def _(ctx):
    ctx.write(TASKS, 'section: "2.1"\ntasks:\n' + "- " * 100000 + "x\n")


@case("nest-in-a-key", "nesting", 1,
      ["plan/plan.yaml:1:66: error: nesting too deep (more than 64 levels)"])
def _(ctx):
    ctx.write("plan.yaml", "? " + flow_nest(1000) + "\n: x\n")


@case("nest-due-refuses", "nesting", 1,
      ["nesting too deep", "the plan has errors; fix them first"], argv=["due", "--month", "6"])
def _(ctx):
    ctx.write(TARGETS, 'section: "1"\ntasks: ' + flow_nest(100000) + "\n")


# --- 2. anchors, aliases, merge keys, tags ---------------------------------------------

for kind, rel, first in [("plan", "plan.yaml", ""), ("units", "units.yaml", ""),
                         ("events", "events.yaml", ""), ("tasks", TASKS, 'section: "2.1"'),
                         ("progress", "progress.yaml", "")]:
    line = 2 if first else 1
    @case(f"billion-laughs-{kind}", "aliases", 1,
          [f"plan/{rel}:{line}:5: error: anchors are not allowed in plan files [yaml-anchor]",
           f"plan/{rel}:{line + 1}:10: error: aliases are not allowed in plan files [yaml-alias]",
           f"plan/{rel}: error: 61 more aliases in this file are not shown [yaml-alias]"],
          max_output=200 * 1024, timeout=10)
    def _(ctx, rel=rel, first=first):
        ctx.write(rel, billion_laughs(first))


@case("billion-laughs-calendar-ics", "aliases", 1,
      ["aliases are not allowed in plan files", "the plan has errors"],
      argv=["calendar", "--format", "ics", "--today", "2017-06-01"], max_output=200 * 1024)
def _(ctx):
    ctx.write("units.yaml", billion_laughs())


@case("merge-key-with-alias", "aliases", 1,
      ["plan/events.yaml:2:5: error: anchors are not allowed",
       "plan/events.yaml:6:5: error: merge keys ('<<') are not allowed in plan files [yaml-merge]",
       "plan/events.yaml:6:9: error: aliases are not allowed"],
      absent=["missing required key"])
def _(ctx):
    ctx.write("events.yaml", "events:\n  - &base\n    id: a\n    what: x\n    verified: true\n"
              "  - <<: *base\n    id: b\n")


@case("merge-key-inline-map", "aliases", 1,
      ["plan/units.yaml:6:5: error: merge keys ('<<') are not allowed in plan files [yaml-merge]",
       "= help: write the keys out in this mapping"],
      absent=["missing required key", "unknown key '<<'"])
def _(ctx):
    ctx.replace("units.yaml", "    kind: department\n    verified: false\n",
                "    kind: department\n    <<: {verified: false}\n")


@case("tag-bool-no-cascade", "aliases", 1,
      ["plan/events.yaml:6:15: error: tags are not allowed in plan files "
       "(found 'tag:yaml.org,2002:bool') [yaml-tag]"],
      absent=["must be true or false"])
def _(ctx):
    ctx.replace("events.yaml", "    verified: true\n", "    verified: !!bool true\n")


@case("tag-custom-include", "aliases", 1,
      ["plan/plan.yaml:9:10: error: tags are not allowed in plan files (found '!include')"],
      absent=["must be a list"])
def _(ctx):
    ctx.replace("plan.yaml", "outline:\n", "outline: !include outline.yaml\n_rest:\n")


@case("tag-on-mapping-progress", "aliases", 1,
      ["plan/progress.yaml:2:5: error: tags are not allowed in plan files "
       "(found 'tag:yaml.org,2002:map')"])
def _(ctx):
    ctx.write("progress.yaml", "records:\n  - !!map {milestone: \"2.1.1a\", done: 2017-10-01}\n")


@case("anchor-on-key", "aliases", 1,
      ["plan/plan.yaml:2:1: error: anchors are not allowed in plan files"])
def _(ctx):
    ctx.replace("plan.yaml", "id: test-plan", "&k id: test-plan")


# --- 3. files: size, kind, links, directories --------------------------------------------

@case("file-200mb-tasks", "files", 2,
      ["plancheck: error: plan/tasks/3-huge.yaml: file is too large (209715200 bytes; "
       "the limit is 67108864 bytes)"], timeout=30)
def _(ctx):
    block = b"# padding " + b"x" * 1013 + b"\n"
    with open(ctx.path("tasks/3-huge.yaml"), "wb") as f:
        for _ in range(200 * 1024):
            f.write(block)


@case("file-65mb-just-over-the-limit", "files", 2,
      [f"plan/units.yaml: file is too large ({LIMIT + MB} bytes; the limit is {LIMIT} bytes)"],
      timeout=30)
def _(ctx):
    with open(ctx.path("units.yaml"), "wb") as f:
        f.write(b"units:\n" + b"#" * (LIMIT + MB - 8) + b"\n")


@case("file-sparse-16gb", "files", 2,
      ["plan/plan.yaml: file is too large (17179869184 bytes"])
def _(ctx):
    ctx.remove("plan.yaml")
    with open(ctx.path("plan.yaml"), "wb") as f:
        f.truncate(16 << 30)


@case("tasks-file-is-a-directory", "files", 2,
      ["plancheck: error: plan/tasks/x.yaml: not a regular file (a directory)"])
def _(ctx):
    os.mkdir(ctx.path("tasks/x.yaml"))


@case("units-file-is-a-directory", "files", 2,
      ["plancheck: error: plan/units.yaml: not a regular file (a directory)"])
def _(ctx):
    ctx.remove("units.yaml")
    os.mkdir(ctx.path("units.yaml"))


@case("plan-file-is-a-fifo", "files", 2,
      ["plancheck: error: plan/plan.yaml: not a regular file (a FIFO)"], timeout=5)
def _(ctx):
    ctx.remove("plan.yaml")
    os.mkfifo(ctx.path("plan.yaml"))


@case("tasks-file-is-a-fifo", "files", 2,
      ["plan/tasks/3-pipe.yaml: not a regular file (a FIFO)"], timeout=5)
def _(ctx):
    os.mkfifo(ctx.path("tasks/3-pipe.yaml"))


@case("progress-fifo-done", "files", 2,
      ["plan/progress.yaml: not a regular file (a FIFO)"],
      argv=["done", "2.1.1a", "--on", "2017-10-01", "--today", "2017-12-01"], timeout=5)
def _(ctx):
    os.mkfifo(ctx.path("progress.yaml"))


@case("events-link-to-dev-zero", "files", 2,
      ["plan/events.yaml: not a regular file (a character device)"], timeout=5)
def _(ctx):
    ctx.link("events.yaml", "/dev/zero")


@case("tasks-link-to-dev-urandom", "files", 2,
      ["plan/tasks/3-random.yaml: not a regular file (a character device)"], timeout=5)
def _(ctx):
    os.symlink("/dev/urandom", ctx.path("tasks/3-random.yaml"))


@case("symlink-loop-in-plan", "files", 2, ["plancheck: error: plan/units.yaml: symbolic link loop"])
def _(ctx):
    ctx.link("units.yaml", "units.yaml")


@case("symlink-loop-in-tasks", "files", 2, ["plan/tasks/3-a.yaml: symbolic link loop"])
def _(ctx):
    os.symlink("3-b.yaml", ctx.path("tasks/3-a.yaml"))
    os.symlink("3-a.yaml", ctx.path("tasks/3-b.yaml"))


@case("dangling-symlink-in-tasks", "files", 2,
      ["plan/tasks/3-gone.yaml: symbolic link to a missing file ('nowhere.yaml')"])
def _(ctx):
    os.symlink("nowhere.yaml", ctx.path("tasks/3-gone.yaml"))


@case("dangling-progress-symlink-is-not-no-progress", "files", 2,
      ["plan/progress.yaml: symbolic link to a missing file ('../shared/progress.yaml')"])
def _(ctx):
    os.symlink("../shared/progress.yaml", ctx.path("progress.yaml"))


@case("tasks-dir-symlink-loop", "files", 2, ["plan/tasks: no tasks/ directory"])
def _(ctx):
    ctx.link("tasks", "tasks")


@case("tasks-is-a-file", "files", 2, ["plan/tasks: no tasks/ directory"])
def _(ctx):
    ctx.remove("tasks")
    ctx.write("tasks", "section: x\n")


@case("tasks-dir-empty", "files", 2, ["plan/tasks: no task files (*.yaml)"])
def _(ctx):
    for name in os.listdir(ctx.path("tasks")):
        os.remove(ctx.path("tasks/" + name))


@case("unreadable-file", "files", 2, ["plan/units.yaml: cannot open file: Permission denied"])
def _(ctx):
    os.chmod(ctx.path("units.yaml"), 0)


@case("plan-option-names-a-file", "files", 2,
      ["plancheck: error: plan/plan.yaml: not a plan directory (not a directory)"])
def _(ctx):
    ctx.plan_arg = "plan/plan.yaml"


@case("plan-option-names-nothing", "files", 2,
      ["plancheck: error: nowhere: not a plan directory (no such directory)"])
def _(ctx):
    ctx.plan_arg = "nowhere"


@case("plan-dir-empty", "files", 2,
      ["plancheck: error: empty/plan.yaml: no such file; is 'empty' a plan directory?"])
def _(ctx):
    os.mkdir(os.path.join(ctx.tmp, "empty"))
    ctx.plan_arg = "empty"


def output_link_kept(ctx):
    link = os.path.join(ctx.tmp, "full")
    if not os.path.islink(link) or os.readlink(link) != "/dev/full":
        return "the link to /dev/full was replaced"
    if not stat.S_ISCHR(os.stat("/dev/full").st_mode):
        return "/dev/full is no longer a device"
    return None


@case("output-link-to-dev-full", "files", 2, ["full: write failed: No space left on device"],
      argv=["compile", "-o", "full"], after=output_link_kept)
def _(ctx):
    os.symlink("/dev/full", os.path.join(ctx.tmp, "full"))


def null_link_kept(ctx):
    link = os.path.join(ctx.tmp, "null")
    if not os.path.islink(link) or not stat.S_ISCHR(os.stat("/dev/null").st_mode):
        return "the link to /dev/null, or /dev/null itself, was replaced"
    return None


@case("output-link-to-dev-null", "files", 0, [], argv=["report", "--format", "csv", "-o", "null"],
      after=null_link_kept)
def _(ctx):
    os.symlink("/dev/null", os.path.join(ctx.tmp, "null"))


@case("output-fifo-without-reader", "files", 2, ["out.fifo: cannot open: No such device"],
      argv=["compile", "-o", "out.fifo"], timeout=5)
def _(ctx):
    os.mkfifo(os.path.join(ctx.tmp, "out.fifo"))


def fifo_got_json(ctx):
    data = b""
    try:
        while chunk := os.read(ctx.state["reader"], 65536):
            data += chunk
    except BlockingIOError:
        pass
    os.close(ctx.state["reader"])
    fifo = os.path.join(ctx.tmp, "out.fifo")
    if not stat.S_ISFIFO(os.lstat(fifo).st_mode):
        return "the FIFO was replaced by a file"
    return None if data.startswith(b"{") else f"the reader got {data[:60]!r}"


@case("output-fifo-with-reader", "files", 0, [], argv=["compile", "-o", "out.fifo"], timeout=5,
      after=fifo_got_json)
def _(ctx):
    fifo = os.path.join(ctx.tmp, "out.fifo")
    os.mkfifo(fifo)
    ctx.state["reader"] = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)


@case("output-is-a-directory", "files", 2, ["plancheck: error: outdir: is a directory"],
      argv=["report", "--format", "html", "-o", "outdir"])
def _(ctx):
    os.mkdir(os.path.join(ctx.tmp, "outdir"))


def progress_link_kept(ctx):
    if not os.path.islink(ctx.path("progress.yaml")):
        return "done replaced the progress.yaml link with a file"
    with open(os.path.join(ctx.tmp, "shared-progress.yaml"), encoding="utf-8") as f:
        return None if '"2.1.1a"' in f.read() else "the linked file did not get the record"


@case("done-through-progress-symlink", "files", 0, ["recorded 2.1.1a done on 2017-10-01"],
      argv=["done", "2.1.1a", "--on", "2017-10-01", "--today", "2017-12-01"],
      after=progress_link_kept)
def _(ctx):
    with open(os.path.join(ctx.tmp, "shared-progress.yaml"), "w") as f:
        f.write("records:\n")
    os.symlink("../shared-progress.yaml", ctx.path("progress.yaml"))


@case("stdout-is-dev-full", "files", 2,
      ["plancheck: error: cannot write to standard output: No space left on device"],
      argv=["due", "--month", "10"], stdout_to="/dev/full")
def _(ctx):
    pass


@case("json-stdout-is-dev-full", "files", 2, ["cannot write to standard output"],
      argv=["validate", "--format", "json"], stdout_to="/dev/full")
def _(ctx):
    pass


# --- 4. encodings, line endings, control characters -------------------------------------

@case("bom-crlf-all-files-accepted", "encoding", 0,
      ["plan: ok: 4 tasks, 5 milestones, 5 units, 2 groups, 3 events"])
def _(ctx):
    for rel in ["plan.yaml", "units.yaml", "events.yaml", TASKS, TARGETS]:
        ctx.write(rel, crlf_bom(ctx.read(rel)))


@case("bom-crlf-positions-stay-right", "encoding", 1,
      ["plan/tasks/2-1-actions.yaml:7:12: error: unknown unit '区环保厅' [unit-unknown]",
       "plan/tasks/2-1-actions.yaml:17:12: error: unknown unit '区环保厅'"])
def _(ctx):
    ctx.write(TASKS, crlf_bom(ctx.read(TASKS).replace("[区环保局]".encode(), "[区环保厅]".encode())))


@case("bom-on-line-1-column-right", "encoding", 1,
      ["plan/plan.yaml:1:5: error: plan id 'Test_Plan' must be lowercase letters"])
def _(ctx):
    data = ctx.read("plan.yaml").split(b"\n", 1)[1].replace(b"id: test-plan", b"id: Test_Plan")
    ctx.write("plan.yaml", b"\xef\xbb\xbf" + data)


@case("crlf-due-accepted", "encoding", 0, ["2.1.1a", "锅炉改造"], argv=["due", "--month", "10"])
def _(ctx):
    for rel in ["plan.yaml", "units.yaml", "events.yaml", TASKS, TARGETS]:
        ctx.write(rel, ctx.read(rel).replace(b"\n", b"\r\n"))


@case("crlf-calendar-ics-accepted", "encoding", 0, ["BEGIN:VCALENDAR", "2.1.1a"],
      argv=["calendar", "--format", "ics", "--today", "2017-06-01"])
def _(ctx):
    for rel in ["plan.yaml", "units.yaml", "events.yaml", TASKS, TARGETS]:
        ctx.write(rel, crlf_bom(ctx.read(rel)))


@case("bom-in-a-value", "encoding", 1,
      ["plan/tasks/2-1-actions.yaml:7:12: error: byte order mark (U+FEFF) inside the file "
       "[bom-inside]"], absent=["unknown unit"])
def _(ctx):
    ctx.replace(TASKS, "lead: [区环保局]", "lead: [\ufeff区环保局]")


@case("bom-at-a-line-start", "encoding", 1,
      ["plan/units.yaml:7:1: error: byte order mark (U+FEFF) inside the file"])
def _(ctx):
    ctx.replace("units.yaml", "  - name: 区大气办", "\ufeff  - name: 区大气办")


@case("lone-cr-line-endings", "encoding", 1,
      ["plan/tasks/2-1-actions.yaml:1:76: error: carriage return (CR) without a line feed "
       "[line-ending]", "help: save the file with LF (Unix) or CRLF (Windows) line endings"],
      absent=["file is empty"])
def _(ctx):
    ctx.write(TASKS, ctx.read(TASKS).replace(b"\n", b"\r"))


@case("lone-cr-in-a-crlf-file", "encoding", 1,
      ["plan/events.yaml:4:13: error: carriage return (CR) without a line feed"])
def _(ctx):
    data = ctx.read("events.yaml").replace(b"\n", b"\r\n")
    ctx.write("events.yaml", data.replace("市级方案".encode(), "市级\r方案".encode()))


for enc, bom, codec in [("UTF-16LE", b"\xff\xfe", "utf-16-le"), ("UTF-16BE", b"\xfe\xff", "utf-16-be"),
                        ("UTF-32LE", b"\xff\xfe\x00\x00", "utf-32-le")]:
    @case(f"encoding-{enc.lower()}-with-bom", "encoding", 1,
          [f"plan/tasks/2-1-actions.yaml: error: file is {enc}, not UTF-8 [utf8-invalid]",
           f"help: plan files are UTF-8; convert the file (iconv -f {enc} -t UTF-8)"])
    def _(ctx, bom=bom, codec=codec):
        ctx.write(TASKS, bom + ctx.read(TASKS).decode("utf-8").encode(codec))


@case("encoding-utf16le-without-bom", "encoding", 1,
      ["plan/units.yaml: error: file is UTF-16LE, not UTF-8"])
def _(ctx):
    ctx.write("units.yaml", ctx.read("units.yaml").decode("utf-8").encode("utf-16-le"))


@case("encoding-gb18030-units", "encoding", 1,
      ["plan/units.yaml:3:11: error: invalid UTF-8 (byte 0xC7)",
       "iconv -f GB18030 -t UTF-8"])
def _(ctx):
    ctx.write("units.yaml", ctx.read("units.yaml").decode("utf-8").encode("gb18030"))


for label, bad, byte in [("overlong-2-byte", b"\xc0\xaf", "0xC0"), ("overlong-3-byte", b"\xe0\x80\xaf", "0xE0"),
                         ("surrogate", b"\xed\xa0\x80", "0xED"), ("above-u10ffff", b"\xf4\x90\x80\x80", "0xF4"),
                         ("lone-continuation", b"\x80", "0x80")]:
    @case(f"utf8-{label}-in-a-key", "encoding", 1,
          [f"plan/events.yaml:4:5: error: invalid UTF-8 (byte {byte}) [utf8-invalid]"])
    def _(ctx, bad=bad):
        ctx.replace("events.yaml", b"    what: ", b"    " + bad + b"what: ")


@case("utf8-truncated-at-end-of-file", "encoding", 1,
      ["plan/plan.yaml:16:3: error: invalid UTF-8 (byte 0xE7)"])
def _(ctx):
    ctx.write("plan.yaml", ctx.read("plan.yaml") + b"# \xe7\x9b")


@case("nul-in-a-key", "encoding", 1,
      ["plan/events.yaml:3:6: error: NUL byte in a text file [nul-byte]"])
def _(ctx):
    ctx.replace("events.yaml", "  - id: city-plan", "  - i\0d: city-plan")


@case("nul-in-a-comment", "encoding", 1,
      ["plan/plan.yaml:1:3: error: NUL byte in a text file"])
def _(ctx):
    ctx.replace("plan.yaml", "# yaml", "# \0yaml")


for label, code, rel, old, new, pos in [
        ("escape", "U+001B", TASKS, "title: 锅炉改造", "title: \x1b[31m锅炉改造", "5:12"),
        ("bell-in-unit-name", "U+0007", TASKS, "lead: [区环保局]", "lead: [区环\x07保局]", "7:14"),
        ("form-feed", "U+000C", "units.yaml", "units:", "\x0cunits:", "2:1"),
        ("delete", "U+007F", "events.yaml", "what: 春节期间", "what: 春节期间\x7f", "8:15"),
        ("c1-next-line", "U+0085", "plan.yaml", "title: 测试实施计划", "title: \x85测试实施计划", "4:8"),
        ("backspace-in-progress", "U+0008", "progress.yaml", "done: 2017", "done: \x082017", "3:11")]:
    @case(f"control-{label}", "encoding", 1,
          [f"plan/{rel}:{pos}: error: control character {code} in a text file [control-char]"],
          absent=["unknown unit"])
    def _(ctx, rel=rel, old=old, new=new):
        if rel == "progress.yaml":
            ctx.write(rel, 'records:\n  - milestone: "2.1.1a"\n    done: 2017-10-01\n')
        ctx.replace(rel, old, new)


@case("line-separator-u2028", "encoding", 1,
      ["plan/tasks/1-targets.yaml:5:14: error: Unicode line separator U+2028 in a text file"])
def _(ctx):
    ctx.replace(TARGETS, "title: 年度目标", "title: 年度\u2028目标")


@case("noncharacter-uffff", "encoding", 1,
      ["plan/units.yaml:3:15: error: noncharacter U+FFFF in a text file"])
def _(ctx):
    ctx.replace("units.yaml", "name: 区环保局", "name: 区环保局\uffff")


@case("line-1mb-unknown-unit", "encoding", 1,
      ["plan/tasks/2-1-actions.yaml:7:12: error: unknown unit '区环保厅xxxx"],
      max_output=4 * MB, timeout=20)
def _(ctx):
    ctx.replace(TASKS, "lead: [区环保局]", "lead: [区环保厅" + "x" * MB + "]")


@case("scalar-10mb-double-quoted-accepted", "encoding", 0, ["plan: ok: 4 tasks"],
      timeout=30, mem_mb=400)
def _(ctx):
    ctx.replace(TASKS, "title: 预案修订", 'title: "' + "a" * (10 * MB) + '"')


@case("scalar-10mb-plain-cjk-note-accepted", "encoding", 0, ["plan: ok: 4 tasks"],
      timeout=30, mem_mb=400)
def _(ctx):
    ctx.replace("units.yaml", "    kind: town\n", "    kind: town\n    note: " + "镇" * (10 * MB // 3) + "\n")


@case("key-1mb-long", "encoding", 1,
      ["plan/tasks/2-1-actions.yaml:5:5: error: invalid YAML: a key is longer than 1024 characters",
       "help: YAML allows a key at most 1024 characters"],
      absent=["illegal map value", "must be quoted"], max_output=4 * MB)
def _(ctx):
    ctx.replace(TASKS, "    title: 锅炉改造", "    title" + "k" * MB + ": 锅炉改造")


@case("key-1000-chars-is-just-unknown", "encoding", 1,
      ["plan/events.yaml:7:5: error: unknown key 'kkkk"], absent=["invalid YAML"])
def _(ctx):
    ctx.replace("events.yaml", "    verified: true\n  - id: festival",
                "    verified: true\n    " + "k" * 1000 + ": x\n  - id: festival")


# --- 5. dates ---------------------------------------------------------------------------

@case("issued-year-0000", "dates", 1,
      ["plan/plan.yaml:6:9: error: 'issued' is out of range (years 1000 to 9999): 0000-01-01"])
def _(ctx):
    ctx.replace("plan.yaml", "issued: 2017-04-14", "issued: 0000-01-01")


@case("issued-year-99999", "dates", 1,
      ["plan/plan.yaml:6:9: error: 'issued' must be a date written YYYY-MM-DD, got '99999-01-01'"])
def _(ctx):
    ctx.replace("plan.yaml", "issued: 2017-04-14", "issued: 99999-01-01")


@case("issued-negative-year", "dates", 1,
      ["plan/plan.yaml:6:9: error: 'issued' must be a date written YYYY-MM-DD, got '-2017-01-01'"])
def _(ctx):
    ctx.replace("plan.yaml", "issued: 2017-04-14", "issued: -2017-01-01")


@case("event-dates-13th-month-and-32nd-day", "dates", 1,
      ["plan/events.yaml:9:12: error: 'start' is not a calendar date: 2017-13-01",
       "plan/events.yaml:10:10: error: 'end' is not a calendar date: 2017-10-32"])
def _(ctx):
    ctx.replace("events.yaml", "start: 2018-02-15", "start: 2017-13-01")
    ctx.replace("events.yaml", "end: 2018-03-02", "end: 2017-10-32")


@case("event-date-year-0000-and-year-99999", "dates", 1,
      ["plan/events.yaml:5:11: error: 'date' is out of range (years 1000 to 9999): 0000-11-06",
       "plan/events.yaml:15:11: error: 'date' must be a date written YYYY-MM-DD, got '99999-01-01'"])
def _(ctx):
    ctx.replace("events.yaml", "date: 2017-11-06", "date: 0000-11-06")
    ctx.write("events.yaml", ctx.read("events.yaml") + "    date: 99999-01-01\n".encode())


@case("progress-done-dates-out-of-range", "dates", 1,
      ["plan/progress.yaml:3:11: error: 'done' is out of range (years 1000 to 9999): 0000-01-01",
       "plan/progress.yaml:5:11: error: 'done' is not a calendar date: 2017-02-29"])
def _(ctx):
    ctx.write("progress.yaml", 'records:\n  - milestone: "2.1.1a"\n    done: 0000-01-01\n'
              '  - milestone: "2.1.2a"\n    done: 2017-02-29\n')


for phrase, message in [
        ("0年1月1日前", "11:16: error: cannot read deadline '0年1月1日前': expected a date"),
        ("99999年10月底前", "11:16: error: cannot read deadline '99999年10月底前': expected a date"),
        ("2017-02-30", "11:16: error: cannot read deadline '2017-02-30': '2017-02-30' is not a "
                       "date: no such day"),
        ("2017-13-01", "11:16: error: cannot read deadline '2017-13-01': '2017-13-01' is not a "
                       "date: no such day"),
        ("2017-10-32", "11:16: error: cannot read deadline '2017-10-32': '2017-10-32' is not a date"),
        ("0999-10-31", "'0999-10-31' is out of range (years 1000 to 9999)"),
        ("-2017-10-31", "11:16: error: cannot read deadline '-2017-10-31': expected a date or a "
                        "month name, got '-2017-10-31'"),
        ("9999年11月1日到次年2月底", "11:15: error: deadline '9999年11月1日到次年2月底': year 10000 is out of range"),
        ("from 99999-01-01", "cannot read deadline 'from 99999-01-01'")]:
    @case(f"when-{phrase}", "dates", 1, [f"plan/tasks/2-1-actions.yaml:{message}"
                                          if message[0].isdigit() else message])
    def _(ctx, phrase=phrase):
        ctx.replace(TASKS, "when: 10月底前", f'when: "{phrase}"')


@case("when-9999-12-31-accepted", "dates", 0,
      ["warning: task '2.1.1' says '10月底前' (2017-10-31) but no milestone has that date"])
def _(ctx):
    ctx.replace(TASKS, "when: 10月底前", "when: 9999-12-31")


@case("far-future-plan-check-bounded", "dates", 1, ["2.1.1b@9998"],
      argv=["check", "--today", "9999-12-31"], timeout=20, max_output=4 * MB)
def _(ctx):
    ctx.replace("plan.yaml", "issued: 2017-04-14", "issued: 1900-01-01")
    ctx.replace("plan.yaml", "year: 2017", "year: 1900")
    ctx.replace(TARGETS, "when: 按季度", "when: 每月")
    ctx.replace(TARGETS, "text: 按季度分析形势。", "text: 每月分析形势。")


@case("far-future-calendar-ics-bounded", "dates", 0, ["BEGIN:VCALENDAR", "END:VCALENDAR"],
      argv=["calendar", "--format", "ics", "--from", "1000-01-01", "--to", "9999-12-31",
            "--today", "2017-06-01"], timeout=20, max_output=8 * MB)
def _(ctx):
    ctx.replace(TARGETS, "when: 按季度", "when: 每月")
    ctx.replace(TARGETS, "text: 按季度分析形势。", "text: 每月分析形势。")


for args, message in [
        (["check", "--today", "0000-01-01"], "--today: '0000-01-01' is out of range (years 1000 to 9999)"),
        (["check", "--today", "99999-01-01"], "--today: '99999-01-01' is not a date written YYYY-MM-DD"),
        (["check", "--today", "2017-02-30"], "--today: '2017-02-30' is not a date: no such day"),
        (["remind", "--today", "-2017-01-01"], "--today: '-2017-01-01' is not a date written YYYY-MM-DD"),
        (["due", "--month", "6", "--year", "0"], "--year: 0 is not in the range 1000 to 9999"),
        (["due", "--month", "6", "--year", "99999"], "--year: 99999 is not in the range 1000 to 9999"),
        (["due", "--month", "0"], "--month: 0 is not in the range 1 to 12"),
        (["due", "--month", "13"], "--month: 13 is not in the range 1 to 12"),
        (["due", "--month", "18446744073709551616"], "--month: 18446744073709551616 is not in the range 1 to 12"),
        (["when", "10月底前", "--year", "0"], "--year: 0 is not in the range 1000 to 9999"),
        (["when", "10月底前", "--issued", "2017-04-31"], "--issued: '2017-04-31' is not a date: no such day"),
        (["done", "2.1.1a", "--on", "0000-01-01", "--today", "2017-12-01"],
         "--on: '0000-01-01' is out of range"),
        (["calendar", "--from", "2017-12-31", "--to", "2017-01-01"], "--to: 2017-01-01 is before --from 2017-12-31"),
        (["calendar", "--from", "1999-99-99"], "--from: '1999-99-99' is not a date: no such day")]:
    @case("cli-" + "-".join(a.lstrip("-") for a in args[:1] + args[-2:]), "dates", 2, [message],
          argv=args)
    def _(ctx):
        pass


# --- 6. types and keys ------------------------------------------------------------------

for label, rel, old, new, message in [
        ("year-2-to-the-64", "plan.yaml", "year: 2017", "year: 18446744073709551616",
         "plan/plan.yaml:7:7: error: 'year' is out of range: 18446744073709551616 [value]"),
        ("year-negative", "plan.yaml", "year: 2017", "year: -5",
         "plan/plan.yaml:7:7: error: plan year -5 is out of range (1900..2200)"),
        ("year-1e400", "plan.yaml", "year: 2017", "year: 1e400",
         "plan/plan.yaml:7:7: error: 'year' must be a whole number, got '1e400'"),
        ("year-inf", "plan.yaml", "year: 2017", "year: .inf",
         "plan/plan.yaml:7:7: error: 'year' must be a whole number, got '.inf'"),
        ("year-nan", "plan.yaml", "year: 2017", "year: .nan", "got '.nan'"),
        ("year-list", "plan.yaml", "year: 2017", "year: [2017]",
         "plan/plan.yaml:7:7: error: 'year' must be a whole number, got a list"),
        ("outline-mapping", "plan.yaml", "outline:\n", "outline: {}\n_rest:\n",
         "plan/plan.yaml:9:10: error: 'outline' must be a list, got a mapping"),
        ("language-list", "plan.yaml", "language: zh", "language: [zh]",
         "plan/plan.yaml:8:11: error: 'language' must be a string, got a list"),
        ("verified-quoted", "units.yaml", "    verified: true\n  - name: 乙街道",
         '    verified: "true"\n  - name: 乙街道',
         "plan/units.yaml:16:15: error: 'verified' must be true or false, got a string"),
        ("members-number", "units.yaml", "members: [甲镇, 乙街道]", "members: 5",
         "plan/units.yaml:22:14: error: 'members' must be a list of unit names or 'unknown', got a number"),
        ("units-null", "units.yaml", "units:\n", "units: ~\n_units:\n",
         "plan/units.yaml:2:8: error: 'units' must be a list, got null"),
        ("events-mapping", "events.yaml", "events:\n", "events: {a: b}\n_events:\n",
         "plan/events.yaml:2:9: error: 'events' must be a list, got a mapping"),
        ("event-what-mapping", "events.yaml", "what: 春节期间", "what: {a: 1}",
         "plan/events.yaml:8:11: error: 'what' must be a string, got a mapping"),
        ("milestones-string", TASKS, "    milestones:\n      - what: 锅炉改造\n        when: 10月底前\n"
         "      - what: 错峰生产\n        when: 每年11月1日到次年2月底\n", "    milestones: continuous\n",
         "plan/tasks/2-1-actions.yaml:9:17: error: 'milestones' must be a list, got a string"),
        ("when-number", TASKS, "when: 10月底前", "when: 20171031",
         "plan/tasks/2-1-actions.yaml:11:15: error: 'when' must be a string, got a number"),
        ("title-boolean", TASKS, "title: 锅炉改造", "title: true",
         "plan/tasks/2-1-actions.yaml:5:12: error: 'title' must be a string, got a boolean"),
        ("text-null", TARGETS, "text: 完成年度目标。", "text: ~",
         "plan/tasks/1-targets.yaml:6:11: error: 'text' must be a string, got null"),
        ("section-float", TARGETS, 'section: "1"', "section: 1.0",
         "plan/tasks/1-targets.yaml:2:10: error: 'section' must be a string, got a number"),
        ("events-top-level-inf", "events.yaml", None, ".inf\n",
         "plan/events.yaml:1:1: error: expected event list as a mapping of keys, got a number")]:
    @case(f"type-{label}", "types", 1, [message])
    def _(ctx, rel=rel, old=old, new=new):
        if old is None:
            ctx.write(rel, new)
        else:
            ctx.replace(rel, old, new)


@case("type-progress-values", "types", 1,
      ["plan/progress.yaml:3:11: error: 'done' must be a date written YYYY-MM-DD, got '5'",
       "plan/progress.yaml:4:16: error: 'milestone' must be a string, got a list",
       "plan/progress.yaml:5:11: error: 'done' must be a date written YYYY-MM-DD, got a mapping",
       "plan/progress.yaml:6:16: error: 'milestone' must be a string, got a boolean",
       "plan/progress.yaml:7:11: error: 'done' must be a date written YYYY-MM-DD, got '.inf'"])
def _(ctx):
    ctx.write("progress.yaml", 'records:\n  - milestone: "2.1.1a"\n    done: 5\n'
              "  - milestone: [x]\n    done: {a: 1}\n  - milestone: true\n    done: .inf\n")


@case("type-progress-top-level-list", "types", 1,
      ["plan/progress.yaml:1:1: error: expected progress file as a mapping of keys, got a list"])
def _(ctx):
    ctx.write("progress.yaml", "- milestone: 2.1.1a\n")


for label, text, message in [
        ("list", "? [a, b]\n: x\n", "plan/plan.yaml:1:3: error: mapping keys must be plain strings, got a list"),
        ("mapping", "? {a: 1}\n: x\n", "plan/plan.yaml:1:3: error: mapping keys must be plain strings, got a mapping"),
        ("null", "~: x\n", "plan/plan.yaml:1:1: error: mapping keys must be plain strings, got null"),
        ("integer", "1: x\n", "plan/plan.yaml:1:1: error: unknown key '1' in plan"),
        ("huge-integer", "18446744073709551616: x\n", "plan/plan.yaml:1:1: error: unknown key '18446744073709551616'")]:
    @case(f"key-{label}", "types", 1, [message])
    def _(ctx, text=text):
        ctx.write("plan.yaml", text + ctx.read("plan.yaml").decode("utf-8"))


# --- 7. scale ---------------------------------------------------------------------------

@case("scale-10k-duplicate-task-ids", "scale", 1,
      ["plan/tasks/2-1-actions.yaml:9:9: error: task '2.1.1' is defined twice [id-duplicate]",
       "plan/tasks/2-1-actions.yaml:3:9: note: first defined here",
       "plan/tasks/2-1-actions.yaml:59997:9: error: task '2.1.1' is defined twice",
       "9999 errors, 0 warnings"], timeout=30, mem_mb=300, max_output=8 * MB)
def _(ctx):
    task = ('  - id: "2.1.1"\n    title: t\n    text: 持续推进。\n    milestones:\n'
            "      - what: w\n        when: continuous\n")
    ctx.write(TASKS, 'section: "2.1"\ntasks:\n' + task * 10000)


@case("scale-100k-tasks-one-file", "scale", 1,
      ["plan/tasks/2-1-actions.yaml:59997:9: error: '2.1.10000' is not a task number",
       "90001 errors, 0 warnings"], timeout=60, mem_mb=600, max_output=40 * MB)
def _(ctx):
    ctx.write(TASKS, 'section: "2.1"\ntasks:\n' + "".join(
        f'  - id: "2.1.{i}"\n    title: t\n    text: 持续推进。\n    milestones:\n'
        "      - what: w\n        when: continuous\n" for i in range(1, 100001)))


@case("scale-200k-dated-phrases-in-one-text", "scale", 0,
      ["plan/tasks/2-1-actions.yaml:6:11: warning: task '2.1.1' says '3月底前'",
       "more findings on line 6 are not shown", "0 errors, 200000 warnings"],
      timeout=30, max_output=4 * MB)
def _(ctx):
    # Each phrase's column used to be counted from the start of the text: quadratic.
    ctx.replace(TASKS, "text: 10月底前完成锅炉改造，", "text: " + "3月底前，" * 200000 + "10月底前完成锅炉改造，")


@case("scale-10k-aliases-bounded-output", "scale", 1,
      ["plan/units.yaml:2:5: error: aliases are not allowed",
       "plan/units.yaml: error: 9980 more aliases in this file are not shown", "22 errors"],
      timeout=20, max_output=8 * MB)
def _(ctx):
    ctx.write("units.yaml", "a: &a x\nb: [" + ", ".join(["*a"] * 10000) + "]\n")


@case("scale-5000-unknown-units-on-one-line", "scale", 1,
      ["plan/tasks/2-1-actions.yaml:7:12: error: unknown unit '单位0' [unit-unknown]",
       "plan/tasks/2-1-actions.yaml: note: 4983 more findings on line 7 are not shown",
       "5000 errors, 0 warnings"], timeout=20, max_output=4 * MB)
def _(ctx):
    ctx.replace(TASKS, "lead: [区环保局]", "lead: [" + ", ".join(f"单位{i}" for i in range(5000)) + "]")


@case("scale-5000-unknown-units-due-refuses", "scale", 1,
      ["note: 4983 more findings on line 7 are not shown", "the plan has errors"],
      argv=["due", "--month", "6"], timeout=20, max_output=4 * MB)
def _(ctx):
    ctx.replace(TASKS, "lead: [区环保局]", "lead: [" + ", ".join(f"单位{i}" for i in range(5000)) + "]")


@case("scale-20-unknown-units-on-a-10mb-line", "scale", 1,
      ["plan/tasks/2-1-actions.yaml:7:12: error: unknown unit 'xxxx",
       "plan/tasks/2-1-actions.yaml: note: 19 more findings on line 7 are not shown",
       "20 errors, 0 warnings"], timeout=30, mem_mb=400, max_output=40 * MB)
def _(ctx):
    names = ", ".join(f"单位{i}" for i in range(19))
    ctx.replace(TASKS, "lead: [区环保局]", "lead: [" + "x" * (10 * MB) + ", " + names + "]")


# --- 8. file names ----------------------------------------------------------------------

for label, name in [("space", "3 spaced name.yaml"), ("chinese", "三-中文名.yaml"),
                    ("leading-dash", "-rf.yaml"), ("newline", "new\nline.yaml"), ("tab", "tab\tname.yaml")]:
    shown = name.replace("\n", "\\n").replace("\t", "\\t")
    @case(f"file-name-{label}", "names", 1,
          [f"plan/tasks/{shown}:2:8: error: 'tasks' must be a list, got a number [type]"])
    def _(ctx, name=name):
        ctx.write("tasks/" + name, 'section: "2.1"\ntasks: 5\n')


@case("file-name-upper-case-extension", "names", 0,
      ["plan/tasks/3-OTHER.YAML: warning: not read: task files end in '.yaml' or '.yml', in lowercase"])
def _(ctx):
    ctx.write("tasks/3-OTHER.YAML", 'section: "2.1"\ntasks: 5\n')


# --- 9. garbage -------------------------------------------------------------------------

@case("garbage-bin-ls-as-tasks", "garbage", 1, ["plan/tasks/3-ls.yaml:1:", "error: invalid UTF-8"],
      max_output=2 * MB)
def _(ctx):
    shutil.copy("/bin/ls", ctx.path("tasks/3-ls.yaml"))


@case("garbage-random-bytes", "garbage", 1, ["plan/units.yaml:1:4: error: invalid UTF-8 (byte 0x9F)"])
def _(ctx):
    ctx.write("units.yaml", random.Random(5).randbytes(100000))


@case("garbage-zip-file", "garbage", 1, ["plan/plan.yaml:1:", "error: invalid UTF-8"])
def _(ctx):
    archive = os.path.join(ctx.tmp, "plan.zip")
    with zipfile.ZipFile(archive, "w") as z:
        entry = zipfile.ZipInfo("units.yaml", date_time=(2017, 4, 14, 0, 0, 0))
        z.writestr(entry, ctx.read("units.yaml"), compress_type=zipfile.ZIP_DEFLATED)
    ctx.remove("plan.yaml")
    shutil.copy(archive, ctx.path("plan.yaml"))


@case("garbage-gzip-file", "garbage", 1, ["plan/events.yaml:1:", "invalid UTF-8 (byte 0x8B)"])
def _(ctx):
    ctx.write("events.yaml", gzip.compress(ctx.read("events.yaml"), mtime=0))


@case("garbage-report-html-refuses", "garbage", 1, ["invalid UTF-8", "the plan has errors"],
      argv=["report", "--format", "html"])
def _(ctx):
    ctx.write("units.yaml", random.Random(7).randbytes(5000))


@case("garbage-when-control-characters", "garbage", 1, ["cannot read deadline"],
      argv=["when", "\x1b[31m10月\x07底前"])
def _(ctx):
    pass


@case("garbage-when-120kb-phrase", "garbage", 1, ["<when>:1:1: error: cannot read deadline"],
      argv=["when", "月" * 40000], max_output=4 * MB)
def _(ctx):
    pass


@case("garbage-show-long-id", "garbage", 2, ["id: no task or milestone '9.9.9."], argv=["show", "9." * 50000 + "1"],
      max_output=4 * MB)
def _(ctx):
    pass


# --- 10. the unclosed quote -------------------------------------------------------------

@case("quote-double-unclosed-before-a-quote", "quotes", 1,
      ["plan/tasks/2-1-actions.yaml:6:11: error: a quoted string starting here is not closed "
       "on its line [yaml-quote]",
       "help: add the closing \" on this line; as written, the string runs on over line 7"],
      absent=["end of map not found", "missing required key"])
def _(ctx):
    ctx.replace(TASKS, "    text: 10月底前", '    text: "10月底前')


@case("quote-single-unclosed-swallows-keys", "quotes", 1,
      ["plan/tasks/2-1-actions.yaml:15:12: error: a quoted string starting here is not closed "
       "on its line"], absent=["missing required key"])
def _(ctx):
    ctx.replace(TASKS, "    title: 预案修订", "    title: '预案修订")


@case("quote-last-key-swallows-event", "quotes", 1,
      ["plan/tasks/2-1-actions.yaml:21:15: error: a quoted string starting here is not closed"],
      absent=["unexpected space", "event"])
def _(ctx):
    ctx.replace(TASKS, "        when: 印发实施后1个月内", '        when: "印发实施后1个月内')


@case("quote-in-a-flow-list", "quotes", 1,
      ["plan/tasks/2-1-actions.yaml:7:12: error: a quoted string starting here is not closed"])
def _(ctx):
    ctx.replace(TASKS, "    lead: [区环保局]", '    lead: ["区环保局]')


@case("quote-units-name", "quotes", 1,
      ["plan/units.yaml:7:11: error: a quoted string starting here is not closed"],
      absent=["missing required key"])
def _(ctx):
    ctx.replace("units.yaml", "  - name: 区大气办", '  - name: "区大气办')


@case("quote-never-closed-at-end-of-file", "quotes", 1,
      ["plan/events.yaml:15:11: error: a quoted string starting here is never closed",
       "help: add the closing ' where the string ends"])
def _(ctx):
    ctx.write("events.yaml", ctx.read("events.yaml") + b"    note: 'abc\n")


@case("quote-multi-line-string-accepted", "quotes", 0, ["plan: ok: 4 tasks"])
def _(ctx):
    ctx.replace(TASKS, "    text: 10月底前完成锅炉改造，每年11月1日到次年2月底实施错峰生产。",
                '    text: "10月底前完成锅炉改造，\n      每年11月1日到次年2月底实施错峰生产。"')


# --- running ----------------------------------------------------------------------------

def one_line(text, limit=240):
    text = text.replace("\n", "⏎")
    return text if len(text) <= limit else text[:limit] + "…"


def run_case(c, binary, base_root, scale, checks):
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        plan = fresh_plan(base_root, tmp, "plan")
        ctx = Ctx(tmp, plan)
        c.setup(ctx)
        timeout = c.timeout * scale["time"]
        code, out, err, seconds, peak_kb = run_measured(
            binary, ctx.plan_arg, *c.argv, timeout=timeout, cwd=tmp, stdout_path=c.stdout_to,
            max_output=c.max_output)
        problems = []
        if code is None:
            problems.append(f"killed after {timeout:.0f} s")
        elif code < 0:
            problems.append(f"died of signal {-code}")
        elif code != c.exit:
            problems.append(f"exit {code}, want {c.exit}")
        both = err + out
        for text in c.expect:
            if text not in both:
                problems.append(f"missing {text!r}")
        for text in c.absent:
            if text in both:
                problems.append(f"must not say {text!r}")
        for text in CRASH_TEXT:
            if text in err:
                problems.append(f"stderr says {text!r}")
        memory = c.mem_mb * scale["memory"] + scale["memory_extra"]
        if peak_kb > memory * 1024:
            problems.append(f"peak memory {peak_kb // 1024} MB > {memory} MB")
        if len(out) + len(err) > c.max_output:
            problems.append(f"output {len(out) + len(err)} bytes > {c.max_output}")
        if c.after and not problems:
            if problem := c.after(ctx):
                problems.append(problem)
        detail = "; ".join(problems) + f" | stderr: {one_line(err)}" if problems else ""
        checks.expect(f"{c.category}/{c.name}", not problems, detail)
        return seconds, peak_kb


def main():
    argv = sys.argv[1:]
    sanitized = "--sanitized" in argv
    argv = [a for a in argv if a != "--sanitized"]
    binary, base_plan, only = os.path.abspath(argv[0]), os.path.abspath(argv[1]), argv[2:]
    base_root = os.path.dirname(base_plan)
    if os.path.basename(base_plan) != "plan":
        sys.exit(f"{base_plan}: the base plan directory must be named 'plan'")
    # ASan and UBSan make a run slower and bigger: shadow memory, a quarantine of freed blocks.
    scale = ({"time": 6, "memory": 3, "memory_extra": 600} if sanitized
             else {"time": 1, "memory": 1, "memory_extra": 0})
    names = [c.name for c in CASES]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        sys.exit(f"duplicate case names: {sorted(duplicates)}")
    cases = [c for c in CASES if not only or c.name in only]
    checks = Checks()
    slowest = []
    for c in cases:
        if c.name == "unreadable-file" and os.geteuid() == 0:
            print(f"note: skipping {c.name}: running as root, chmod 000 does not stop reading")
            continue
        seconds, peak_kb = run_case(c, binary, base_root, scale, checks)
        slowest.append((seconds, peak_kb // 1024, c.name))
    by_category = {}
    for c in cases:
        by_category[c.category] = by_category.get(c.category, 0) + 1
    print("cases: " + ", ".join(f"{k} {v}" for k, v in by_category.items()))
    for seconds, mb, name in sorted(slowest, reverse=True)[:3]:
        print(f"slowest: {name} {seconds:.2f} s, {mb} MB")
    checks.finish()


if __name__ == "__main__":
    main()
