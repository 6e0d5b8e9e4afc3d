#!/usr/bin/env python3
"""Recurring items in `calendar --format ics` fall on the days plancheck computes: each
master's RRULE (or RDATEs) is expanded by an independent reader (python3-icalendar's
parsing and python3-dateutil's rrule) and compared, day by day, with `calendar --format
json` for the same plan. The plan has one milestone for each way a recurring phrase says
when it is due: a period's end, a day of its month, a weekday, the Nth or last weekday of
a month, every other month, a day in the month after, a count after the period's end, and
working days of the official calendar (which no RRULE can say).

Usage: calendar_rules.py PLANCHECK REPO_ROOT"""
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile

from dateutil.rrule import rrulestr
from icalendar import Calendar

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Checks  # noqa: E402

binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
checks = Checks()

PHRASES = ["每月", "每月10日前", "每季度首月10日前", "每季度第二个月15日", "每半年末月底前",
           "每周五", "每月第一个星期一", "每月最后一个星期五", "每两个月", "逢双月10日前",
           "每月…次月5日前", "每季度结束后10日内", "每季度最后一个工作日", "次月第3个工作日前",
           "每年1月10日前", "每年11月1日到次年2月底", "按季度"]
PHRASES = [p for p in PHRASES if "…" not in p] + ["次月5日前"]

TASKS = "# yaml-language-server: $schema=../../../../../../schemas/tasks.schema.json\n" \
        "section: \"2.1\"\ntasks:\n" + "".join(
            f"  - id: \"2.1.{i}\"\n    title: 规则{i}\n    text: 按要求报送。\n"
            f"    lead: [区环保局]\n    milestones:\n      - what: 报送{i}\n        when: {p}\n"
            for i, p in enumerate(PHRASES, 1))


def day(value):
    return value.date() if isinstance(value, dt.datetime) else value


with tempfile.TemporaryDirectory() as tmp:
    plan = os.path.join(tmp, "plan")
    shutil.copytree(os.path.join(root, "tests", "fixtures", "base", "plan"), plan)
    for name in os.listdir(os.path.join(plan, "tasks")):
        os.remove(os.path.join(plan, "tasks", name))
    with open(os.path.join(plan, "tasks", "2-1-rules.yaml"), "w", encoding="utf-8") as f:
        f.write(TASKS)
    window = ["--from", "2017-01-01", "--to", "2019-12-31"]
    common = [binary, "--no-cache", "--plan", plan, "calendar", *window, "--today", "2017-04-20"]
    made = subprocess.run(common + ["--format", "json"], capture_output=True, text=True)
    checks.expect("the plan of recurring items compiles", made.returncode == 0, made.stderr[-2000:])
    items = json.loads(made.stdout)["items"] if made.returncode == 0 else []
    wanted = {}
    for item in items:
        shown = item.get("start") or item["date"]
        wanted.setdefault(item["milestone"], []).append(dt.date.fromisoformat(shown))
    raw = subprocess.run(common + ["--format", "ics"], capture_output=True, check=True).stdout
    calendar = Calendar.from_ical(raw)
    masters = [c for c in calendar.walk() if c.name in ("VEVENT", "VTODO") and "RECURRENCE-ID" not in c]
    rules = 0
    for component in masters:
        milestone = str(component["UID"]).split("@")[0]
        start = day(component["DTSTART"].dt)
        days = [start]
        if "RRULE" in component:
            rules += 1
            text = component["RRULE"].to_ical().decode()
            days = [d.date() for d in rrulestr(text, dtstart=dt.datetime.combine(start, dt.time()))]
        for rdate in component.get("RDATE", []) if isinstance(component.get("RDATE"), list) else \
                [component["RDATE"]] if "RDATE" in component else []:
            days += [day(d.dt) for d in rdate.dts]
        days = sorted(d for d in days if dt.date(2017, 1, 1) <= d <= dt.date(2019, 12, 31))
        checks.expect(f"{milestone} ({PHRASES[int(milestone.split('.')[2][:-1]) - 1]}): "
                      "the calendar app's days are plancheck's",
                      days == wanted.get(milestone), f"ics {days[:6]} json {wanted.get(milestone, [])[:6]}")
    in_ics = sorted(str(c["UID"]).split("@")[0] for c in masters)
    checks.expect("every recurring milestone with a day in the window is in the calendar",
                  in_ics == sorted(wanted), f"ics {in_ics} json {sorted(wanted)}")
    checks.expect("and there are several", len(in_ics) >= len(PHRASES) - 2, in_ics)
    checks.expect("rhythms an RRULE can say are written as one", rules >= len(PHRASES) - 3, rules)
checks.finish()
