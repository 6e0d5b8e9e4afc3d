#!/usr/bin/env python3
"""`done` killed at random moments (0 to 3 times a validate run), 200 times: after every kill progress.yaml still reads,
holds every record written before, and holds the new one only if that run finished.
A run that completes removes the temporary files that killed runs left behind."""
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import yaml

binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
iterations = int(sys.argv[3]) if len(sys.argv) > 3 else 200
random.seed(20170414)

DAILY_TASK = '''  - id: "2.1.3"
    title: 每日巡查
    text: 每日开展巡查。
    lead: [区城管局]
    milestones:
      - what: 巡查
        when: 每日
'''


class Yaml12Loader(yaml.SafeLoader):
    pass


Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def records(path):
    if not os.path.exists(path):
        return []
    data = yaml.load(open(path, encoding="utf-8"), Loader=Yaml12Loader)
    return [r["milestone"] for r in (data or {}).get("records") or []]


problems = []
killed = finished = 0
with tempfile.TemporaryDirectory() as tmp:
    plan = os.path.join(tmp, "plan")
    shutil.copytree(os.path.join(root, "tests", "fixtures", "base", "plan"), plan)
    with open(os.path.join(plan, "tasks", "2-1-actions.yaml"), "a", encoding="utf-8") as f:
        f.write(DAILY_TASK)
    progress = os.path.join(plan, "progress.yaml")
    # Kill anywhere in a run: calibrate on how long one takes on this machine (a sanitizer
    # build is many times slower), so some runs finish and others die at every stage.
    started = time.monotonic()
    subprocess.run([binary, "--plan", plan, "validate"], capture_output=True)
    span = max(0.005, 3 * (time.monotonic() - started))
    expected = []
    day = 0
    for i in range(iterations):
        date = time.strftime("%Y-%m-%d", time.gmtime(time.mktime((2017, 4, 14, 12, 0, 0, 0, 0, 0)) + 86400 * day))
        instance = f"2.1.3a@{date}"
        proc = subprocess.Popen([binary, "--plan", plan, "done", instance, "--on", date,
                                 "--today", "2018-12-31", "--note", f"第{i}次"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(random.uniform(0, span))
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate()
        try:
            now = records(progress)
        except yaml.YAMLError as e:
            problems.append(f"iteration {i}: progress.yaml does not parse: {e}")
            break
        if now[:len(expected)] != expected:
            problems.append(f"iteration {i}: earlier records changed")
            break
        if now == expected + [instance]:
            expected.append(instance)
            day += 1
            finished += 1
        elif now == expected:
            killed += 1
        else:
            problems.append(f"iteration {i}: unexpected records {now[len(expected):]}")
            break
        if proc.returncode not in (0, -signal.SIGKILL):
            problems.append(f"iteration {i}: exit {proc.returncode}: {err.decode(errors='replace')}")
    # One last run that completes sweeps away what killed runs left behind.
    subprocess.run([binary, "--plan", plan, "done", "2.1.3a@2017-12-31", "--on", "2017-12-31",
                    "--today", "2018-12-31"], capture_output=True, check=True)
    stray = [f for f in os.listdir(plan) if f.startswith(".progress.yaml.tmp")]
    if stray:
        problems.append(f"temporary files left after a completed run: {stray}")
    check = subprocess.run([binary, "--plan", plan, "validate"], capture_output=True)
    if check.returncode != 0:
        problems.append("validate fails afterwards: " + check.stderr.decode(errors="replace")[-500:])

for p in problems:
    print("FAIL " + p)
print(f"{iterations} iterations: {finished} finished, {killed} killed before the rename; "
      f"{len(stray)} temporary files left once a run completed")
print(f"{iterations - len(problems)} passed, {len(problems)} failed")
sys.exit(1 if problems else 0)
