"""Generate blind test plans j1_01 … j1_16 and their labels.

Usage:  /work/main/.venv/bin/python make.py OUTDIR

Writes OUTDIR/j1_NN.docx and rewrites labels.json next to this file, then
self-checks every package (python-docx opens it, every XML part parses, listed
identity numbers and decoys occur in the package text at the labelled place,
no unlisted valid-looking identity number exists, picture alt-text counts match).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the folder clean
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
from lxml import etree  # noqa: E402

from common import KEYS  # noqa: E402
import plans_a  # noqa: E402
import plans_b  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PIC_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture"
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DECOR_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"

FIELD_ORDER = ["file", "school_year", "language", "forms", "shape", "expected", "reasons", "guidance_keys",
               "not_done_keys", "identity_numbers", "identity_number_places", "decoys", "images_without_alt",
               "images_ok"]
PLACES = {"body", "header", "footer", "footnote", "endnote", "comment", "text_box", "tracked_deletion", "table"}


# ---------------------------------------------------------------------------
# identity-number validation
# ---------------------------------------------------------------------------
def _luhn_ok(ten: str) -> bool:
    s = 0
    for i, ch in enumerate(ten[:9]):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10 == int(ten[9])


def looks_like_identity(raw: str) -> bool:
    digits = re.sub(r"[-+ ]", "", raw)
    if len(digits) == 12:
        if digits[:2] not in ("18", "19", "20"):
            return False
        full_year = int(digits[:4])
        digits10 = digits[2:]
    elif len(digits) == 10:
        full_year = None
        digits10 = digits
    else:
        return False
    yy, mm, dd = int(digits10[:2]), int(digits10[2:4]), int(digits10[4:6])
    if dd > 60:
        dd -= 60
    years = [full_year] if full_year else [1900 + yy, 2000 + yy, 1800 + yy]
    ok_date = False
    for y in years:
        try:
            dt.date(y, mm, dd)
            ok_date = True
        except ValueError:
            pass
    return ok_date and _luhn_ok(digits10)


CAND = re.compile(r"(?<![\d])(?:\d{8}|\d{6})[-+ ]?\d{4}(?![\d])")


# ---------------------------------------------------------------------------
# package inspection
# ---------------------------------------------------------------------------
def _nearest(el, tag):
    p = el.getparent()
    while p is not None and p.tag != tag:
        p = p.getparent()
    return p


def _has_ancestor(el, tag):
    return _nearest(el, tag) is not None


def package_texts(path: Path):
    """Return list of (place, text) for every paragraph-like text unit in the package."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            data = z.read(name)
            if name.endswith(".xml") or name.endswith(".rels"):
                root = etree.fromstring(data)  # raises if malformed
            else:
                continue
            if not name.startswith("word/") or name.endswith(".rels"):
                continue
            base = name.split("/")[-1]
            if base.startswith("header"):
                part_place = "header"
            elif base.startswith("footer"):
                part_place = "footer"
            elif base == "footnotes.xml":
                part_place = "footnote"
            elif base == "endnotes.xml":
                part_place = "endnote"
            elif base == "comments.xml":
                part_place = "comment"
            elif base == "document.xml":
                part_place = "body"
            elif name.startswith("word/charts/"):
                txt = " ".join(t.text or "" for t in root.iter(C + "v", A + "t"))
                out.append(("chart", txt))
                continue
            else:
                continue
            for p in root.iter(W + "p"):
                own_t, own_del = [], []
                for t in p.iter(W + "t", W + "delText"):
                    if _nearest(t, W + "p") is not p:
                        continue
                    (own_del if t.tag == W + "delText" else own_t).append(t.text or "")
                full = "".join(own_t + own_del) if not own_del else None
                if part_place == "body":
                    if _has_ancestor(p, W + "txbxContent"):
                        place = "text_box"
                    elif _has_ancestor(p, W + "tbl"):
                        place = "table"
                    else:
                        place = "body"
                else:
                    place = part_place
                # live text and deleted text are reported separately
                out.append((place, "".join(own_t)))
                if own_del:
                    out.append(("tracked_deletion", "".join(own_del)))
                _ = full
    return out


def picture_alt_counts(path: Path):
    """(without_alt, ok) over distinct picture/chart relationships, text boxes excluded."""
    seen = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not (name.startswith("word/") and name.endswith(".xml")) or "/" in name[5:]:
                continue
            root = etree.fromstring(z.read(name))
            for holder in list(root.iter(WP + "inline")) + list(root.iter(WP + "anchor")):
                gd = holder.find(f"{A}graphic/{A}graphicData")
                if gd is None or gd.get("uri") not in (PIC_URI, CHART_URI):
                    continue
                if gd.get("uri") == PIC_URI:
                    blip = next(gd.iter(A + "blip"))
                    rid = blip.get(R + "embed")
                else:
                    rid = next(gd.iter(C + "chart")).get(R + "id")
                docpr = holder.find(WP + "docPr")
                has_alt = bool((docpr.get("descr") or "").strip() or (docpr.get("title") or "").strip())
                decorative = any(e.get("uri") == DECOR_URI for e in docpr.iter(A + "ext"))
                key = (name, rid)
                seen[key] = seen.get(key, False) or has_alt or decorative
    without = sum(1 for v in seen.values() if not v)
    return without, len(seen) - without


def self_check(path: Path, m: dict) -> list[str]:
    errs = []
    # python-docx must open it and walk it
    d = docx.Document(str(path))
    n = sum(1 for _ in d.paragraphs) + sum(1 for _ in d.tables)
    for s in d.sections:
        _ = [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    if n == 0:
        errs.append("no content")
    units = package_texts(path)  # parses every XML part
    alltext = "\n".join(t for _, t in units)
    for num in m["identity_numbers"]:
        if not looks_like_identity(num):
            errs.append(f"identity number {num} is not structurally valid")
        places = {pl for pl, t in units if num in t}
        if not places:
            errs.append(f"identity number {num} not found")
        want = m["identity_number_places"].get(num)
        if want not in PLACES:
            errs.append(f"bad place {want} for {num}")
        elif want not in places:
            errs.append(f"identity number {num} expected in {want}, found in {sorted(places)}")
    if set(m["identity_number_places"]) != set(m["identity_numbers"]):
        errs.append("identity_number_places keys differ from identity_numbers")
    for dec in m["decoys"]:
        if dec not in alltext:
            errs.append(f"decoy {dec!r} not found")
        if dec in m["identity_numbers"]:
            errs.append(f"decoy {dec!r} also listed as identity number")
    allowed = set(m["identity_numbers"]) | set(m["decoys"])
    for _, t in units:
        for mt in CAND.finditer(t):
            s = mt.group(0)
            if looks_like_identity(s) and s not in allowed:
                errs.append(f"unlisted identity-like string {s!r} in: {t[:80]!r}")
    w, ok = picture_alt_counts(path)
    if (w, ok) != (m["images_without_alt"], m["images_ok"]):
        errs.append(f"picture counts {(w, ok)} != labels {(m['images_without_alt'], m['images_ok'])}")
    exp = m["expected"]
    if sorted(exp) != sorted(KEYS):
        errs.append("expected keys wrong")
    for k in list(m["guidance_keys"]) + list(m["not_done_keys"]) + list(m["reasons"]):
        if k not in KEYS:
            errs.append(f"unknown key {k}")
    for k in m["guidance_keys"]:
        if exp[k] == "met":
            errs.append(f"guidance-only key {k} labelled met")
    for k in m["not_done_keys"]:
        if exp[k] == "met":
            errs.append(f"not-done key {k} labelled met")
    return errs


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    problems = []
    for k, fn in enumerate(plans_a.PLANS + plans_b.PLANS, start=1):
        name = f"j1_{k:02d}"
        assert fn.__name__ == name, (fn.__name__, name)
        d, m = fn()
        path = out / f"{name}.docx"
        d.save(path)
        errs = self_check(path, m)
        problems += [f"{name}: {e}" for e in errs]
        rec = {"file": f"{name}.docx"}
        rec.update(m)
        labels.append({f: rec[f] for f in FIELD_ORDER})
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    counts = {"met": 0, "partial": 0, "missing": 0}
    for rec in labels:
        for v in rec["expected"].values():
            counts[v] += 1
    print(f"wrote {len(labels)} plans to {out}; label counts {counts}")
    if problems:
        print("SELF-CHECK FAILED:")
        for p in problems:
            print("  " + p)
        return 1
    print("self-check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
