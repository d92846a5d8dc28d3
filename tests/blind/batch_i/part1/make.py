#!/usr/bin/env python3
"""Generate blind-test plans i1_01 … i1_16 into OUTDIR and write labels.json next to this file.

usage: make.py OUTDIR
Deterministic: no randomness, fixed core-property and zip-entry dates.
"""
import json
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from lxml import etree  # noqa: E402
import docx  # noqa: E402

import plans_a  # noqa: E402
import plans_b  # noqa: E402
import plans_c  # noqa: E402
from wordkit import luhn_ok  # noqa: E402

KEYS = ["validity_period", "responsible", "student_involvement", "previous_year_evaluation", "survey",
        "promotive_work", "preventive_measures", "acute_routines", "discrimination_grounds",
        "minority_rights", "evaluation_plan", "guardian_involvement"]
CODE = {"m": "met", "p": "partial", "x": "missing"}
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

BUILDERS = [plans_a.plan01, plans_a.plan02, plans_a.plan03, plans_a.plan04, plans_a.plan05,
            plans_b.plan06, plans_b.plan07, plans_b.plan08, plans_b.plan09, plans_b.plan10,
            plans_b.plan11, plans_c.plan12, plans_c.plan13, plans_c.plan14, plans_c.plan15,
            plans_c.plan16]


def build(outdir):
    labels = []
    for b in BUILDERS:
        pl, meta = b()
        pl.save(outdir)
        exp = meta["expected"]
        assert len(exp) == 12, pl.file
        labels.append({
            "file": pl.file,
            "school_year": meta["school_year"],
            "language": meta.get("language", "sv"),
            "forms": meta["forms"],
            "shape": meta["shape"],
            "expected": {k: CODE[c] for k, c in zip(KEYS, exp)},
            "reasons": meta.get("reasons", {}),
            "guidance_keys": meta.get("guidance_keys", []),
            "not_done_keys": meta.get("not_done_keys", []),
            "identity_numbers": list(pl.pnrs.keys()),
            "identity_number_places": dict(pl.pnrs),
            "decoys": list(pl.decoys),
            "images_without_alt": meta.get("images_without_alt", 0),
            "images_ok": meta.get("images_ok", 0),
        })
    return labels


def part_text(z):
    """All text of all XML parts (w:t, w:delText, w:instrText), part by part."""
    out = {}
    for name in z.namelist():
        if name.endswith(".xml"):
            root = etree.fromstring(z.read(name))
            out[name] = "".join(root.itertext())
    return out


def self_check(outdir, labels):
    ok = True
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    for lab in labels:
        path = outdir / lab["file"]
        docx.Document(str(path))
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith(".xml") or name.endswith(".rels"):
                    data = z.read(name)
                    if b"<!DOCTYPE" in data:
                        print("DTD in", path.name, name)
                        ok = False
                    tree = etree.fromstring(data, parser)
                    assert tree is not None
            ct = etree.fromstring(z.read("[Content_Types].xml"))
            main = [o.get("ContentType") for o in ct if o.get("PartName") == "/word/document.xml"]
            if main != [MAIN_CT]:
                print("bad main content type", path.name, main)
                ok = False
            texts = part_text(z)
            alltext = "".join(texts.values())
            for s in lab["identity_numbers"]:
                digits = re.sub(r"\D", "", s)[-10:]
                if not luhn_ok(digits):
                    print("Luhn fails", path.name, s)
                    ok = False
                if s not in alltext:
                    print("identity number not found", path.name, s)
                    ok = False
            for s in lab["decoys"]:
                if s not in alltext:
                    print("decoy not found", path.name, s)
                    ok = False
            pics = 0
            for name in z.namelist():
                if name.startswith("word/") and name.endswith(".xml"):
                    root = etree.fromstring(z.read(name))
                    pics += len(root.findall(".//{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"))
            n_img = lab["images_without_alt"] + lab["images_ok"]
            if (pics == 0) != (n_img == 0):
                print("picture count mismatch", path.name, pics, n_img)
                ok = False
    return ok


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    outdir = Path(sys.argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    labels = build(outdir)
    (Path(__file__).parent / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for lab in labels:
        print(lab["file"])
    ok = self_check(outdir, labels)
    # distribution
    print("\nlabel distribution (met/partial/missing):")
    for k in KEYS:
        c = [lab["expected"][k] for lab in labels]
        print("  %-26s %2d %2d %2d" % (k, c.count("met"), c.count("partial"), c.count("missing")))
    print("self-check:", "OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
