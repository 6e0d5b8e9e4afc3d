#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Write a synthetic plan directory shaped like the repository's plan/.

Usage: gen_plan.py --tasks N --files F --out DIR [--seed S] [--source PLAN_DIR]

Everything is drawn from the real plan (default: ../plan beside this script), with a
seeded random generator, so the same arguments always write the same bytes:

- Each task copies the shape of a real task picked at random: its keys (lead,
  responsible, data_provider, note present or not), its milestones (their `what`, their
  `when:` phrases and `event:`), and the length of its `text` in characters. The text
  itself is new: clauses cut from the real texts (none naming a date) joined until the
  length is reached, with the task's own deadline phrases put in wherever the real text
  had them, so the text-versus-milestone check sees what it sees in the real plan.
- Units: the real registry (41 units, 6 groups, 2 aliases) once per "district", one
  district per 1,000 tasks. District 0 uses the real names; district k prefixes every
  name (and every host, member and alias) with a two-character place name. A task uses
  its district's names exactly as the real task writes them (hosted forms 区大气办（区环保局）,
  half-width brackets, aliases), so every reference resolves as in the real plan.
- Events: the real two events once per district (district k's ids end in -dK).
- Numbering: chapters are either one task file (section "7") or a heading with 2–8
  section files ("7.1" … "7.5"), as in the real plan's 1, 2, 3.1–3.6 and 4. A chapter file
  mixes direct tasks (7.3) with sub-headings holding 2–3 tasks (7.4.1, 7.4.2), as the
  real file 4 does (4.1.1, 4.1.2, 4.2, 4.3.1 …); section files number their tasks
  straight through (7.1.1, 7.1.2 …). Every heading is in plan.yaml's outline.

The result passes `plancheck validate` (exit 0; its only warnings are the real plan's
kind, deadline-before-issue for 3月底前) and the JSON Schemas in schemas/.
"""

import argparse
import json
import os
import random
import re
import shutil
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

# The deadline phrases plancheck looks for in a task's text (src/when/text_phrases.cpp).
PHRASE_PATTERNS = [
    r"每年[0-9]{1,2}月[0-9]{1,2}日(到|至)(次年)?[0-9]{1,2}月([0-9]{1,2}日|底|末)",
    r"印发实施后[0-9]+个月内",
    r"春节期间",
    r"(19|20)[0-9]{2}年([0-9]{1,2}月)?(底前|底)?完成",
    r"从[0-9]{1,2}月起",
    r"[0-9]{1,2}月[0-9]{1,2}日(开始实施|开始|起|前)",
    r"[0-9]{1,2}月(底|末)(前)?",
    r"年底前|年前|年内",
    r"每月|月通报|按季度|每季度|按月",
]
PHRASE_RE = [re.compile(p) for p in PHRASE_PATTERNS]
# Anything that looks like a date at all keeps a clause out of the filler pool.
DATEISH_RE = re.compile(r"[0-9]+\s*(年|月|日)|年前|年底|年内|每月|按月|季度|月通报|春节|"
                        r"印发实施后|实时|不定期|持续推进")

# Two-character place names for districts 1…; 20 × 20 = 400 districts (400,000 tasks).
PLACE_A = "东西南北中上下新老大小金银青红白黄石云龙"
PLACE_B = "江山河湖城林泉阳平安川桥原岗坪湾溪峰州塘"


def find_phrases(text):
    """The deadline phrases plancheck's text check finds, longest forms first."""
    scratch = text
    found = []
    for pattern in PHRASE_RE:
        for m in pattern.finditer(scratch):
            found.append(m.group(0))
        scratch = pattern.sub(lambda m: "\x01" * len(m.group(0)), scratch)
    return found


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.CSafeLoader)


class Source:
    """The real plan, read once."""

    def __init__(self, plan_dir):
        self.meta = load_yaml(os.path.join(plan_dir, "plan.yaml"))
        self.units = load_yaml(os.path.join(plan_dir, "units.yaml"))
        self.events = load_yaml(os.path.join(plan_dir, "events.yaml"))["events"]
        self.tasks = []
        tasks_dir = os.path.join(plan_dir, "tasks")
        for name in sorted(os.listdir(tasks_dir)):
            if name.endswith(".yaml"):
                self.tasks.extend(load_yaml(os.path.join(tasks_dir, name))["tasks"])
        self.titles = [t["title"] for t in self.tasks]
        self.notes = [t["note"] for t in self.tasks if "note" in t]
        self.headings = [h["title"] for h in self.meta["outline"]]
        self.fillers = self._fillers()
        self.names = {unicodedata.normalize("NFKC", u["name"]) for u in self.units["units"]}
        self.names |= {unicodedata.normalize("NFKC", g["name"]) for g in self.units["groups"]}
        self.names |= {unicodedata.normalize("NFKC", a) for a in self.units.get("aliases", {})}

    def _fillers(self):
        pool = set()
        for task in self.tasks:
            for clause in re.split(r"[，。；：！？]", task["text"]):
                clause = clause.strip()
                if len(clause) >= 4 and not DATEISH_RE.search(clause) and not find_phrases(clause):
                    pool.add(clause)
        return sorted(pool)


def place(k):
    """District k's prefix: '' for district 0 (the real names)."""
    if k == 0:
        return ""
    k -= 1
    if k >= len(PLACE_A) * len(PLACE_B):
        sys.exit(f"gen_plan.py: too many districts ({k + 1})")
    return PLACE_A[k // len(PLACE_B)] + PLACE_B[k % len(PLACE_B)]


def unit_name(src, written, k):
    """A unit reference as district k writes it: every name in it prefixed."""
    p = place(k)
    if not p:
        return written
    if unicodedata.normalize("NFKC", written) in src.names:
        return p + written
    for open_b, close_b in (("（", "）"), ("(", ")")):
        if written.endswith(close_b) and open_b in written:
            i = written.rindex(open_b)
            return p + written[:i] + open_b + p + written[i + 1:-1] + close_b
    raise ValueError(f"cannot map unit reference {written!r}")


def event_id(real_id, k):
    return real_id if k == 0 else f"{real_id}-d{k}"


# --- YAML writing ---------------------------------------------------------------------------

PLAIN_UNSAFE = re.compile(r"[:#\[\]{},\"'&*!|>%@`]|^[-?\s]|\s$")


def scalar(s):
    """A plain scalar where the real plan writes one, a JSON (= YAML) double-quoted one else."""
    if not s or PLAIN_UNSAFE.search(s) or s in ("true", "false", "null", "~"):
        return json.dumps(s, ensure_ascii=False)
    return s


def quoted(s):
    return json.dumps(s, ensure_ascii=False)


def flow(names):
    return "[" + ", ".join(scalar(n) for n in names) + "]"


# --- text -------------------------------------------------------------------------------------

def make_text(rng, src, template):
    """New text with the template's length and the deadline phrases its real text carries."""
    target = len(template["text"])
    phrases = []
    for m in template["milestones"]:
        when = m["when"]
        if when in template["text"] and when not in phrases:
            phrases.append(when)
    for _attempt in range(20):
        clauses = [w + rng.choice(src.fillers) for w in phrases]
        length = sum(len(c) + 1 for c in clauses)
        fill = []
        while length < target or not (clauses or fill):
            clause = rng.choice(src.fillers)
            fill.append(clause)
            length += len(clause) + 1
        # Put the phrases where a real text has them: spread among the fillers.
        for clause in clauses:
            fill.insert(rng.randint(0, len(fill)), clause)
        pieces = []
        for i, clause in enumerate(fill):
            pieces.append(clause)
            if i + 1 < len(fill):
                pieces.append(rng.choice("，，，；。"))
        text = "".join(pieces)
        over = len(text) + 1 - target
        if over > 0:
            # Trim the last filler clause (never a phrase clause) to land on the length.
            last = fill[-1]
            if (last not in clauses and len(last) - over >= 2
                    and not re.search(r"[“”《》（）()]", last)):
                text = text[: len(text) - over]
        text += "。"
        found = find_phrases(text)
        if all(f in phrases for f in found):
            return text
    raise RuntimeError(f"could not write a text for a task like {template['id']}")


# --- structure ----------------------------------------------------------------------------------

def file_sizes(rng, n_tasks, n_files):
    """Tasks per file: uneven like the real plan's (2–14 per file), summing to n_tasks."""
    if n_tasks < n_files:
        sys.exit("gen_plan.py: --tasks must be at least --files")
    weights = [rng.uniform(0.3, 1.7) for _ in range(n_files)]
    total = sum(weights)
    sizes = [max(1, int(n_tasks * w / total)) for w in weights]
    diff = n_tasks - sum(sizes)
    i = 0
    while diff != 0:
        j = i % n_files
        if diff > 0:
            sizes[j] += 1
            diff -= 1
        elif sizes[j] > 1:
            sizes[j] -= 1
            diff += 1
        i += 1
    return sizes


def plan_sections(rng, n_files):
    """[(section id, is a chapter file)], and the outline headings that are not sections."""
    sections, headings = [], []
    chapter = 0
    while len(sections) < n_files:
        chapter += 1
        left = n_files - len(sections)
        if left == 1 or rng.random() < 0.4:
            sections.append((str(chapter), True))
        else:
            headings.append(str(chapter))
            for s in range(1, min(left, rng.randint(2, 8)) + 1):
                sections.append((f"{chapter}.{s}", False))
    return sections, headings


def task_ids(rng, section, chapter_file, count):
    """Ids for `count` tasks in a file, and the sub-headings they need."""
    if not chapter_file:
        return [f"{section}.{i}" for i in range(1, count + 1)], []
    ids, headings = [], []
    item = 0
    while len(ids) < count:
        item += 1
        left = count - len(ids)
        if left >= 2 and rng.random() < 0.4:
            heading = f"{section}.{item}"
            headings.append(heading)
            for c in range(1, min(left, rng.randint(2, 3)) + 1):
                ids.append(f"{heading}.{c}")
        else:
            ids.append(f"{section}.{item}")
    return ids, headings


SLUGS = ["targets", "responsibility", "emission-reduction", "coal", "dust", "vehicles",
         "enforcement", "technology", "safeguards"]


def write_task(out, rng, src, task_id, k):
    t = rng.choice(src.tasks)
    out.append(f'  - id: "{task_id}"\n')
    out.append(f"    title: {scalar(rng.choice(src.titles))}\n")
    out.append(f"    text: {quoted(make_text(rng, src, t))}\n")
    for role in ("lead", "responsible", "data_provider"):
        if role in t:
            out.append(f"    {role}: {flow(unit_name(src, u, k) for u in t[role])}\n")
    if "note" in t:
        out.append(f"    note: {quoted(rng.choice(src.notes))}\n")
    out.append("    milestones:\n")
    for m in t["milestones"]:
        out.append(f"      - what: {scalar(m['what'])}\n")
        out.append(f"        when: {scalar(m['when'])}\n")
        if "event" in m:
            out.append(f"        event: {event_id(m['event'], k)}\n")


def write_units(path, src, districts):
    out = ["# yaml-language-server: $schema=../schemas/units.schema.json\n", "units:\n"]
    for k in range(districts):
        p = place(k)
        for u in src.units["units"]:
            out.append(f"  - name: {scalar(p + u['name'])}\n")
            if "full_name" in u:
                out.append(f"    full_name: {scalar(p + u['full_name'])}\n")
            out.append(f"    kind: {u['kind']}\n")
            for key in ("hosted_by", "badge"):
                if key in u:
                    out.append(f"    {key}: {scalar(p + u[key])}\n")
            out.append(f"    verified: {'true' if u['verified'] else 'false'}\n")
            if "note" in u:
                out.append(f"    note: {quoted(u['note'])}\n")
    out.append("groups:\n")
    for k in range(districts):
        p = place(k)
        for g in src.units["groups"]:
            out.append(f"  - name: {scalar(p + g['name'])}\n")
            if "within" in g:
                out.append(f"    within: {scalar(p + g['within'])}\n")
            members = g["members"]
            out.append("    members: " + (members if members == "unknown" else
                                           flow(p + m for m in members)) + "\n")
            out.append(f"    verified: {'true' if g['verified'] else 'false'}\n")
            if "note" in g:
                out.append(f"    note: {quoted(g['note'])}\n")
    out.append("aliases:\n")
    for k in range(districts):
        p = place(k)
        for alias, name in src.units.get("aliases", {}).items():
            out.append(f"  {scalar(p + alias)}: {scalar(p + name)}\n")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(out)


def write_events(path, src, districts):
    out = ["# yaml-language-server: $schema=../schemas/events.schema.json\n", "events:\n"]
    for k in range(districts):
        for e in src.events:
            out.append(f"  - id: {event_id(e['id'], k)}\n")
            out.append(f"    what: {scalar(e['what'])}\n")
            for key in ("date", "start", "end"):
                if key in e:
                    out.append(f"    {key}: {e[key]}\n")
            if "source" in e:
                out.append(f"    source: {scalar(e['source'])}\n")
            out.append(f"    verified: {'true' if e['verified'] else 'false'}\n")
            if "note" in e:
                out.append(f"    note: {quoted(e['note'])}\n")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(out)


def write_meta(path, src, n_tasks, n_files, outline, rng):
    meta = src.meta
    out = ["# yaml-language-server: $schema=../schemas/plan.schema.json\n",
           f"id: bench-{n_tasks}-tasks-{n_files}-files\n",
           f"doc_number: {scalar(meta['doc_number'])}\n",
           f"title: {scalar(meta['title'])}\n",
           f"issuer: {scalar(meta['issuer'])}\n",
           f"issued: {meta['issued']}\n",
           f"year: {meta['year']}\n",
           f"language: {meta['language']}\n",
           "implements:\n"]
    for doc in meta.get("implements", []):
        out.append(f"  - doc_number: {scalar(doc['doc_number'])}\n")
        out.append(f"    title: {scalar(doc['title'])}\n")
        if "issuer" in doc:
            out.append(f"    issuer: {scalar(doc['issuer'])}\n")
    out.append("outline:\n")
    for heading in outline:
        out.append(f'  - id: "{heading}"\n')
        out.append(f"    title: {scalar(rng.choice(src.headings))}\n")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(out)


def outline_key(heading):
    return [int(x) for x in heading.split(".")]


def generate(n_tasks, n_files, out_dir, seed, source_dir):
    rng = random.Random(seed)
    src = Source(source_dir)
    districts = max(1, round(n_tasks / 1000))
    if os.path.exists(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(os.path.join(out_dir, "tasks"))

    sizes = file_sizes(rng, n_tasks, n_files)
    sections, outline = plan_sections(rng, n_files)
    written = 0
    width = len(str(n_files))
    for index, ((section, chapter_file), count) in enumerate(zip(sections, sizes)):
        ids, sub_headings = task_ids(rng, section, chapter_file, count)
        outline.append(section)
        outline.extend(sub_headings)
        slug = rng.choice(SLUGS)
        name = f"{index + 1:0{width}d}-{section.replace('.', '-')}-{slug}.yaml"
        out = ["# yaml-language-server: $schema=../../schemas/tasks.schema.json\n",
               f'section: "{section}"\n', "tasks:\n"]
        for task_id in ids:
            # A district is a contiguous run of tasks: a file's tasks share one, mostly.
            k = written * districts // n_tasks
            write_task(out, rng, src, task_id, k)
            written += 1
        with open(os.path.join(out_dir, "tasks", name), "w", encoding="utf-8") as f:
            f.writelines(out)
    outline.sort(key=outline_key)
    write_meta(os.path.join(out_dir, "plan.yaml"), src, n_tasks, n_files, outline, rng)
    write_units(os.path.join(out_dir, "units.yaml"), src, districts)
    write_events(os.path.join(out_dir, "events.yaml"), src, districts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, required=True, help="number of tasks")
    parser.add_argument("--files", type=int, required=True, help="number of tasks/*.yaml files")
    parser.add_argument("--out", required=True, help="plan directory to write (replaced)")
    parser.add_argument("--seed", type=int, default=2017, help="random seed (default 2017)")
    parser.add_argument("--source", default=os.path.join(HERE, "..", "plan"),
                        help="the real plan to copy the shape of (default ../plan)")
    args = parser.parse_args()
    if args.tasks < 1 or args.files < 1:
        parser.error("--tasks and --files must be positive")
    generate(args.tasks, args.files, args.out, args.seed, args.source)


if __name__ == "__main__":
    main()
