"""Helpers for the import end-to-end scripts: run an import into a scratch directory,
read the draft back, and check that every sentence of the source landed somewhere."""
import os
import re
import unicodedata

import yaml

from common import run  # noqa: F401  (re-exported for the scripts)

OPEN = "（(〔[【［"
CLOSE = "）)〕]】］"
ROLE_WORDS = ("单位", "牵头", "负责", "参与", "配合", "科室", "领导")
MARKER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、．]|[（(][一二三四五六七八九十]+[）)]|"
                    r"[0-9０-９]{1,3}[．.、](?![0-9])|[（(][0-9０-９]{1,3}[）)])\s*")


def nfkc(text):
    return unicodedata.normalize("NFKC", text)


def load_draft(directory):
    """plan.yaml, units.yaml, events.yaml, leftover.yaml and every task, as Python data."""
    def read(name):
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            return yaml.safe_load(f)
    draft = {name: read(name + ".yaml") for name in ("plan", "units", "events", "leftover")}
    tasks = []
    for name in sorted(os.listdir(os.path.join(directory, "tasks"))):
        tasks.extend(read(os.path.join("tasks", name))["tasks"])
    draft["tasks"] = {t["id"]: t for t in tasks}
    draft["task_order"] = [t["id"] for t in tasks]
    return draft


def strip_annotations(line):
    """The line without bracketed unit annotations (nested brackets included) and without
    a role label that starts a sentence (责任单位：…)."""
    out, i = [], 0
    while i < len(line):
        if line[i] in OPEN:
            depth, j = 0, i
            while j < len(line):
                if line[j] in OPEN:
                    depth += 1
                elif line[j] in CLOSE:
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            inner = line[i + 1:j]
            if any(w in inner for w in ROLE_WORDS):
                i = j + 1
                continue
        out.append(line[i])
        i += 1
    text = "".join(out)
    return re.sub(r"(^|。)\s*(牵头单位|责任单位|配合单位|责任科室)[:：].*?(。|$)", r"\1", text)


def unplaced_sentences(source_path, draft):
    """Sentences of the source found in no task text, heading, leftover piece or plan.yaml
    field. Numbering markers and unit annotations are the structure, not sentences."""
    hay = []
    for task in draft["tasks"].values():
        hay += [task["text"], task["title"], task.get("note", "")]
        hay += [u for role in ("lead", "responsible", "data_provider") for u in task.get(role, [])]
        hay += [m["when"] for m in task["milestones"]]
    hay += [h["title"] for h in draft["plan"]["outline"]]
    hay += [item["text"] for item in draft["leftover"]["leftover"] or []]
    hay += [str(v) for v in draft["plan"].values() if isinstance(v, (str, int))]
    haystack = nfkc("\n".join(hay))
    missing = []
    with open(source_path, encoding="utf-8") as f:
        for line in f:
            line = strip_annotations(MARKER.sub("", line.strip()))
            for sentence in re.split(r"[。；;]", line):
                sentence = nfkc(sentence.strip(" \t\u3000|"))
                if len(sentence) < 2 or re.fullmatch(r"[0-9]+", sentence):
                    continue
                if sentence not in haystack:
                    missing.append(sentence)
    return missing
