#!/usr/bin/env python
"""Generate batch g2 (16 plans) into OUTDIR:  make.py OUTDIR

Deterministic: no randomness, no network, fixed core-property dates and zip timestamps.
"""
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import docx  # noqa: E402
from lxml import etree  # noqa: E402

import plans_en  # noqa: E402
import plans_fsk  # noqa: E402
import plans_long  # noqa: E402
import plans_tpl  # noqa: E402
import plans_word  # noqa: E402

BUILDERS = [
    plans_tpl.plan01, plans_tpl.plan02, plans_tpl.plan03, plans_tpl.plan04,
    plans_long.plan05, plans_long.plan06, plans_long.plan07,
    plans_en.plan08, plans_en.plan09, plans_en.plan10, plans_en.plan11,
    plans_word.plan12, plans_word.plan13, plans_word.plan14,
    plans_fsk.plan15, plans_fsk.plan16,
]

MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def self_check(path):
    docx.Document(str(path))  # python-docx opens it
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                data = z.read(name)
                if b"<!DOCTYPE" in data:
                    raise AssertionError("%s: DTD in %s" % (path.name, name))
                etree.fromstring(data, parser)
        ct = etree.fromstring(z.read("[Content_Types].xml"), parser)
        ns = "{http://schemas.openxmlformats.org/package/2006/content-types}"
        main = [o.get("ContentType") for o in ct.iter(ns + "Override") if o.get("PartName") == "/word/document.xml"]
        if main != [MAIN_CT]:
            raise AssertionError("%s: main content type %r" % (path.name, main))
    return len(names)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    files = [b(out) for b in BUILDERS]
    print("Wrote %d plans to %s" % (len(files), out))
    for fn in files:
        n = self_check(out / fn)
        print("  ok  %-52s %3d parts  %6d bytes" % (fn, n, (out / fn).stat().st_size))
    print("Self-check passed.")


if __name__ == "__main__":
    main()
