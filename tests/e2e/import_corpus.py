#!/usr/bin/env python3
"""`plancheck import` on the openings of other real plans (tests/data/import/corpus, copied
from ../shared/corpus): each imports without a crash into a draft that validates, with
the tasks, unit roles and deadlines a reader of that text would give, and every sentence
of the text placed somewhere.

Usage: import_corpus.py PLANCHECK CORPUS_DIR
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Checks, run  # noqa: E402
from import_common import load_draft, unplaced_sentences  # noqa: E402

binary, corpus = sys.argv[1], sys.argv[2]
checks = Checks()


def imported(tmp, name, *extra):
    """Imports one corpus file; returns the draft, or None when the import failed."""
    out_dir = os.path.join(tmp, name)
    source = os.path.join(corpus, name + ".txt")
    code, out, err = run(binary, None, "import", source, "-o", out_dir, *extra)
    checks.expect(f"{name}: exits 0", code == 0, f"exit {code}: {err[-1500:]}")
    crash = [w for w in ("internal error", "terminate called", "Segmentation") if w in err]
    checks.expect(f"{name}: no crash", not crash, err[-500:])
    if code != 0:
        return None
    code, _, err = run(binary, out_dir, "--no-cache", "validate")
    checks.expect(f"{name}: the draft validates", code == 0, err[-2000:])
    draft = load_draft(out_dir)
    missing = unplaced_sentences(source, draft)
    checks.expect(f"{name}: every sentence is placed", not missing, "; ".join(missing[:5]))
    return draft


def whens(task):
    return [m["when"] for m in task["milestones"]]


def same(name, what, got, want):
    checks.expect(f"{name}: {what}", got == want, f"got {got!r}, want {want!r}")


with tempfile.TemporaryDirectory() as tmp:
    # 成都 2019: (牵头领导:人名,牵头单位:X,责任单位:A、B,数据提供单位:Y), one item with ';'.
    name = "01-chengdu-2019-zfgzbg-fenjie"
    d = imported(tmp, name)
    if d:
        t = d["tasks"]
        same(name, "header", (d["plan"]["doc_number"], str(d["plan"]["issued"]), d["plan"]["year"],
                              d["plan"]["issuer"]),
             ("成办发〔2019〕5号", "2019-02-19", 2019, "成都市人民政府办公厅"))
        same(name, "task ids", d["task_order"], [f"1.{i}" for i in range(1, 9)])
        same(name, "1.2 roles", (t["1.2"]["lead"], t["1.2"]["responsible"], t["1.2"]["data_provider"]),
             (["市发改委"], ["市农业农村局", "市经信局", "市商务局", "市住建局"], ["市统计局"]))
        same(name, "1.5 roles with ';'", (t["1.5"]["lead"], t["1.5"]["responsible"],
                                          t["1.5"]["data_provider"]),
             (["市人社局"], ["市农业农村局"], ["成调队"]))
        same(name, "1.8 lead only", (t["1.8"]["lead"], "responsible" in t["1.8"]), (["市人社局"], False))
        same(name, "牵头领导 is a note, not a unit", t["1.1"].get("note"), "牵头领导：谢瑞武")
        units = {u["name"] for u in d["units"]["units"]}
        checks.expect(f"{name}: no person in units.yaml", "谢瑞武" not in units, str(units))
        same(name, "whole-year targets have no date", {w for i in t for w in whens(t[i])},
             {"continuous"})
        same(name, "text without the annotation", t["1.1"]["text"], "地区生产总值增长7.5%左右。")

    # 拱墅 2018: 责任单位: on its own line, no lead; a comma before the local group.
    name = "03-gongshu-2018-daqi"
    d = imported(tmp, name)
    if d:
        t = d["tasks"]
        same(name, "header", (d["plan"]["doc_number"], str(d["plan"]["issued"]), d["plan"]["year"]),
             ("拱政办发〔2018〕42号", "2018-09-28", 2018))
        same(name, "task ids", d["task_order"], ["2.1.1", "2.1.2"])
        same(name, "2.1.1 responsible", (t["2.1.1"].get("lead"), t["2.1.1"]["responsible"]),
             (None, ["区发改局", "区市场监管局", "环保拱墅分局", "各街道(园区)"]))
        checks.expect(f"{name}: the annotation line is not task text",
                      "责任单位" not in t["2.1.1"]["text"], t["2.1.1"]["text"])
        checks.expect(f"{name}: 各街道(园区) is a group",
                      any(g["name"] == "各街道(园区)" for g in d["units"]["groups"]),
                      str(d["units"]["groups"]))
        checks.expect(f"{name}: 总体要求 (no numbered items) is leftover",
                      any("五气共治" in x["text"] for x in d["leftover"]["leftover"]), "")

    # 肥城 2017: 责任单位 only, "排在前位为牵头部门,下同", a standing 各镇街区.
    name = "05-feicheng-2017-turang"
    d = imported(tmp, name)
    if d:
        t = d["tasks"]
        same(name, "header", (d["plan"]["doc_number"], str(d["plan"]["issued"]), d["plan"]["year"],
                              d["plan"]["title"]),
             ("肥政发〔2017〕17号", "2017-11-30", 2017, "肥城市土壤污染防治工作方案"))
        same(name, "task ids", d["task_order"], ["2.1.1", "2.1.2"])
        same(name, "the first listed leads", t["2.1.1"]["lead"], ["市环保局"])
        same(name, "the rest are responsible", t["2.1.1"]["responsible"],
             ["市国土资源局", "市财政局", "市农业局", "市卫生计生局", "各镇街区"])
        same(name, "the standing unit joins the next task", t["2.1.2"].get("responsible"), ["各镇街区"])
        same(name, "dated milestones of 2.1.1", whens(t["2.1.1"]), ["2018年10月底前", "2020年10月底前"])
        same(name, "dated milestones of 2.1.2", whens(t["2.1.2"]), ["2017年底前", "2020年10月底前"])
        checks.expect(f"{name}: the standing rule is not task text", "不再列出" not in t["2.1.1"]["text"],
                      t["2.1.1"]["text"])

    # 潮州 2019–2020: roles as verbs, a standing rule mid-paragraph, a shared 市 prefix,
    # a second annotation closing the task, decoy years, a text cut mid-annotation.
    name = "07-chaozhou-2019-lantian"
    d = imported(tmp, name)
    if d:
        t = d["tasks"]
        same(name, "year from the title", d["plan"]["year"], 2019)
        same(name, "task ids", d["task_order"], ["2.1.1", "2.1.2"])
        same(name, "2.1.1 leads (both annotations)", t["2.1.1"]["lead"], ["市生态环境局", "市市场监管局"])
        same(name, "2.1.1 responsible, shared prefix", t["2.1.1"]["responsible"],
             ["市发展和改革局", "市工业和信息化局", "市自然资源局", "各县、区人民政府(管委会)"])
        same(name, "2.1.2 leads (牵头督导)", t["2.1.2"]["lead"],
             ["市生态环境局", "市发展和改革局", "市工业和信息化局"])
        same(name, "the standing unit joins 2.1.2", t["2.1.2"]["responsible"], ["各县、区人民政府(管委会)"])
        same(name, "2.1.1 has no date", whens(t["2.1.1"]), ["continuous"])
        same(name, "2.1.2 deadline", whens(t["2.1.2"]), ["2019年9月底前"])
        checks.expect(f"{name}: the decoy 粤府〔2018〕128号 is not the 文号",
                      d["plan"]["doc_number"] != "粤府〔2018〕128号", d["plan"]["doc_number"])
        checks.expect(f"{name}: the cut annotation's rest is kept", "应急管理局" in t["2.1.2"].get("note", ""),
                      str(t["2.1.2"].get("note")))
        checks.expect(f"{name}: text keeps both sentences",
                      "按省的要求" in t["2.1.1"]["text"] and "参与" not in t["2.1.1"]["text"],
                      t["2.1.1"]["text"])

    # 池州: a table flattened one cell per line; the category cell only on its first row.
    name = "10-chizhou-xfj-zhengwugongkai-qingdan"
    d = imported(tmp, name, "--year", "2020")
    if d:
        t = d["tasks"]
        same(name, "task ids", d["task_order"], [f"1.{i}" for i in range(1, 9)])
        same(name, "responsible cells", [t[f"1.{i}"]["responsible"][0] for i in range(1, 9)],
             ["办公室", "各科室", "各科室", "办公室", "各科室", "办公室", "各科室", "办公室"])
        same(name, "deadline cells", [whens(t[f"1.{i}"])[0] for i in range(1, 9)],
             ["年底前"] + ["持续推进"] * 7)
        same(name, "the category carries down", t["1.4"]["title"], "做好主动公开基础工作")
        checks.expect(f"{name}: the requirement is the text",
                      t["1.1"]["text"].startswith("对行政规范性文件进行全面清理"), t["1.1"]["text"])

checks.finish()
