#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Profile `plancheck validate` (cold) under callgrind and print the top functions.

Usage: profile.py [--top 15] [CORPUS_DIR ...]   (default: bench/work/10k-1000-files and
       bench/work/10k-1-file, as written by run.py)

Runs `valgrind --tool=callgrind` on build-bench/plancheck (Release with -g), with the
corpus's .plancheck-cache/ deleted first, then prints the top functions by inclusive and by
self instruction count as Markdown tables, with template arguments and parameter lists cut
so that the names fit. The raw profiles stay in bench/work/callgrind.*.out for
callgrind_annotate or kcachegrind.
"""

import argparse
import os
import re
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")
BINARY = os.path.join(ROOT, "build-bench", "plancheck")


def strip_nested(name, open_c, close_c):
    out, depth = [], 0
    for ch in name:
        if ch == open_c:
            if depth == 0:
                out.append(open_c + "…")
            depth += 1
        elif ch == close_c and depth:
            depth -= 1
            if depth == 0:
                out.append(close_c)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def parse_entry(entry):
    """'file:function [object]' → (function, where)."""
    m = re.match(r"^(.*?):(.*?)(?: \[([^\[\]]*)\])?$", entry)
    if not m:
        return entry, ""
    path, func, obj = m.groups()
    func = re.sub(r"'\d+$", "", func)  # callgrind's recursion-cycle marker
    func = re.sub(r" \[clone [^\]]*\]| \(clone [^)]*\)", "", func)
    if obj and obj.startswith("clone "):
        obj = "plancheck"
    obj = os.path.basename(obj or "")
    return func, obj if obj and obj != "plancheck" else "plancheck"


def short(func):
    func = strip_nested(strip_nested(func, "<", ">"), "(", ")")
    return func.replace("plancheck::", "").replace("(anonymous namespace)::", "")


NOISE = re.compile(r"^\(below main\)|^__libc_start|^main$|^start_thread|_Function_handler|"
                   r"^std::thread::_State_impl|^0x")


def top(out_file, inclusive, count):
    """Functions by inclusive (max over inlined pieces) or self (summed) share of Ir.
    callgrind_annotate lists inlined code under the header it came from, so one function
    can appear several times; these are merged by name. With --inclusive, wrappers
    (main, thread entry, std::function) and unnamed library addresses are left out."""
    text = subprocess.run(["callgrind_annotate", "--auto=no", f"--inclusive={'yes' if inclusive else 'no'}",
                           out_file], capture_output=True, text=True, check=True).stdout
    totals = {}
    for line in text.splitlines():
        m = re.match(r"^\s*([\d,]+) \(\s*([\d.]+)%\)\s+(.*)$", line)
        if not m or "PROGRAM TOTALS" in line:
            continue
        pct = float(m.group(2))
        func, where = parse_entry(m.group(3))
        if inclusive and (pct > 100 or NOISE.search(func)):
            continue
        key = (func, where)
        totals[key] = max(totals.get(key, 0), pct) if inclusive else totals.get(key, 0) + pct
    rows = sorted(((pct, f"`{short(func)}` ({where})") for (func, where), pct in totals.items()),
                  reverse=True)
    return rows[:count]


def profile(corpus, count):
    name = os.path.basename(os.path.normpath(corpus))
    out_file = os.path.join(WORK, f"callgrind.{name}.out")
    shutil.rmtree(os.path.join(corpus, ".plancheck-cache"), ignore_errors=True)
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}",
                    BINARY, "--plan", corpus, "--color", "never", "validate"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(os.path.join(corpus, ".plancheck-cache"), ignore_errors=True)
    report(name, out_file, count)


def report(name, out_file, count):
    for inclusive in (True, False):
        kind = "inclusive" if inclusive else "self"
        print(f"\n### {name}: top {count} by {kind} instructions (Ir)\n")
        print("| % Ir | function |\n| ---: | --- |")
        for pct, func in top(out_file, inclusive, count):
            print(f"| {pct:.2f} | {func} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--report", metavar="OUT_FILE",
                        help="only summarise an existing callgrind output file")
    parser.add_argument("corpora", nargs="*",
                        default=[os.path.join(WORK, "10k-1000-files"),
                                 os.path.join(WORK, "10k-1-file")])
    args = parser.parse_args()
    if args.report:
        report(os.path.basename(args.report), args.report, args.top)
        return
    for corpus in args.corpora:
        profile(corpus, args.top)


if __name__ == "__main__":
    main()
