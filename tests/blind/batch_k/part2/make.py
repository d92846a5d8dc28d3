"""Generate the batch_k/part2 blind plans (k2_01 … k2_16) and labels.json.

Usage:  /work/main/.venv/bin/python make.py OUTDIR

Writes k2_01.docx … k2_16.docx into OUTDIR, rewrites labels.json next to this
file and self-checks every package (python-docx opens it, every XML part
parses, identity numbers and decoys occur where the labels say, no unlisted
identity-like number occurs, picture counts match, output is deterministic).
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import docx  # noqa: E402
from lxml import etree  # noqa: E402

import plans_a  # noqa: E402
import plans_b  # noqa: E402
from k2lib import KEYS, find_identity_like, package_texts  # noqa: E402

PLAN_FUNCS = plans_a.PLANS + plans_b.PLANS
PLACES = {"body", "header", "footer", "footnote", "endnote", "comment", "text_box",
          "tracked_deletion", "table"}
FIELDS = ["file", "school_year", "language", "forms", "shape", "expected", "reasons",
          "guidance_keys", "not_done_keys", "identity_numbers", "identity_number_places",
          "decoys", "images_without_alt", "images_ok"]

NS = {
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "adec": "http://schemas.microsoft.com/office/drawing/2017/decorative",
}


def build_all():
    out = []
    for i, fn in enumerate(PLAN_FUNCS, start=1):
        name = "k2_%02d.docx" % i
        assert fn.__name__ == name[:-5], (fn.__name__, name)
        plan, lab = fn()
        data = plan.to_bytes()
        out.append((name, data, {"file": name, **lab}))
    return out


def picture_counts(data: bytes):
    z = zipfile.ZipFile(io.BytesIO(data))
    by_embed: dict[tuple[str, str], bool] = {}
    for name in z.namelist():
        if not (name.startswith("word/") and name.endswith(".xml")):
            continue
        root = etree.fromstring(z.read(name))
        for holder in root.xpath("//wp:inline | //wp:anchor", namespaces=NS):
            blips = holder.xpath(".//a:blip/@r:embed", namespaces=NS)
            if not blips:
                continue
            docpr = holder.xpath("./wp:docPr", namespaces=NS)[0]
            has_alt = bool((docpr.get("descr") or "").strip() or (docpr.get("title") or "").strip())
            deco = bool(docpr.xpath(".//adec:decorative[@val='1' or @val='true']", namespaces=NS))
            key = (name, blips[0])
            by_embed[key] = by_embed.get(key, False) or has_alt or deco
    without = sum(1 for ok in by_embed.values() if not ok)
    ok = sum(1 for ok in by_embed.values() if ok)
    return without, ok


def check(name: str, data: bytes, lab: dict, outdir: str) -> list[str]:
    errs = []
    # label structure
    if list(lab) != FIELDS:
        errs.append("label fields %s" % list(lab))
    if set(lab["expected"]) != set(KEYS):
        errs.append("expected keys")
    for k in list(lab["reasons"]) + lab["guidance_keys"] + lab["not_done_keys"]:
        if k not in KEYS:
            errs.append("unknown key %s" % k)
    for k, v in lab["expected"].items():
        if v != "met" and k not in lab["reasons"]:
            errs.append("no reason for non-met key %s" % k)
    for k in lab["guidance_keys"] + lab["not_done_keys"]:
        if lab["expected"][k] == "met":
            errs.append("%s is guidance/not-done but met" % k)
    if set(lab["identity_numbers"]) != set(lab["identity_number_places"]):
        errs.append("identity number lists differ")
    for n, place in lab["identity_number_places"].items():
        if place not in PLACES:
            errs.append("bad place %s" % place)

    # python-docx opens it
    try:
        docx.Document(os.path.join(outdir, name))
    except Exception as e:  # pragma: no cover
        errs.append("python-docx cannot open: %r" % e)
    # every XML part parses
    z = zipfile.ZipFile(io.BytesIO(data))
    for part in z.namelist():
        if part.endswith(".xml") or part.endswith(".rels"):
            try:
                etree.fromstring(z.read(part))
            except etree.XMLSyntaxError as e:
                errs.append("%s does not parse: %s" % (part, e))

    texts = list(package_texts(data))
    alltext = "\n".join(t for _, _, t in texts)
    # identity numbers occur, in the labelled place, and are valid
    for n, place in lab["identity_number_places"].items():
        places = {pl for _, pl, t in texts if n in t}
        if not places:
            errs.append("identity number %s not in package" % n)
        elif place not in places:
            errs.append("identity number %s found in %s, label says %s" % (n, places, place))
        if n not in find_identity_like(alltext):
            errs.append("identity number %s fails date/Luhn check" % n)
    # no unlisted identity-like strings
    for found in set(find_identity_like(alltext)):
        if found not in lab["identity_numbers"]:
            errs.append("unlisted identity-like string %r" % found)
    # decoys occur and are not identity numbers
    for d in lab["decoys"]:
        if d not in alltext:
            errs.append("decoy %r not in package" % d)
        if find_identity_like(d):
            errs.append("decoy %r looks like an identity number" % d)
    # pictures
    without, ok = picture_counts(data)
    if (without, ok) != (lab["images_without_alt"], lab["images_ok"]):
        errs.append("pictures without/ok = %d/%d, label %d/%d"
                    % (without, ok, lab["images_without_alt"], lab["images_ok"]))
    return errs


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    built = build_all()
    labels = []
    for name, data, lab in built:
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
        labels.append(lab)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")

    errors = 0
    for name, data, lab in built:
        errs = check(name, data, lab, outdir)
        for e in errs:
            print("ERROR %s: %s" % (name, e))
        errors += len(errs)
    # determinism: a second build must give identical bytes
    again = build_all()
    for (n1, d1, l1), (n2, d2, l2) in zip(built, again):
        if hashlib.sha256(d1).digest() != hashlib.sha256(d2).digest() or l1 != l2:
            print("ERROR %s: output not deterministic" % n1)
            errors += 1

    counts = {"met": 0, "partial": 0, "missing": 0}
    for lab in labels:
        for v in lab["expected"].values():
            counts[v] += 1
    print("wrote %d plans to %s; labels: %s" % (len(built), outdir, counts))
    if errors:
        print("%d self-check error(s)" % errors)
        return 1
    print("self-check ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
