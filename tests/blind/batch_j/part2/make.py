"""Generate the batch_j/part2 blind plans (j2_01 ... j2_16) and their labels.

Usage:  /work/main/.venv/bin/python make.py OUTDIR

Writes OUTDIR/j2_NN.docx, rewrites labels.json next to this file, and
self-checks every package (python-docx opens it, every XML part parses,
every identity number / decoy occurs where the labels say, picture
alt-text counts match the labels, output is byte-for-byte reproducible).
"""
import sys
sys.dont_write_bytecode = True  # keep the folder free of __pycache__

import hashlib
import json
import os
import re
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import docx  # noqa: E402
from lxml import etree  # noqa: E402

import plans_a  # noqa: E402
import plans_b  # noqa: E402
import plans_c  # noqa: E402
import plans_d  # noqa: E402
from common import KEYS  # noqa: E402

PLANS = plans_a.PLANS + plans_b.PLANS + plans_c.PLANS + plans_d.PLANS
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "adec": "http://schemas.microsoft.com/office/drawing/2017/decorative",
}
STATUSES = {"met", "partial", "missing"}
PLACES = {"body", "header", "footer", "footnote", "endnote", "comment", "text_box",
          "tracked_deletion", "table"}


def build_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    labels = []
    for k, fn in enumerate(PLANS, 1):
        doc, lab = fn()
        name = "j2_%02d.docx" % k
        assert lab["file"] == name, (lab["file"], name)
        doc.build(os.path.join(outdir, name))
        labels.append(lab)
    return labels


# ------------------------------------------------------------------ checks
def luhn_ok(digits10):
    s = 0
    for i, c in enumerate(digits10[:9]):
        p = int(c) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10 == int(digits10[9])


def valid_identity(num):
    import datetime
    digits = re.sub(r"[-+ ]", "", num)
    assert len(digits) in (10, 12), num
    if len(digits) == 12:
        assert digits[:2] in ("18", "19", "20"), num
        year = int(digits[:4])
        digits = digits[2:]
    else:
        year = 2000 + int(digits[:2])
        if year > 2025:
            year -= 100
        if "+" in num:
            year -= 100
    month, day = int(digits[2:4]), int(digits[4:6])
    if day > 60:
        day -= 60
    datetime.date(year, month, day)
    return luhn_ok(digits)


def paragraph_texts(root):
    """[(paragraph element, full text, deleted-only text)] using each text node's nearest w:p."""
    groups = {}
    order = []
    for t in root.iter("{%s}t" % W, "{%s}delText" % W):
        p = t.getparent()
        while p is not None and p.tag != "{%s}p" % W:
            p = p.getparent()
        if p is None:
            continue
        if p not in groups:
            groups[p] = ["", ""]
            order.append(p)
        groups[p][0] += t.text or ""
        if t.tag == "{%s}delText" % W:
            groups[p][1] += t.text or ""
    return [(p, groups[p][0], groups[p][1]) for p in order]


def has_ancestor(el, tag):
    e = el.getparent()
    while e is not None:
        if e.tag == tag:
            return True
        e = e.getparent()
    return False


def part_kind(name):
    base = name.split("/")[-1]
    for key, kind in (("header", "header"), ("footer", "footer"), ("footnotes", "footnote"),
                      ("endnotes", "endnote"), ("comments", "comment")):
        if base.startswith(key):
            return kind
    return "body"


def check_file(path, lab):
    problems = []
    docx.Document(path)  # python-docx must open it
    roots = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    roots[name] = etree.fromstring(z.read(name))
                except etree.XMLSyntaxError as e:
                    problems.append("XML parse error in %s: %s" % (name, e))
    # text occurrences and places
    occurrences = []  # (kind, paragraph, text, deleted)
    for name, root in roots.items():
        if not name.startswith("word/") or name.endswith(".rels"):
            continue
        kind = part_kind(name)
        for p, text, deleted in paragraph_texts(root):
            occurrences.append((kind, p, text, deleted))
    for s in lab["decoys"]:
        if not any(s in t for _, _, t, _ in occurrences):
            problems.append("decoy not found: %r" % s)
    for num in lab["identity_numbers"]:
        if not valid_identity(num):
            problems.append("identity number fails date/Luhn check: %s" % num)
        places = set()
        for kind, p, text, deleted in occurrences:
            if num not in text:
                continue
            if kind != "body":
                places.add(kind)
            elif has_ancestor(p, "{%s}txbxContent" % W):
                places.add("text_box")
            elif num in deleted:
                places.add("tracked_deletion")
            elif has_ancestor(p, "{%s}tbl" % W):
                places.add("table")
            else:
                places.add("body")
        want = lab["identity_number_places"][num]
        if not places:
            problems.append("identity number not found: %s" % num)
        elif want not in places:
            problems.append("identity number %s found in %s, label says %s" % (num, places, want))
    # pictures
    by_rid = {}
    for name, root in roots.items():
        if not name.startswith("word/") or name.endswith(".rels"):
            continue
        for inline in root.iter("{%s}inline" % NS["wp"], "{%s}anchor" % NS["wp"]):
            blips = inline.findall(".//a:blip", NS)
            if not blips:
                continue
            dpr = inline.find("wp:docPr", NS)
            rid = (name, blips[0].get("{%s}embed" % NS["r"]))
            alt = (dpr.get("descr") or "").strip() or (dpr.get("title") or "").strip()
            deco = dpr.find(".//adec:decorative", NS) is not None
            by_rid.setdefault(rid, []).append(bool(alt) or deco)
    no_alt = sum(1 for v in by_rid.values() if not any(v))
    ok = sum(1 for v in by_rid.values() if any(v))
    if no_alt != lab["images_without_alt"] or ok != lab["images_ok"]:
        problems.append("pictures: found %d without alt / %d ok, label says %d / %d"
                        % (no_alt, ok, lab["images_without_alt"], lab["images_ok"]))
    return problems


def check_labels(labels):
    problems = []
    fields = ["file", "school_year", "language", "forms", "shape", "expected", "reasons",
              "guidance_keys", "not_done_keys", "identity_numbers", "identity_number_places",
              "decoys", "images_without_alt", "images_ok"]
    for lab in labels:
        f = lab["file"]
        if list(lab) != fields:
            problems.append("%s: fields %s" % (f, list(lab)))
        if set(lab["expected"]) != set(KEYS) or not set(lab["expected"].values()) <= STATUSES:
            problems.append("%s: bad expected" % f)
        if not re.fullmatch(r"20\d\d/\d\d", lab["school_year"]):
            problems.append("%s: school_year" % f)
        if lab["language"] not in ("sv", "en"):
            problems.append("%s: language" % f)
        for k in list(lab["reasons"]) + lab["guidance_keys"] + lab["not_done_keys"]:
            if k not in KEYS:
                problems.append("%s: unknown key %s" % (f, k))
        for k in lab["guidance_keys"] + lab["not_done_keys"]:
            if lab["expected"][k] == "met":
                problems.append("%s: %s is guidance/not-done but met" % (f, k))
        if set(lab["identity_numbers"]) != set(lab["identity_number_places"]):
            problems.append("%s: identity places mismatch" % f)
        if not set(lab["identity_number_places"].values()) <= PLACES:
            problems.append("%s: unknown place" % f)
        if set(lab["decoys"]) & set(lab["identity_numbers"]):
            problems.append("%s: decoy is an identity number" % f)
    return problems


def digest(outdir):
    h = {}
    for name in sorted(os.listdir(outdir)):
        if name.endswith(".docx"):
            with open(os.path.join(outdir, name), "rb") as fh:
                h[name] = hashlib.sha256(fh.read()).hexdigest()
    return h


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    outdir = argv[1]
    labels = build_all(outdir)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    problems = check_labels(labels)
    for lab in labels:
        problems += ["%s: %s" % (lab["file"], p)
                     for p in check_file(os.path.join(outdir, lab["file"]), lab)]
    with tempfile.TemporaryDirectory() as tmp:
        import importlib
        for mod in (plans_a, plans_b, plans_c, plans_d):
            importlib.reload(mod)
        # rebuild with fresh modules to prove determinism
        globals()["PLANS"] = plans_a.PLANS + plans_b.PLANS + plans_c.PLANS + plans_d.PLANS
        build_all(tmp)
        if digest(tmp) != digest(outdir):
            problems.append("output is not deterministic")
    counts = {}
    for lab in labels:
        for v in lab["expected"].values():
            counts[v] = counts.get(v, 0) + 1
    print("wrote %d plans to %s; labels: %s" % (len(labels), outdir,
                                               ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    if problems:
        print("SELF-CHECK FAILED:")
        for p in problems:
            print("  -", p)
        return 1
    print("self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
