#!/usr/bin/env python3
"""`plancheck import` on inputs that are not a plan: each ends with a clear message and the
documented exit status (1: no recognisable structure, 2: the file cannot be read), never a
crash, in bounded time. A GB18030 plan is converted, and a 10 MB text is imported.

Usage: import_bad_inputs.py PLANCHECK QBJ_TXT
"""
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Checks, run_measured  # noqa: E402

binary, qbj = sys.argv[1], sys.argv[2]
checks = Checks()
CRASH = ("terminate called", "Segmentation", "AddressSanitizer", "runtime error",
         "internal error", "Aborted")


def case(name, data, want_exit, want_message, *extra, timeout=60):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "input.txt")
        if data is not None:
            with open(path, "wb") as f:
                f.write(data)
        code, out, err, seconds, _ = run_measured(binary, None, "import", path, "-o",
                                                  os.path.join(tmp, "draft"), *extra,
                                                  timeout=timeout, max_output=1 << 20)
        text = out + err
        checks.expect(f"{name}: exit {want_exit}", code == want_exit, f"exit {code}: {text[-800:]}")
        checks.expect(f"{name}: says '{want_message}'", want_message in text, text[-800:])
        checks.expect(f"{name}: no crash", not any(c in text for c in CRASH), text[-800:])
        print(f"{name}: exit {code} in {seconds:.2f}s")
        return tmp, text


case("missing file", None, 2, "no such file")
case("empty file", b"", 1, "holds no text")
case("only blank lines", b"\n \r\n\t\n", 1, "holds no text")
rng = random.Random(7)
case("binary garbage", bytes(rng.randrange(256) for _ in range(200_000)), 1,
     "neither UTF-8 nor GB18030")
case("text with NUL", "一、目标\x00".encode(), 1, "control characters")
case("prose without numbering", "这是一段没有编号的文字。它没有任何任务。\n".encode() * 50, 1,
     "no numbered items")
with open(qbj, "rb") as f:
    plan = f.read()
case("GB18030 plan", plan.decode("utf-8").encode("gb18030"), 0, "converted to UTF-8")

# 10 MB: the plan many times over (its numbering restarts, so later copies are leftover),
# then random CJK text; the importer must finish in seconds and say what it did.
chunks = [plan] * 300
big = b"".join(chunks)
cjk = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(400_000))
big += ("\n".join(cjk[i:i + 80] for i in range(0, len(cjk), 80))).encode()
big = big[:10 * 1024 * 1024].rsplit(b"\n", 1)[0]
checks.expect("the big file is 10 MB", len(big) > 9 * 1024 * 1024, str(len(big)))
case("10 MB text", big, 0, "tasks          60", timeout=120)
case("10 MB of one line", ("地区生产总值增长" * 450_000).encode(), 1, "no numbered items", timeout=120)

# Texts built to make a careless parser quadratic or deeply recursive.
case("a million open brackets", ("一、甲\n1．" + "（" * 1_000_000 + "\n").encode(), 0,
     "tasks          1", "--year", "2017")
case("half a million dates in one task", ("一、甲\n1．" + "10月底前" * 500_000 + "\n").encode(), 0,
     "tasks          1", "--year", "2017")
case("a million units in one annotation",
     ("一、甲\n1．乙（责任单位：" + "区环保局、" * 1_000_000 + "）\n").encode(), 0,
     "tasks          1", "--year", "2017")
case("brackets nested 300,000 deep in a unit name",
     ("一、甲\n1．乙（责任单位：" + "区甲（" * 300_000 + "）" * 300_000 + "）\n").encode(), 0,
     "tasks          1", "--year", "2017")

checks.finish()
