#!/usr/bin/env python3
"""`report --format html` printed the way an office prints it: headless Chromium turns the
page into an A4 PDF, poppler reads the PDF back. The whole plan lists all 60 tasks over a
sane number of pages; a unit's report holds every task the unit (or an office it hosts)
leads or shares, worked out here from the YAML on its own; --lang en switches the labels and leaves the task text alone.

usage: report_html.py PLANCHECK REPO_ROOT OUT_DIR   (OUT_DIR keeps the PDFs and a PNG)
"""
import os
import re
import subprocess
import sys
import unicodedata

import yaml

from common import Checks, chromium

binary, root, out_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
out_dir = os.path.abspath(out_dir)
os.makedirs(out_dir, exist_ok=True)
plan_dir = os.path.join(root, "plan")
TODAY = "2017-11-05"

# The plan's 60 numbered items, as the issue lists them.
PLAN_IDS = (["1.1", "1.2", "2.1", "2.2"] + [f"3.1.{i}" for i in range(1, 15)]
            + [f"3.2.{i}" for i in range(1, 8)] + [f"3.3.{i}" for i in range(1, 7)]
            + [f"3.4.{i}" for i in range(1, 6)] + [f"3.5.{i}" for i in range(1, 13)]
            + ["3.6.1", "3.6.2", "4.1.1", "4.1.2", "4.2", "4.3.1", "4.3.2", "4.3.3", "4.4", "4.5",
               "4.6", "4.7"])

checks = Checks()
expect = checks.expect



def plancheck(*args, plan=plan_dir):
    return subprocess.run([binary, "--no-cache", "--plan", plan, *args], capture_output=True, text=True,
                          timeout=60)


def render_html(path, *args, plan=plan_dir):
    run = plancheck("report", "--format", "html", "--today", TODAY, "-o", path, *args, plan=plan)
    expect(f"report {' '.join(args) or '(whole plan)'} exits 0", run.returncode == 0, run.stderr)
    if run.returncode != 0 or not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8") as f:
        return f.read()


def print_pdf(html_path, pdf_path):
    if os.path.exists(pdf_path):
        os.remove(pdf_path)
    run = chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", f"file://{html_path}")
    ok = run.returncode == 0 and os.path.exists(pdf_path)
    expect(f"chromium prints {os.path.basename(html_path)} to PDF", ok, run.stderr[-2000:])
    return ok


def pdf_pages(pdf_path):
    info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(match.group(1)) if match else 0


def pdf_text(pdf_path):
    return subprocess.run(["pdftotext", "-layout", pdf_path, "-"], capture_output=True,
                          text=True).stdout


def tokens(text):
    """Whitespace-separated words, so '3.1.1' is not found inside '3.1.14'."""
    return set(text.split())


# --- the plan as data, read here independently of plancheck --------------------------------

class PlainLoader(yaml.SafeLoader):
    """Leaves 2017-04-14 a string, as plancheck reads it."""


PlainLoader.yaml_implicit_resolvers = {
    key: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=PlainLoader)


def nfkc(name):
    return unicodedata.normalize("NFKC", name)


registry = load(os.path.join(plan_dir, "units.yaml"))
tasks = []
for name in sorted(os.listdir(os.path.join(plan_dir, "tasks"))):
    if name.endswith(".yaml"):
        tasks.extend(load(os.path.join(plan_dir, "tasks", name))["tasks"])
units = {nfkc(u["name"]): u for u in registry["units"]}
groups = {nfkc(g["name"]): g for g in registry.get("groups", [])}
aliases = {nfkc(k): nfkc(v) for k, v in (registry.get("aliases") or {}).items()}


def resolve(written):
    """The registry name a written name means: NFKC, aliases, and X（Y） for office X whose
    host or badge is Y."""
    name = nfkc(written)
    name = aliases.get(name, name)
    if name in units or name in groups:
        return name
    match = re.fullmatch(r"(.+)\((.+)\)", name)
    if match and match.group(1) in units:
        office = units[match.group(1)]
        if nfkc(match.group(2)) in (nfkc(office.get("hosted_by", "")), nfkc(office.get("badge", ""))):
            return match.group(1)
    return None


def group_members(name, depth=0):
    members = groups[name].get("members")
    if not isinstance(members, list) or depth > 8:
        return set()  # `members: unknown` reaches nobody by name
    found = set()
    for member in members:
        member = resolve(member)
        if member in groups:
            found |= group_members(member, depth + 1)
        elif member:
            found.add(member)
    return found


def concerns(refs, unit_names):
    for written in refs or []:
        name = resolve(written)
        if name in unit_names or (name in groups and group_members(name) & unit_names):
            return True
    return False


# --- 1. the whole plan ----------------------------------------------------------------------

expect("the plan has the 60 items the issue lists", [t["id"] for t in tasks] == PLAN_IDS,
       [t["id"] for t in tasks])

plan_html_path = os.path.join(out_dir, "plan.html")
plan_pdf = os.path.join(out_dir, "plan.pdf")
html = render_html(plan_html_path)
expect("the page is Chinese", '<html lang="zh-CN">' in html)
for needle, what in [("@page", "an @page rule"), ("size: A4", "A4 paper"),
                     ("display: table-header-group", "headers repeated on each page"),
                     ("break-inside: avoid", "rows kept whole"),
                     ('"Noto Sans CJK SC"', "an installed Chinese font"),
                     ("<svg", "an SVG timeline"), ("viewBox=", "a scalable timeline")]:
    expect(f"the page has {what}", needle in html)
expect("the page loads nothing from elsewhere",
       not re.search(r"<(link|script|img|iframe)\b|url\(|@import", html, re.I))
expect("the timeline labels the 12 months",
       all(f">{m}月</text>" in html for m in range(1, 13)))
for label in ["文号", "印发单位", "印发日期", "统计日期", "任务分解表", "序号", "牵头单位", "责任单位",
              "完成时限", "状态"]:
    expect(f"the page labels {label}", label in html)

if print_pdf(plan_html_path, plan_pdf):
    pages = pdf_pages(plan_pdf)
    expect("the whole plan prints on 2 to 59 pages", 2 <= pages < 60, pages)
    text = pdf_text(plan_pdf)
    words = tokens(text)
    missing = [i for i in PLAN_IDS if i not in words]
    expect("the printed plan lists all 60 task ids", not missing, missing)
    for needle in ["成都市青白江区大气污染防治实施方案2017年度实施计划", "青府办函〔2017〕8号",
                   "区科经信局", "区环保局", "2017-10-31", "2017-11-05", "逾期"]:
        expect(f"the printed plan shows {needle}", needle in text)
    page1 = os.path.join(out_dir, "plan-page1")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", plan_pdf, page1],
                   capture_output=True)
    pngs = [n for n in os.listdir(out_dir) if n.startswith("plan-page1") and n.endswith(".png")]
    expect("page 1 is saved as a PNG to look at", pngs, os.listdir(out_dir))
    print(f"plan.pdf: {pages} pages; page 1 in {os.path.join(out_dir, (pngs or ['?'])[0])}")

# --- 2. one unit: 区环保局 and the offices it hosts ----------------------------------------------

UNIT = "区环保局"
own = {UNIT} | {n for n, u in units.items() if nfkc(u.get("hosted_by", "")) == UNIT}
expect("区环保局 hosts 区大气办 and the emergency command office",
       own == {UNIT, "区大气办", "区重污染天气应急处置工作指挥部办公室"}, own)
leads = [t["id"] for t in tasks if concerns(t.get("lead"), own)]
shares = [t["id"] for t in tasks if t["id"] not in leads and concerns(t.get("responsible"), own)]
expect("区环保局 leads and shares some tasks", leads and shares, (leads, shares))

unit_html_path = os.path.join(out_dir, "unit.html")
unit_pdf = os.path.join(out_dir, "unit.pdf")
html = render_html(unit_html_path, "--unit", UNIT)
expect("the unit report counts its lead tasks", f"牵头事项（{len(leads)}）" in html, len(leads))
expect("the unit report counts its shared tasks", f"责任事项（{len(shares)}）" in html, len(shares))
expect("the unit report gives the full name", "成都市青白江区环境保护局" in html)
expect("a task its hosted office leads says so under 经由", '<td class="via">区大气办</td>' in html)
if print_pdf(unit_html_path, unit_pdf):
    pages = pdf_pages(unit_pdf)
    expect("the unit report prints on 1 to 59 pages", 1 <= pages < 60, pages)
    words = tokens(pdf_text(unit_pdf))
    missing = [i for i in leads + shares if i not in words]
    expect("the unit report lists every task it leads or shares", not missing, missing)
    strays = [i for i in PLAN_IDS if i not in leads + shares and i in words]
    expect("and no other task", not strays, strays)
    print(f"unit.pdf: {pages} pages, {len(leads)} lead and {len(shares)} shared tasks")

# --- every unit: a page break before each unit's section ---------------------------------------

html = render_html(os.path.join(out_dir, "all-units.html"), "--all-units")
expect("an all-units report has a section per unit", html.count('<section class="unit">') > 1)
expect("and starts each unit's section on a new page",
       re.search(r"section\.unit\s*\+\s*section\.unit\s*\{\s*break-before:\s*page", html))

# --- 3. English labels, Chinese text ---------------------------------------------------------------

en_html_path = os.path.join(out_dir, "unit-en.html")
html = render_html(en_html_path, "--unit", UNIT, "--lang", "en")
expect("the English page says so", '<html lang="en">' in html)
for label in ["Lead", "Responsible", "Deadline", "Status", "Via", "Document", "Issuer", "As of",
              "Year timeline", ">Jan</text>"]:
    expect(f"the English page labels {label}", label in html)
for label in ["<th>牵头单位</th>", "<th>责任单位</th>", "<th>完成时限</th>", "<dt>统计日期</dt>",
              ">1月</text>"]:
    expect(f"the English page has no Chinese label {label}", label not in html)
expect("task text stays Chinese", "氮氧化物深度治理和错峰生产" in html)
if print_pdf(en_html_path, os.path.join(out_dir, "unit-en.pdf")):
    text = pdf_text(os.path.join(out_dir, "unit-en.pdf"))
    expect("the English PDF shows Lead and Responsible", "Lead" in text and "Responsible" in text)

checks.finish()
