#!/usr/bin/env python3
"""Text from a plan stays text in every output plancheck writes.

A copy of the repository's plan gets hostile words in a task's title, text and milestone,
in a unit's name and in the plan's title: markup and script, a quote that would open an
attribute, a spreadsheet formula, Markdown link syntax, iCalendar separators (comma,
semicolon, backslash), a line break followed by what would look like a new calendar
property, and a long Chinese line. Then every output is read back the way its users open
it, and must show those words exactly and do nothing else:

- HTML reports (whole plan, one unit, all units, English) load in headless Chromium: no
  script runs (the title stays, no element is injected, the DOM shows the words as text);
- Markdown (report, due, remind) goes through cmark with raw HTML allowed, the laxest
  viewer, then through Chromium the same way;
- iCalendar is parsed by python3-icalendar: SUMMARY and DESCRIPTION come back exactly,
  no property is injected, lines are folded to 75 octets on character boundaries;
- CSV is parsed by Python's csv module: the formula is neutralised, a line break stays
  inside its cell; XLSX cells read by openpyxl are strings, not formulas;
- JSON from every command parses and gives the words back exactly;
- and plancheck's sources never hand anything to a shell.

usage: output_escaping.py PLANCHECK REPO_ROOT OUT_DIR
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

from icalendar import Calendar
from openpyxl import load_workbook

from common import Checks, chromium, fresh_plan, run

binary, root, out_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
out_dir = os.path.abspath(out_dir)
os.makedirs(out_dir, exist_ok=True)
checks = Checks()
expect = checks.expect
TODAY = "2017-10-20"

SCRIPT = ("<script>document.title='pwned'</script>"
          "<img src=x onerror=\"document.title='pwned'\">"
          "<svg onload=\"document.title='pwned'\"></svg>")
ATTRIBUTE = '" onload="document.title=\'pwned\'" x="'
MARKDOWN = "[点此](javascript:document.title='pwned') *强调* `代码` | 管道 \\ 反斜杠"
ICAL = "逗号,分号;反斜杠\\冒号:"
INJECTED_PROPERTY = "ATTACH:http://evil.example/x"
LONG_LINE = "推进" + "重点企业挥发性有机物治理" * 12

TITLE = "=HYPERLINK(\"http://evil.example\",\"点我\")" + ATTRIBUTE + ICAL
TEXT = SCRIPT + MARKDOWN + ICAL
WHAT = ("@SUM(1+1)*cmd|' /C calc'!A0 " + ICAL + SCRIPT + "\n" + INJECTED_PROPERTY + "\n"
        + LONG_LINE)
UNIT = "恶意<b>单位</b>;,"
PLAN_TITLE = "计划</title><script>document.title='pwned'</script>"


def yaml_string(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def make_hostile_plan(tmp):
    plan = fresh_plan(root, tmp, "plan")
    tasks = os.path.join(plan, "tasks", "3-1-emission-reduction.yaml")
    with open(tasks, encoding="utf-8") as f:
        source = f.read()
    source = source.replace("    title: 加强工业大气污染防治\n", f"    title: {yaml_string(TITLE)}\n", 1)
    source = re.sub(r'    text: "加强工业大气污染防治。[^\n]*\n', lambda _: f"    text: {yaml_string(TEXT)}\n",
                    source, count=1)
    source = source.replace("    responsible: [区环保局, 各园区管委会]\n",
                            f"    responsible: [区环保局, 各园区管委会, {yaml_string(UNIT)}]\n", 1)
    source = source.replace("      - what: 丽雅纤维、玉龙化工完成燃煤锅炉淘汰或清洁能源改造\n",
                            f"      - what: {yaml_string(WHAT)}\n", 1)
    with open(tasks, "w", encoding="utf-8") as f:
        f.write(source)
    path = os.path.join(plan, "units.yaml")
    with open(path, encoding="utf-8") as f:
        units = f.read()
    units = units.replace("units:\n", f"units:\n  - name: {yaml_string(UNIT)}\n"
                          "    kind: department\n    verified: false\n", 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(units)
    path = os.path.join(plan, "plan.yaml")
    with open(path, encoding="utf-8") as f:
        meta = f.read()
    meta = meta.replace("title: 成都市青白江区大气污染防治实施方案2017年度实施计划\n",
                        f"title: {yaml_string(PLAN_TITLE)}\n", 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(meta)
    return plan


class Markup(HTMLParser):
    """Collects the elements and attributes through which a page could run code."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe", "object", "embed", "b"):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{tag} {name}={value}")


def no_script_ran(label, html_path, must_show):
    """Loads the page in Chromium and reads the DOM it ends with."""
    dump = chromium("--virtual-time-budget=2000", "--dump-dom", f"file://{html_path}")
    dom = dump.stdout
    expect(f"{label}: chromium loads the page", dump.returncode == 0 and "<body" in dom,
           dump.stderr[-1500:])
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    expect(f"{label}: no script ran (title is not 'pwned')",
           not (title and title.group(1).strip() == "pwned"), title and title.group(1))
    injected = Markup()
    injected.feed(dom)
    expect(f"{label}: the DOM holds no injected element or handler", not injected.found,
           injected.found[:3])
    for words in must_show:
        expect(f"{label}: the page shows {words[:30]!r}… as text", words in dom, words)


def table_rows_whole(md):
    """Every row of every Markdown table has as many unescaped | as the table's rule line."""
    def pipes(line):
        return len(re.findall(r"(?<!\\)\|", line))
    rule = None
    for line in md.splitlines():
        if line.startswith("| ---"):
            rule = pipes(line)
        elif not line.startswith("|"):
            rule = None
        elif rule is not None and pipes(line) != rule:
            return False
    return True


def html_text(words):
    """How Chromium's DOM dump writes `words` as text content."""
    return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


with tempfile.TemporaryDirectory() as tmp:
    plan = make_hostile_plan(tmp)
    code, out, err = run(binary, plan, "validate")
    expect("the hostile plan is a valid plan", code == 0, err)

    # --- HTML --------------------------------------------------------------------------------
    for label, args in [("report.html", []), ("report-unit.html", ["--unit", UNIT]),
                        ("report-all-units.html", ["--all-units"]),
                        ("report-en.html", ["--lang", "en"])]:
        path = os.path.join(out_dir, label)
        code, out, err = run(binary, plan, "report", "--format", "html", "--today", TODAY, "-o",
                             path, *args)
        expect(f"{label}: report exits 0", code == 0, err)
        if code != 0:
            continue
        with open(path, encoding="utf-8") as f:
            html = f.read()
        expect(f"{label}: the page forbids scripts (CSP)",
               re.search(r"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';",
                         html))
        expect(f"{label}: no raw markup from the plan", "<script" not in html.lower()
               and "<img" not in html.lower() and "onload=\"" not in html)
        no_script_ran(label, path, [html_text(TITLE.split('"')[0]), html_text("<script>document")])

    # --- Markdown, rendered by the laxest viewer ----------------------------------------------
    for label, args in [("report.md", ["report", "--format", "md", "--today", TODAY]),
                        ("due.md", ["due", "--month", "10", "--format", "md"]),
                        ("remind.md", ["remind", "--today", TODAY, "--ahead", "30", "--unit", UNIT,
                                       "--format", "md"])]:
        code, md, err = run(binary, plan, *args)
        expect(f"{label}: exits 0", code == 0, err)
        rendered = subprocess.run(["cmark", "--unsafe", "-t", "html"], input=md.encode(),
                                  capture_output=True)
        page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>md</title></head><body>"
                + rendered.stdout.decode() + "</body></html>")
        path = os.path.join(out_dir, label + ".html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(page)
        expect(f"{label}: cmark makes no element of plan text",
               not re.search(r"<(script|img|svg|b)\b|href=\"javascript", rendered.stdout.decode(), re.I))
        shown = [html_text("<script>document.title='pwned'</script>")] if "due" not in label else []
        shown.append(html_text("恶意<b>单位</b>;,") if "remind" in label else "逗号,分号;反斜杠\\冒号:")
        no_script_ran(label, path, shown)
        expect(f"{label}: each table row has as many cells as its header", table_rows_whole(md))

    # --- iCalendar -----------------------------------------------------------------------------
    code, out, err = run(binary, plan, "calendar", "--format", "ics", "--today", TODAY)
    raw = subprocess.run([binary, "--plan", plan, "calendar", "--format", "ics", "--today", TODAY],
                         capture_output=True).stdout
    lines = raw.split(b"\r\n")[:-1]
    expect("ics: every line is at most 75 octets", all(len(line) <= 75 for line in lines),
           max((len(line) for line in lines), default=0))
    bad_folds = []
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad_folds.append(line)
    expect("ics: folds fall between characters", not bad_folds, bad_folds[:1])
    expect("ics: no property injected by a line break in the text",
           not any(line.startswith(b"ATTACH") for line in lines))
    cal = Calendar.from_ical(raw)
    todos = [c for c in cal.walk("VTODO") if str(c["UID"]).startswith("3.1.1a@")]
    expect("ics: the hostile milestone is one VTODO", len(todos) == 1, len(todos))
    if todos:
        summary, description = str(todos[0]["SUMMARY"]), str(todos[0]["DESCRIPTION"])
        expect("ics: SUMMARY comes back exactly", WHAT in summary, summary)
        expect("ics: DESCRIPTION keeps the title with its commas and semicolons",
               TITLE in description, description[:300])
        expect("ics: SUMMARY keeps the line breaks and the long line",
               summary.endswith(INJECTED_PROPERTY + "\n" + LONG_LINE), summary[-200:])
        expect("ics: the hostile unit survives the separators", UNIT in description, description)
    unfolded = raw.replace(b"\r\n ", b"").decode()
    expect("ics: commas, semicolons and backslashes are escaped as RFC 5545 says",
           "逗号\\,分号\\;反斜杠\\\\冒号:" in unfolded)

    # --- CSV -----------------------------------------------------------------------------------
    for label, args in [("due.csv", ["due", "--month", "10", "--format", "csv"]),
                        ("calendar.csv", ["calendar", "--format", "csv", "--today", TODAY]),
                        ("report.csv", ["report", "--format", "csv", "--today", TODAY])]:
        code, out, err = run(binary, plan, *args)
        expect(f"{label}: exits 0", code == 0, err)
        rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"), newline="")))
        cells = [cell for row in rows for cell in row]
        widths = {len(row) for row in rows}
        expect(f"{label}: every row has the same number of cells", len(widths) == 1, widths)
        risky = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
        expect(f"{label}: no cell starts with a formula character", not risky, risky[:3])
        if label != "report.csv":
            expect(f"{label}: the @ formula is neutralised, not dropped", "'" + WHAT in cells,
                   [c for c in cells if "SUM" in c])
        else:
            expect(f"{label}: the = formula is neutralised, not dropped", "'" + TITLE in cells,
                   [c for c in cells if "HYPERLINK" in c])

    # --- XLSX ----------------------------------------------------------------------------------
    path = os.path.join(out_dir, "report.xlsx")
    code, out, err = run(binary, plan, "report", "--format", "xlsx", "--today", TODAY, "-o", path)
    expect("report.xlsx: exits 0", code == 0, err)
    if code == 0:
        book = load_workbook(path)
        cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row
                 if isinstance(c.value, str) and "HYPERLINK" in c.value]
        expect("report.xlsx: the title is in a cell", cells, len(cells))
        expect("report.xlsx: it is a string cell holding the text, not a formula",
               all(c.data_type == "s" and c.value == TITLE for c in cells),
               [(c.data_type, c.value) for c in cells])

    # --- JSON ----------------------------------------------------------------------------------
    for label, args in [("due", ["due", "--month", "10"]),
                        ("calendar", ["calendar", "--today", TODAY]),
                        ("check", ["check", "--today", "2017-11-05"]),
                        ("remind", ["remind", "--today", TODAY, "--ahead", "30"]),
                        ("show", ["show", "3.1.1a", "--today", TODAY]),
                        ("units", ["units", UNIT]),
                        ("compile", ["compile"])]:
        code, out, err = run(binary, plan, *args, "--format", "json") if label != "compile" \
            else run(binary, plan, *args)
        try:
            doc = json.loads(out)
        except ValueError as e:
            expect(f"json {label}: parses", False, f"{e}: {out[:200]}")
            continue
        strings = []

        def walk(node):
            if isinstance(node, dict):
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)
            elif isinstance(node, str):
                strings.append(node)
        walk(doc)
        wanted = [WHAT] if label in ("due", "calendar", "check", "remind", "show") else [UNIT]
        if label == "compile":
            wanted = [TITLE, TEXT, WHAT, UNIT, PLAN_TITLE]
        for words in wanted:
            expect(f"json {label}: gives {words[:24]!r}… back exactly", words in strings)

# --- no shell ------------------------------------------------------------------------------------
calls = subprocess.run(["grep", "-rnE", r"\b(system|popen|execl|execlp|execle|execv|execvp|execvpe|"
                        r"posix_spawnp?)\s*\(", os.path.join(root, "src")],
                       capture_output=True, text=True).stdout
expect("plancheck's sources start no shell or program", calls == "", calls)

checks.finish()
