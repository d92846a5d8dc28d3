"""Generate blind evaluation plans k1_01 … k1_16 and labels.json.

Usage: /work/main/.venv/bin/python make.py OUTDIR

Writes the .docx files into OUTDIR and rewrites labels.json next to this script, then
self-checks every package (python-docx opens it, all XML parts parse, identity numbers and
decoys occur where the labels say, picture counts match, output is deterministic).
"""
import hashlib
import io
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
FIELDS = ["file", "school_year", "language", "forms", "shape", "expected", "reasons",
          "guidance_keys", "not_done_keys", "identity_numbers", "identity_number_places",
          "decoys", "images_without_alt", "images_ok"]
PLACES = {"body", "header", "footer", "footnote", "endnote", "comment", "text_box",
          "tracked_deletion", "table"}
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


# ---------------------------------------------------------------- identity-number logic
def _luhn_ok(ten):
    s = 0
    for i, ch in enumerate(ten[:9]):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10 == int(ten[9])


def _valid_date(y, m, d):
    import calendar
    if not 1 <= m <= 12:
        return False
    return 1 <= d <= calendar.monthrange(y, m)[1]


def is_identity_number(s):
    """True for a Luhn-valid personnummer/samordningsnummer (10 or 12 digits, -, + or none)."""
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+ ]?)(\d{4})", s)
    if not m:
        return False
    cent, yy, mm, dd, sep, tail = m.groups()
    ten = yy + mm + dd + tail
    if not _luhn_ok(ten):
        return False
    day = int(dd)
    if day > 60:
        day -= 60
    if cent:
        if cent not in ("18", "19", "20"):
            return False
        year = int(cent + yy)
    else:
        year = 2000 + int(yy)
        if year > 2026:
            year -= 100
        if sep == "+":
            year -= 100
    return _valid_date(year, int(mm), day)


CANDIDATE = re.compile(r"(?<![\d])(?:\d{8}|\d{6})[-+ ]?\d{4}(?![\d])")


# ---------------------------------------------------------------- package reading
def part_place(name):
    base = name.rsplit("/", 1)[-1]
    if base.startswith("header"):
        return "header"
    if base.startswith("footer"):
        return "footer"
    if base == "footnotes.xml":
        return "footnote"
    if base == "endnotes.xml":
        return "endnote"
    if base == "comments.xml":
        return "comment"
    return "body"


def texts_by_place(path):
    """{place: [paragraph text, …]} over every WordprocessingML part."""
    out = {p: [] for p in PLACES}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not (name.startswith("word/") and name.endswith(".xml")):
                continue
            root = etree.fromstring(z.read(name))
            base_place = part_place(name)
            for p in root.iter("{%s}p" % W):
                chunks = {}
                for t in p.iter("{%s}t" % W, "{%s}delText" % W):
                    # nearest enclosing paragraph must be p (skip text of nested text-box paragraphs)
                    anc = t.getparent()
                    while anc is not None and anc.tag != "{%s}p" % W:
                        anc = anc.getparent()
                    if anc is not p:
                        continue
                    place = base_place
                    if base_place == "body":
                        a = t.getparent()
                        while a is not None:
                            if a.tag == "{%s}txbxContent" % W:
                                place = "text_box"
                                break
                            if a.tag == "{%s}del" % W:
                                place = "tracked_deletion"
                                break
                            if a.tag == "{%s}tbl" % W:
                                place = "table"
                                break
                            a = a.getparent()
                    chunks.setdefault(place, []).append(t.text or "")
                for place, parts in chunks.items():
                    out[place].append("".join(parts))
    return out


def picture_counts(path):
    """(without_alt, ok) counting distinct pictures (part, image target) in each group."""
    no_alt, ok = set(), set()
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not (name.startswith("word/") and name.endswith(".xml")):
                continue
            relname = name.replace("word/", "word/_rels/", 1) + ".rels"
            rels = {}
            if relname in z.namelist():
                for rel in etree.fromstring(z.read(relname)):
                    rels[rel.get("Id")] = rel.get("Target")
            root = etree.fromstring(z.read(name))
            for docpr in root.iter("{%s}docPr" % WP):
                container = docpr.getparent()
                blips = list(container.iter("{%s}blip" % A))
                if not blips:
                    continue
                target = rels.get(blips[0].get("{%s}embed" % R))
                key = target
                decorative = any(el.tag.endswith("}decorative") and el.get("val") == "1"
                                 for el in docpr.iter())
                if (docpr.get("descr") or docpr.get("title")) or decorative:
                    ok.add(key)
                else:
                    no_alt.add(key)
    return len(no_alt - ok), len(ok)


# ---------------------------------------------------------------- build & check
def build_all(outdir):
    labels = []
    for k, fn in enumerate(PLANS, start=1):
        d, m = fn()
        fname = "k1_%02d.docx" % k
        d.save(os.path.join(outdir, fname))
        rec = {"file": fname}
        rec.update(m)
        labels.append({f: rec[f] for f in FIELDS})
    return labels


def check_labels(labels):
    problems = []
    for rec in labels:
        f = rec["file"]
        if list(rec) != FIELDS:
            problems.append("%s: fields %s" % (f, list(rec)))
        exp = rec["expected"]
        if list(exp) != KEYS:
            problems.append("%s: expected keys" % f)
        for k, v in rec["reasons"].items():
            if k not in KEYS:
                problems.append("%s: reason for unknown key %s" % (f, k))
        for k in rec["guidance_keys"]:
            if exp[k] != "missing":
                problems.append("%s: guidance key %s is %s" % (f, k, exp[k]))
        for k in rec["not_done_keys"]:
            if exp[k] == "met":
                problems.append("%s: not-done key %s is met" % (f, k))
        for k, v in exp.items():
            if v != "met" and k not in rec["reasons"]:
                problems.append("%s: no reason for %s=%s" % (f, k, v))
        if set(rec["identity_numbers"]) != set(rec["identity_number_places"]):
            problems.append("%s: identity places mismatch" % f)
        for n, place in rec["identity_number_places"].items():
            if place not in PLACES:
                problems.append("%s: bad place %s" % (f, place))
        if rec["language"] not in ("sv", "en"):
            problems.append("%s: language" % f)
        if not re.fullmatch(r"20\d\d/\d\d", rec["school_year"]):
            problems.append("%s: school_year" % f)
    return problems


def check_package(path, rec):
    problems = []
    f = rec["file"]
    # python-docx opens it
    try:
        dd = docx.Document(path)
        _ = [p.text for p in dd.paragraphs]
        _ = [c.text for t in dd.tables for r_ in t.rows for c in r_.cells]
        for s in dd.sections:
            _ = [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    except Exception as e:  # pragma: no cover
        problems.append("%s: python-docx failed: %r" % (f, e))
    # every XML part parses
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    etree.fromstring(z.read(name))
                except etree.XMLSyntaxError as e:
                    problems.append("%s: %s does not parse: %s" % (f, name, e))
    by_place = texts_by_place(path)
    all_text = "\n".join(t for ts in by_place.values() for t in ts)
    # identity numbers: present, valid, in the labelled place only
    for n, place in rec["identity_number_places"].items():
        if not is_identity_number(n):
            problems.append("%s: %s is not a valid identity number" % (f, n))
        where = [pl for pl, ts in by_place.items() if any(n in t for t in ts)]
        if where != [place]:
            problems.append("%s: %s found in %s, labelled %s" % (f, n, where, place))
    # decoys: present and not identity numbers
    for dcy in rec["decoys"]:
        if dcy not in all_text:
            problems.append("%s: decoy %r not in package text" % (f, dcy))
        for c in CANDIDATE.findall(dcy):
            if is_identity_number(c):
                problems.append("%s: decoy %r looks like a valid identity number" % (f, dcy))
    # no unlisted identity numbers anywhere
    found = set()
    for c in CANDIDATE.findall(all_text):
        if is_identity_number(c):
            found.add(c)
    unlisted = found - set(rec["identity_numbers"])
    if unlisted:
        problems.append("%s: unlisted identity numbers %s" % (f, sorted(unlisted)))
    # pictures
    no_alt, ok = picture_counts(path)
    if (no_alt, ok) != (rec["images_without_alt"], rec["images_ok"]):
        problems.append("%s: pictures without alt/ok = %d/%d, labelled %d/%d"
                        % (f, no_alt, ok, rec["images_without_alt"], rec["images_ok"]))
    return problems


def digest_dir(d, files):
    return {fn: hashlib.sha256(open(os.path.join(d, fn), "rb").read()).hexdigest() for fn in files}


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    labels = build_all(outdir)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    problems = check_labels(labels)
    for rec in labels:
        problems += check_package(os.path.join(outdir, rec["file"]), rec)
    files = [r_["file"] for r_ in labels]
    with tempfile.TemporaryDirectory() as tmp:
        build_all(tmp)
        if digest_dir(tmp, files) != digest_dir(outdir, files):
            problems.append("output is not deterministic")

    counts = {"met": 0, "partial": 0, "missing": 0}
    for rec in labels:
        for v in rec["expected"].values():
            counts[v] += 1
    print("wrote %d plans to %s; labels: %s" % (len(labels), outdir, counts))
    if problems:
        print("SELF-CHECK FAILED:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
