#!/usr/bin/env python3
"""remind, show and events end to end: a township hears of what it owes by name and
through 各乡镇（街道）; a hosted office keeps its own list with its host; roles stay apart;
an event without a date leaves its deadline pending, and giving it one moves the deadline."""
import json
import os
import shutil
import sys
import tempfile

from common import Checks, run as run_plancheck

binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
checks = Checks()
expect = checks.expect


def run(plan, *args):
    # The repository's plan is read, never written: no cache beside it.
    return run_plancheck(binary, plan, "--no-cache", *args)



plan = os.path.join(root, "plan")
code, out, err = run(plan, "remind", "--today", "2017-06-20", "--ahead", "14", "--unit", "清泉镇",
                     "--format", "json")
doc = json.loads(out)
expect("remind --unit 清泉镇 gives one list", [u["unit"] for u in doc["units"]] == ["清泉镇"], out[:200])
items = {i["instance"]: i for i in doc["units"][0]["responsible"]}
expect("3.1.7 names 清泉镇 directly", items.get("3.1.7a", {}).get("via", "x") is None, items.get("3.1.7a"))
expect("3.3.2 reaches it through 各乡镇（街道）", items.get("3.3.2a", {}).get("via") == "各乡镇（街道）")
expect("overdue and upcoming are told apart",
       items["3.1.7a"]["status"] == "overdue" and items["3.3.2a"]["status"] == "upcoming"
       and items["3.3.2a"]["days_left"] == 10)
expect("a township leads nothing here", doc["units"][0]["lead"] == [])

code, out, err = run(plan, "remind", "--today", "2017-06-20", "--ahead", "14", "--format", "json")
doc = json.loads(out)
units = {u["unit"]: u for u in doc["units"]}
expect("every township of 各乡镇（街道） gets its own list",
       {"红阳街道", "大弯街道", "弥牟镇", "大同镇", "城厢镇", "祥福镇", "姚渡镇", "清泉镇", "龙王镇",
        "福洪镇", "人和乡"} <= set(units), sorted(units))
expect("a hosted office keeps its own list with its host named",
       units.get("区扬尘办", {}).get("host") == "区城管局", units.get("区扬尘办", {}).get("host"))
expect("a group nobody has listed stands for its members",
       units.get("区大气污染防治工作领导小组成员单位", {}).get("members_unknown") is True)
code, text, err = run(plan, "remind", "--today", "2017-06-20", "--ahead", "14", "--unit", "区环保局")
expect("the text notice has the lead and responsible lists apart",
       "牵头事项" in text and "责任事项" in text and text.index("牵头事项") < text.index("责任事项"), text[:300])

code, out, err = run(plan, "show", "3.5.10", "--today", "2017-06-20")
expect("show 3.5.10 says which event it waits on", "依据事件：chengdu-emergency-plan-2017" in out, out)
expect("show resolves a hosted office", "区重污染天气应急处置工作指挥部办公室（区环保局） → 区重污染天气应急处置工作指挥部办公室" in out)
code, out, err = run(plan, "show", "3.5.11x")
expect("show of an unknown id exits 2 with a suggestion", code == 2 and "did you mean '3.5.11'" in err, err)

with tempfile.TemporaryDirectory() as tmp:
    copy = os.path.join(tmp, "plan")
    shutil.copytree(plan, copy)
    events = os.path.join(copy, "events.yaml")
    text = open(events, encoding="utf-8").read()
    pending = text.replace("    date: 2017-11-06\n", "")
    open(events, "w", encoding="utf-8").write(pending)
    code, out, err = run(copy, "check", "--today", "2018-03-01", "--format", "json")
    doc = json.loads(out)
    expect("without a date the relative deadline is pending, not overdue",
           [p["milestone"] for p in doc["pending"]] == ["3.5.10a"]
           and all(i["milestone"] != "3.5.10a" for i in doc["items"]), doc["pending"])
    code, out, err = run(copy, "show", "3.5.10a", "--today", "2018-03-01")
    expect("show says it waits for a date", "尚无日期" in out, out)
    open(events, "w", encoding="utf-8").write(pending.replace(
        "    source: 成办发〔2017〕42号\n", "    date: 2018-01-31\n    source: 成办发〔2017〕42号\n"))
    code, out, err = run(copy, "check", "--today", "2018-03-01", "--format", "json")
    doc = json.loads(out)
    due = [i["due"] for i in doc["items"] if i["milestone"] == "3.5.10a"]
    expect("giving the event a date moves the deadline (01-31 + 1 month = 02-28)",
           due == ["2018-02-28"], due)

checks.finish()
