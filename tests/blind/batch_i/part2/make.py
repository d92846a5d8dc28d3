#!/usr/bin/env python
"""Generate the i2 blind-test plans: `make.py OUTDIR`.

Writes i2_01 … i2_16 .docx into OUTDIR, rewrites labels.json next to this script, and runs a
self-check (python-docx opens each file, every XML part parses, main content type present, and every
listed identity number / decoy string really occurs in the package text).
"""
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from lxml import etree  # noqa: E402

import wordkit  # noqa: E402
import plans_en  # noqa: E402
import plans_fsk  # noqa: E402
import plans_79  # noqa: E402
import plans_rev  # noqa: E402
import plans_struct  # noqa: E402

BUILDERS = [
    plans_en.plan01, plans_en.plan02, plans_en.plan03,
    plans_fsk.plan04, plans_fsk.plan05, plans_fsk.plan06,
    plans_79.plan07, plans_79.plan08, plans_79.plan09,
    plans_rev.plan10, plans_rev.plan11,
    plans_struct.plan12, plans_struct.plan13,
    plans_struct.plan14, plans_struct.plan15, plans_struct.plan16,
]


def package_text(path):
    """All w:t / w:delText / w:instrText text of every XML part, joined per paragraph."""
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if not n.endswith(".xml"):
                continue
            root = etree.fromstring(z.read(n))
            for para in root.iter("{%s}p" % wordkit.NSW):
                out.append("".join(t.text or "" for t in para.iter()
                                   if etree.QName(t).localname in ("t", "delText")))
    return "\n".join(out)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    outdir = Path(sys.argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    labels = [b(outdir) for b in BUILDERS]
    (Path(__file__).parent / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    paths = [outdir / lab["file"] for lab in labels]
    problems = wordkit.selfcheck(paths)
    for lab, path in zip(labels, paths):
        text = package_text(path)
        for s in lab["identity_numbers"] + lab["decoys"]:
            if s not in text:
                problems.append(f"{path.name}: string {s!r} not found in package text")
    for p in paths:
        print(p.name, p.stat().st_size)
    if problems:
        print("SELF-CHECK FAILED:")
        for pr in problems:
            print("  ", pr)
        sys.exit(1)
    print(f"self-check OK: {len(paths)} files")


if __name__ == "__main__":
    main()
