#!/usr/bin/env python3
"""report --format xlsx and csv end to end, read back with openpyxl and the csv module: the
plan sheet has every task in document order with real dates, a frozen header and a filter;
--all-units adds a sheet per unit with what it owes by name and through a group; text that
looks like a formula stays text in both formats; no temporary file is left behind."""
import csv
import datetime
import glob
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl

from common import Checks

binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
plan = os.path.join(root, "plan")
checks = Checks()
expect = checks.expect
TODAY = "2017-11-05"


def run(plan_dir, *args, env=None):
    r = subprocess.run([binary, "--color", "never", "--no-cache", "--plan", plan_dir] + list(args),
                       capture_output=True, timeout=60, env=env)
    return r.returncode, r.stdout, r.stderr.decode()



def document_ids(plan_dir):
    # The plan's files sort in the outline's order (1-, 2-, 3-1- … 4-).
    ids = []
    for path in sorted(glob.glob(os.path.join(plan_dir, "tasks", "*.yaml"))):
        ids += re.findall(r'^  - id: "([^"]+)"', open(path, encoding="utf-8").read(), re.M)
    return ids


def rows_by_id(sheet, id_col=1):
    return {r[id_col - 1].value: r for r in sheet.iter_rows(min_row=2)}


HEADER_ZH = ["序号", "任务", "牵头单位", "责任单位", "完成时限", "最早时限", "状态"]
ids = document_ids(plan)
expect("the plan has 60 tasks from 1.1 to 4.7",
       len(ids) == 60 and ids[0] == "1.1" and ids[-1] == "4.7", ids)

with tempfile.TemporaryDirectory() as tmp:
    scratch = os.path.join(tmp, "scratch")
    os.mkdir(scratch)
    env = dict(os.environ, TMPDIR=scratch)
    out_path = os.path.join(tmp, "plan.xlsx")
    code, out, err = run(plan, "report", "--format", "xlsx", "--today", TODAY, "-o", out_path,
                         env=env)
    expect("report --format xlsx -o exits 0 and says nothing",
           code == 0 and out == b"" and err == "", (code, err))
    expect("no temporary file is left behind", os.listdir(scratch) == [], os.listdir(scratch))

    wb = openpyxl.load_workbook(out_path)
    expect("without units the workbook has one sheet, 任务分解表", wb.sheetnames == ["任务分解表"],
           wb.sheetnames)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    expect("the header row", header == HEADER_ZH, header)
    sheet_ids = [r[0].value for r in ws.iter_rows(min_row=2)]
    expect("exactly 60 task rows in document order", sheet_ids == ids, sheet_ids)
    by_id = rows_by_id(ws)
    first = {i: by_id[i][5] for i in ("3.1.1", "3.1.7", "3.3.1", "3.1.4")}
    expect("3.1.1's first date is 2017-10-31, as a date",
           first["3.1.1"].value == datetime.datetime(2017, 10, 31) and first["3.1.1"].is_date,
           first["3.1.1"].value)
    expect("3.1.7's first date is 2017-03-31",
           first["3.1.7"].value == datetime.datetime(2017, 3, 31), first["3.1.7"].value)
    expect("3.3.1's first date (monthly from April) is 2017-04-30",
           first["3.3.1"].value == datetime.datetime(2017, 4, 30), first["3.3.1"].value)
    expect("3.1.4 has no date, so the cell is empty", first["3.1.4"].value is None,
           first["3.1.4"].value)
    expect("dates show as yyyy-mm-dd", first["3.1.1"].number_format == "yyyy-mm-dd",
           first["3.1.1"].number_format)
    expect("text cells are strings", all(c.data_type == "s" for c in by_id["3.1.1"][:5]),
           [c.data_type for c in by_id["3.1.1"]])
    expect("the header is frozen", ws.freeze_panes == "A2", ws.freeze_panes)
    expect("the filter covers the whole table", ws.auto_filter.ref == "A1:G61", ws.auto_filter.ref)
    widths = {k: ws.column_dimensions[k].width for k in "ABCDEFG"}
    wanted = dict(zip("ABCDEFG", [8, 30, 26, 44, 44, 12, 8]))
    expect("column widths are set for CJK text",
           all(abs(widths[k] - wanted[k]) < 1 for k in wanted), widths)
    expect("the header is bold with a bottom border",
           all(c.font.b and c.border.bottom.style == "thin" for c in ws[1]))
    expect("long text wraps, top-aligned",
           by_id["3.1.1"][1].alignment.wrap_text and by_id["3.1.1"][3].alignment.vertical == "top")
    overdue = [r for r in ws.iter_rows(min_row=2) if r[6].value == "逾期"]
    expect("overdue tasks are there on 2017-11-05, their state in red",
           overdue and all(r[6].font.color is not None and r[6].font.color.rgb == "FFFF0000"
                           for r in overdue), len(overdue))
    open_rows = [r for r in ws.iter_rows(min_row=2) if r[6].value == "未到期"]
    expect("other states are not red",
           open_rows and all(r[6].font.color is None or r[6].font.color.rgb != "FFFF0000"
                             for r in open_rows))
    expect("the workbook's title and subject are the plan's",
           wb.properties.title == "成都市青白江区大气污染防治实施方案2017年度实施计划"
           and wb.properties.subject == "青府办函〔2017〕8号",
           (wb.properties.title, wb.properties.subject))

    again = os.path.join(tmp, "again.xlsx")
    run(plan, "report", "--format", "xlsx", "--today", TODAY, "-o", again)
    expect("the same plan on the same day gives the same bytes",
           open(out_path, "rb").read() == open(again, "rb").read())

    # Every unit with tasks gets its own sheet.
    units_path = os.path.join(tmp, "units.xlsx")
    code, out, err = run(plan, "report", "--format", "xlsx", "--all-units", "--today", TODAY, "-o",
                         units_path)
    expect("--all-units exits 0", code == 0, err)
    wb = openpyxl.load_workbook(units_path)
    names = wb.sheetnames
    expect("the plan sheet first, then a sheet per unit",
           names[0] == "任务分解表" and {"区环保局", "清泉镇", "区扬尘办"} <= set(names[1:]), names)
    expect("sheet names are valid for Excel (≤ 31, no []:*?/\\, unique ignoring case)",
           all(len(n) <= 31 and not re.search(r"[\[\]:*?/\\]", n) for n in names)
           and len({n.lower() for n in names}) == len(names), names)
    expect("the plan sheet still lists all 60 tasks", wb.worksheets[0].max_row == 61,
           wb.worksheets[0].max_row)
    qq = wb["清泉镇"]
    header = [c.value for c in qq[1]]
    expect("a unit sheet's header", header == ["角色"] + HEADER_ZH + ["经由"], header)
    qq_rows = rows_by_id(qq, id_col=2)
    via = {i: qq_rows[i][8].value for i in ("3.1.7", "3.2.6", "3.1.3") if i in qq_rows}
    expect("清泉镇 is named directly in 3.1.7 and 3.2.6 (no via)",
           "3.1.7" in via and "3.2.6" in via and not via["3.1.7"] and not via["3.2.6"], via)
    expect("清泉镇 gets 3.1.3 through 各乡镇（街道）", via.get("3.1.3") == "各乡镇（街道）", via)
    expect("a unit sheet has its header frozen and a filter over its rows",
           qq.freeze_panes == "A2" and qq.auto_filter.ref == f"A1:I{qq.max_row}",
           (qq.freeze_panes, qq.auto_filter.ref))
    hb = wb["区环保局"]
    roles = [r[0].value for r in hb.iter_rows(min_row=2)]
    expect("lead rows first, then responsible rows",
           "牵头单位" in roles and "责任单位" in roles
           and roles == sorted(roles, key=lambda r: r != "牵头单位"), roles)
    dated = [r[6].value for r in hb.iter_rows(min_row=2) if r[0].value == "牵头单位"]
    dated = [d for d in dated if d is not None]
    expect("each list sorted by its first date", dated == sorted(dated), dated)

    code, out, err = run(plan, "report", "--format", "xlsx", "--unit", "区环保局", "--lang", "en",
                         "--today", TODAY, "-o", os.path.join(tmp, "en.xlsx"))
    wb = openpyxl.load_workbook(os.path.join(tmp, "en.xlsx"))
    expect("--unit --lang en: a Plan sheet and the unit's", wb.sheetnames == ["Plan", "区环保局"],
           wb.sheetnames)
    header = [c.value for c in wb["Plan"][1]]
    expect("English labels, with First date",
           header == ["No.", "Task", "Lead", "Responsible", "Deadline", "First date", "Status"],
           header)
    expect("English role names", wb["区环保局"]["A2"].value in ("Lead", "Responsible"),
           wb["区环保局"]["A2"].value)

    # No -o: the bytes go to stdout when it is not a terminal (here a pipe).
    code, out, err = run(plan, "report", "--format", "xlsx", "--today", TODAY)
    expect("without -o the workbook goes to stdout", code == 0 and out[:2] == b"PK",
           (code, out[:4], err))
    expect("and is the same workbook",
           openpyxl.load_workbook(io.BytesIO(out)).worksheets[0].max_row == 61)

    code, out, err = run(plan, "report", "--format", "xlsx", "--today", TODAY,
                         env=dict(os.environ, TMPDIR=os.path.join(tmp, "missing")))
    expect("an unusable TMPDIR is an I/O error (exit 2) that says so",
           code == 2 and "xlsx report" in err and out == b"", (code, err))

    # CSV: a byte order mark for Excel and WPS, then a header and a row per task.
    code, out, err = run(plan, "report", "--format", "csv", "--today", TODAY)
    expect("report --format csv starts with the UTF-8 BOM", out[:3] == b"\xef\xbb\xbf", out[:8])
    rows = list(csv.reader(io.StringIO(out.decode("utf-8-sig"), newline="")))
    expect("the CSV is a header and 60 rows",
           rows and rows[0][:6] == HEADER_ZH[:5] + ["状态"] and len(rows) == 61
           and [r[0] for r in rows[1:]] == ids, (len(rows), rows[:1]))

    # A title a spreadsheet would run as a formula stays text.
    copy = os.path.join(tmp, "plan-copy")
    shutil.copytree(plan, copy)
    tasks = os.path.join(copy, "tasks", "1-targets.yaml")
    text = open(tasks, encoding="utf-8").read()
    evil = "=cmd|' /C calc'!A0"
    assert "    title: 环境空气质量目标\n" in text
    open(tasks, "w", encoding="utf-8").write(
        text.replace("    title: 环境空气质量目标\n", f'    title: "{evil}"\n'))
    code, out, err = run(copy, "report", "--format", "csv", "--today", TODAY)
    rows = list(csv.reader(io.StringIO(out.decode("utf-8-sig"), newline="")))
    cell = rows[1][1] if len(rows) > 1 else None
    expect("a formula-like title is neutralised in the CSV", code == 0 and cell == "'" + evil,
           (code, cell, err))
    evil_path = os.path.join(tmp, "evil.xlsx")
    code, out, err = run(copy, "report", "--format", "xlsx", "--today", TODAY, "-o", evil_path)
    c = openpyxl.load_workbook(evil_path).worksheets[0]["B2"]
    expect("and is the literal string in the workbook, not a formula",
           code == 0 and c.value == evil and c.data_type == "s", (c.value, c.data_type))

    # Unit names Excel would refuse as sheet names still get a sheet each, readable and unique.
    long = "区" + "一二三四五六七八九十" * 3
    odd = ["区[监测]:站/甲*乙?丙\\丁", "'区引号站'", long + "甲", long + "乙", "History", "任务分解表"]
    units = os.path.join(copy, "units.yaml")
    quoted = ["'" + n.replace("'", "''") + "'" for n in odd]
    text = open(units, encoding="utf-8").read()
    open(units, "w", encoding="utf-8").write(text.replace("units:\n", "units:\n" + "".join(
        f"  - name: {q}\n    kind: department\n    verified: false\n" for q in quoted), 1))
    text = open(tasks, encoding="utf-8").read()
    assert "        when: 2017年度\n" in text
    responsible = f"    responsible: [{', '.join(quoted)}]\n"
    open(tasks, "w", encoding="utf-8").write(
        text.replace("        when: 2017年度\n", "        when: 2017年度\n" + responsible, 1))
    odd_path = os.path.join(tmp, "odd.xlsx")
    code, out, err = run(copy, "report", "--format", "xlsx", "--all-units", "--today", TODAY, "-o",
                         odd_path)
    names = openpyxl.load_workbook(odd_path).sheetnames if code == 0 else []
    expect("odd unit names become valid, unique sheet names",
           names[:7] == ["任务分解表", "区［监测］：站／甲＊乙？丙＼丁", "区引号站", (long + "甲")[:31],
                         long[:28] + "(2)", "History(2)", "任务分解表(2)"], (code, err, names[:7]))

checks.finish()
