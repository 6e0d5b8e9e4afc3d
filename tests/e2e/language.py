#!/usr/bin/env python3
"""language.py PLANCHECK BASE_PLAN: messages speak the reader's language, chosen the way
gettext tools choose it, on a machine where only C.UTF-8 is generated (as CI machines are).

A plan with an unknown unit is validated in English and in Chinese, through --lang and
through each environment variable gettext reads; the Chinese run must be Chinese and
must keep the English run's file:line:col, caret and [rule]. Help, usage errors and the
front page are checked the same way."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from common import Checks

binary, base = sys.argv[1:3]
checks = Checks()
CJK = re.compile(r"[\u4e00-\u9fff]")
BARE = {k: v for k, v in os.environ.items()
        if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}


def run(env_vars, *args, cwd=None):
    env = dict(BARE, **env_vars)
    r = subprocess.run([binary, "--color", "never", *args], capture_output=True, timeout=30,
                       env=env, cwd=cwd)
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def words_without_plan_text(text):
    """The text minus quoted source lines and names, so the plan's own Chinese does not
    count as a translated message."""
    lines = [l for l in text.splitlines() if not re.match(r"^ +\d* \| ", l)]
    return re.sub(r"'[^']*'|“[^”]*”", "", "\n".join(lines))


def findings(text):
    return re.findall(r"^(\S+:\d+:\d+): (error|warning): .*?(\[[a-z0-9-]+\])$", text, re.M)


def carets(text):
    return [l for l in text.splitlines() if re.match(r"^ +\d* \| ", l)]


with tempfile.TemporaryDirectory() as tmp:
    plan = os.path.join(tmp, "plan")
    shutil.copytree(base, plan)
    tasks = os.path.join(plan, "tasks")
    first = sorted(os.listdir(tasks))[0]
    path = os.path.join(tasks, first)
    text = open(path, encoding="utf-8").read()
    lead = re.search(r"lead: \[([^\],]+)", text)
    checks.expect("the base plan has a lead to break", lead, first)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(lead.group(0), lead.group(0).replace(lead.group(1), "区环保厅"), 1))

    english = run({"LANG": "C.UTF-8"}, "validate", cwd=tmp)
    checks.expect("English: validate exits 1", english[0] == 1, english)
    en_findings = findings(english[2])
    checks.expect("English: an unknown unit at file:line:col",
                  any(rule == "[unit-unknown]" for _, _, rule in en_findings), english[2])
    checks.expect("English: no Chinese in the messages",
                  not CJK.search(words_without_plan_text(english[2])), english[2])

    ways = {
        "--lang zh": ({"LANG": "C.UTF-8"}, ["--lang", "zh"]),
        "--lang=zh after the command": ({"LANG": "C.UTF-8"}, ["--lang=zh"]),
        "LANG=zh_CN.UTF-8": ({"LANG": "zh_CN.UTF-8"}, []),
        "LANG=zh_CN": ({"LANG": "zh_CN"}, []),
        "LC_ALL=zh_CN.UTF-8": ({"LANG": "C.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, []),
        "LC_MESSAGES=zh_CN.UTF-8": ({"LC_MESSAGES": "zh_CN.UTF-8"}, []),
        "LANGUAGE=zh_CN:en with LANG=C.UTF-8": ({"LANG": "C.UTF-8", "LANGUAGE": "zh_CN:en"}, []),
    }
    for name, (env, extra) in ways.items():
        args = ["validate"] + extra if name.endswith("command") else extra + ["validate"]
        status, out, err = run(env, *args, cwd=tmp)
        checks.expect(f"{name}: exits 1", status == 1, (status, err))
        checks.expect(f"{name}: messages in Chinese", CJK.search(words_without_plan_text(err)), err)
        checks.expect(f"{name}: same file:line:col, severity and [rule]",
                      findings(err) == en_findings, (findings(err), en_findings))
        checks.expect(f"{name}: same quoted lines and carets",
                      carets(err) == carets(english[2]), err)

    english_ways = {
        "LANG=C.UTF-8": {"LANG": "C.UTF-8"},
        "nothing set": {},
        "LANGUAGE=zh_CN ignored in the C locale (as gettext does)": {"LANG": "C",
                                                                       "LANGUAGE": "zh_CN"},
        "LANG=fr_FR.UTF-8": {"LANG": "fr_FR.UTF-8"},
    }
    for name, env in english_ways.items():
        status, _, err = run(env, "validate", cwd=tmp)
        checks.expect(f"{name}: English", not CJK.search(words_without_plan_text(err)), err)
    status, _, err = run({"LANG": "zh_CN.UTF-8"}, "--lang", "en", "validate", cwd=tmp)
    checks.expect("--lang en over LANG=zh_CN.UTF-8: English",
                  not CJK.search(words_without_plan_text(err)), err)

    json_zh = run({"LANG": "zh_CN.UTF-8"}, "validate", "--format", "json", cwd=tmp)
    checks.expect("json: the rule id stays", '"rule": "unit-unknown"' in json_zh[1], json_zh[1])

zh = {"LANG": "zh_CN.UTF-8"}
for name, args, want in [
        ("no command: the front page, exit 2", [], 2),
        ("help: the front page, exit 0", ["help"], 0),
        ("help due: its options, exit 0", ["help", "due"], 0),
        ("due --help, exit 0", ["due", "--help"], 0),
        ("a misspelt command, exit 2", ["valdate"], 2),
        ("a bad month, exit 2", ["due", "--month", "13"], 2),
        ("a misspelt option, exit 2", ["due", "--fromat", "x"], 2),
        ("contradicting options, exit 2", ["report", "--unit", "区环保局", "--all-units"], 2)]:
    status, out, err = run(zh, *args)
    checks.expect(f"Chinese {name}", status == want, (status, out, err))
    checks.expect(f"Chinese {name}: in Chinese", CJK.search(words_without_plan_text(out + err)),
                  out + err)
    status_en, out_en, err_en = run({"LANG": "C.UTF-8"}, *args)
    checks.expect(f"English {name}", status_en == want, (status_en, out_en, err_en))
    checks.expect(f"English {name}: in English",
                  not CJK.search(words_without_plan_text(out_en + err_en).replace("任务分解表", "")
                                 .replace("牵头", "").replace("责任", "")
                                 .replace("区环保局", "")),
                  out_en + err_en)

status, _, err = run({"LANG": "C.UTF-8"}, "valdate")
checks.expect("did you mean 'validate'",
              "unknown command 'valdate'; did you mean 'validate'?" in err, err)
checks.finish()
