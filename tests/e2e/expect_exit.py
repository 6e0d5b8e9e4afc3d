#!/usr/bin/env python3
"""expect_exit.py STATUS CMD...: runs CMD, passes when it exits with STATUS and says why."""
import subprocess
import sys

want = int(sys.argv[1])
result = subprocess.run(sys.argv[2:], capture_output=True, timeout=60)
sys.stdout.write(result.stdout.decode(errors="replace"))
sys.stdout.write(result.stderr.decode(errors="replace"))
if result.returncode != want:
    print(f"exit {result.returncode}, want {want}")
    sys.exit(1)
if want != 0 and not result.stderr.strip():
    print("failed without saying why on stderr")
    sys.exit(1)
