#!/usr/bin/env python
"""Generate the h1 batch of blind test plans.

Usage: make.py OUTDIR
Deterministic: no randomness, fixed core-property dates and fixed zip timestamps.
"""
import json
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import docx  # noqa: E402
from lxml import etree  # noqa: E402

import plans_a  # noqa: E402
import plans_b  # noqa: E402
import plans_c  # noqa: E402
import plans_d  # noqa: E402
import wordkit  # noqa: E402

BUILDERS = [
    plans_a.plan01, plans_a.plan02, plans_a.plan03,
    plans_b.plan04, plans_b.plan05, plans_b.plan06,
    plans_c.plan07, plans_c.plan08, plans_c.plan09, plans_c.plan10, plans_c.plan11,
    plans_d.plan12, plans_d.plan13, plans_d.plan14, plans_d.plan15, plans_d.plan16,
]

MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
KEYS = ["validity_period", "responsible", "student_involvement", "previous_year_evaluation", "survey",
        "promotive_work", "preventive_measures", "acute_routines", "discrimination_grounds", "minority_rights",
        "evaluation_plan", "guardian_involvement"]
PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"


def all_text(z):
    out = []
    for n in z.namelist():
        if n.endswith(".xml"):
            out.append(re.sub(r"<[^>]+>", "", z.read(n).decode("utf-8")))
    return "\n".join(out)


def check_file(path, label):
    problems = []
    d = docx.Document(str(path))  # python-docx must open it
    _ = [p.text for p in d.paragraphs]
    with zipfile.ZipFile(path) as z:
        ct = z.read("[Content_Types].xml").decode("utf-8")
        if 'PartName="/word/document.xml" ContentType="%s"' % MAIN_CT not in ct:
            problems.append("main content type")
        pics_alt, pics_noalt, seen = 0, 0, set()
        for n in z.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                data = z.read(n)
                if b"<!DOCTYPE" in data:
                    problems.append("DTD in " + n)
                root = etree.fromstring(data)
                for docpr in root.iter("{%s}docPr" % wordkit.NS["wp"]):
                    holder = docpr.getparent()
                    blip = holder.find(".//" + PIC)
                    if blip is None:
                        continue
                    emb = holder.find(".//{%s}blip" % wordkit.NS["a"]).get("{%s}embed" % wordkit.NS["r"])
                    key = (n, emb)
                    if key in seen:
                        continue
                    seen.add(key)
                    deco = docpr.find(".//{%s}decorative" % wordkit.NS["adec"]) is not None
                    if docpr.get("descr") or deco:
                        pics_alt += 1
                    else:
                        pics_noalt += 1
        text = all_text(z)
    if label:
        if pics_alt != label["images_ok"] or pics_noalt != label["images_without_alt"]:
            problems.append("image counts %d/%d vs labels %d/%d" % (
                pics_alt, pics_noalt, label["images_ok"], label["images_without_alt"]))
        for num in label["identity_numbers"]:
            digits = re.sub(r"\D", "", num)[-10:]
            if not wordkit.luhn_ok(digits):
                problems.append("Luhn fails " + num)
            if num not in text:
                problems.append("identity number not in text " + num)
        for dec in label["decoys"]:
            if dec not in text:
                problems.append("decoy not in text " + dec)
        if sorted(label["expected"]) != sorted(KEYS):
            problems.append("label keys")
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    names = [b(out) for b in BUILDERS]
    labels_path = Path(__file__).parent / "labels.json"
    labels = {}
    if labels_path.exists():
        labels = {x["file"]: x for x in json.loads(labels_path.read_text(encoding="utf-8"))}
    bad = 0
    for n in names:
        probs = check_file(out / n, labels.get(n))
        status = "ok" if not probs else "PROBLEM: " + "; ".join(probs)
        if probs:
            bad += 1
        print("%-45s %s" % (n, status))
    missing = set(labels) - set(names)
    if missing:
        print("labels without file:", sorted(missing))
        bad += 1
    print("%d files, %d with problems" % (len(names), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
