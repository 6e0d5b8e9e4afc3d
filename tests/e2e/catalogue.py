#!/usr/bin/env python3
"""catalogue.py SOURCE_DIR: the Chinese catalogue says every message the sources have.

xgettext extracts the English texts from src/ with the keywords of po/xgettext.args (the
build uses the same file); every one must have a translation in po/zh_CN.po that is
neither fuzzy nor empty, the catalogue holds nothing the sources no longer say, and each
translation has the placeholders of its English (fmt's {} syntax, which is Python's: a
translation may number them to reorder, {1}…{0}). An English format with a format spec
({:04X}) is refused: message arguments are text by the time they are formatted."""
import os
import re
import string
import subprocess
import sys
import tempfile

import polib

from common import Checks

source = sys.argv[1]
checks = Checks()


def fields(text):
    """The replacement fields of a brace format: ('auto', n) or ('numbered', set), and
    whether any has a format spec or conversion; None when the text is no valid format."""
    auto, numbered, spec = 0, set(), False
    try:
        for _, name, format_spec, conversion in string.Formatter().parse(text):
            if name is None:
                continue
            if name == "":
                auto += 1
            elif name.isdigit():
                numbered.add(int(name))
            else:
                return None
            spec = spec or bool(format_spec) or bool(conversion)
    except ValueError:
        return None
    if auto and numbered:
        return None
    return ("auto", auto) if not numbered else ("numbered", numbered), spec


def same_fields(english, translated):
    want, have = fields(english), fields(translated)
    if want is None or have is None:
        return False
    (kind, n), _ = want
    (have_kind, have_value), have_spec = have
    if have_spec:
        return False
    if have_kind == "auto":
        return have_value == n
    return have_value == set(range(n))


with open(os.path.join(source, "po", "xgettext.args"), encoding="utf-8") as f:
    options = [line.strip() for line in f if line.strip()]
sources = sorted(os.path.relpath(os.path.join(d, name), source)
                 for d, _, names in os.walk(os.path.join(source, "src"))
                 for name in names if name.endswith((".cpp", ".h")))
with tempfile.TemporaryDirectory() as tmp:
    pot_path = os.path.join(tmp, "plancheck.pot")
    r = subprocess.run(["xgettext", *options, "-o", pot_path, *sources], cwd=source,
                       capture_output=True, text=True)
    checks.expect("xgettext runs", r.returncode == 0, r.stderr)
    pot = polib.pofile(pot_path)
po = polib.pofile(os.path.join(source, "po", "zh_CN.po"))
translations = {(e.msgctxt, e.msgid): e for e in po if not e.obsolete}

checks.expect("the sources have messages", len(pot) > 100, f"{len(pot)} msgids")
for entry in pot:
    where = entry.occurrences[0] if entry.occurrences else ("?", "?")
    name = f"{where[0]}:{where[1]} {entry.msgid!r}"
    english = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
    for text in english:
        shape = fields(text)
        checks.expect(f"{name} is a format without specs", shape is not None and not shape[1],
                      "write the argument as text (fmt::format it first) and use a bare {}")
    have = translations.get((entry.msgctxt, entry.msgid))
    if not checks.expect(f"{name} is in po/zh_CN.po", have is not None,
                         "run 'cmake --build build --target update-po' and translate it"):
        continue
    checks.expect(f"{name} is not fuzzy", "fuzzy" not in have.flags, "check the translation")
    said = list(have.msgstr_plural.values()) if entry.msgid_plural else [have.msgstr]
    checks.expect(f"{name} is translated", all(s.strip() for s in said) and said, repr(said))
    for text in said:
        checks.expect(f"{name} keeps its placeholders", same_fields(entry.msgid, text),
                      repr(text))
        checks.expect(f"{name} keeps its line breaks",
                      text.endswith("\n") == entry.msgid.endswith("\n")
                      and text.count("\n") == entry.msgid.count("\n"), repr(text))

# xgettext finds a finding's text by its argument's position, and braces in an earlier
# argument (SourceLoc{...}) throw the count off: every text written into a finding must
# have reached the catalogue.
msgids = {e.msgid for e in pot}
literals = re.compile(r'^\s*("(?:[^"\\]|\\.)*"\s*)+$')


def arguments(code, start):
    """The top-level arguments of the call whose '(' ends just before `start`."""
    args, depth, i, piece = [], 1, start, start
    while i < len(code) and depth:
        c = code[i]
        if c == '"':
            i += 1
            while code[i] != '"':
                i += 2 if code[i] == "\\" else 1
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if not depth:
                args.append(code[piece:i])
        elif c == "," and depth == 1:
            args.append(code[piece:i])
            piece = i + 1
        i += 1
    return args


for path in sources:
    code = open(os.path.join(source, path), encoding="utf-8").read()
    for call in re.finditer(r"\.(?:error|warning)\(", code):
        for arg in arguments(code, call.end()):
            if not literals.match(arg):
                continue
            words = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', arg))
            if re.fullmatch(r"[a-z0-9-]*", words):  # a rule id
                continue
            english = words.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            line = code.count("\n", 0, call.start()) + 1
            checks.expect(f"{path}:{line} '{english}' reached the catalogue", english in msgids,
                          "an argument before it holds braces or commas xgettext miscounts")

wanted = {(e.msgctxt, e.msgid) for e in pot}
for key, entry in translations.items():
    if key[1]:
        checks.expect(f"{entry.msgid!r} is still said by the sources", key in wanted,
                      "delete it from po/zh_CN.po (or run update-po)")
checks.expect("po/zh_CN.po keeps no obsolete entries", not po.obsolete_entries(),
              f"{len(po.obsolete_entries())} entries marked #~")
checks.finish()
