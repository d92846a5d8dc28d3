#!/usr/bin/env python3
"""Generate the h2 batch of plans: make.py OUTDIR"""
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from lxml import etree  # noqa: E402
import docx  # noqa: E402

import plans_a  # noqa: E402
import plans_b  # noqa: E402
import plans_long  # noqa: E402
import plans_c  # noqa: E402

PLANS = [
    ("h2_01_bjorkangsskolan-mall-delvis.docx", plans_a.plan01),
    ("h2_02_ronnbacksskolan-bara-vagledning.docx", plans_a.plan02),
    ("h2_03_solglantan-forskola-mall.docx", plans_a.plan03),
    ("h2_04_kvarngymnasiet-mall.docx", plans_a.plan04),
    ("h2_05_sodra-lunden-delaktighet-forankring.docx", plans_a.plan05),
    ("h2_06_tallbackaskolan-framjande-forebyggande.docx", plans_a.plan06),
    ("h2_07_kvarnbyskolan-uppfoljning-utvardering.docx", plans_b.plan07),
    ("h2_08_lillans-skola-en-sida.docx", plans_b.plan08),
    ("h2_09_angsbacka-trygghetsplan-2026.docx", plans_b.plan09),
    ("h2_10_hedenskolan-kortversion.docx", plans_b.plan10),
    ("h2_11_norrbergsskolan-lang.docx", plans_long.plan11),
    ("h2_12_sjovikskolan-lang-metoder.docx", plans_long.plan12),
    ("h2_13_vallby-tva-sektioner.docx", plans_c.plan13),
    ("h2_14_alvsunda-gymnasium-toc-fotnoter.docx", plans_c.plan14),
    ("h2_15_granby-kommentarer.docx", plans_c.plan15),
    ("h2_16_strandvagen-sparade-andringar.docx", plans_c.plan16),
]

MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def self_check(path):
    docx.Document(str(path))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            data = z.read(name)
            if name.endswith(".xml") or name.endswith(".rels"):
                if b"<!DOCTYPE" in data:
                    raise AssertionError("%s: DTD in %s" % (path.name, name))
                etree.fromstring(data, parser)
        ct = etree.fromstring(z.read("[Content_Types].xml"), parser)
        mains = [o for o in ct if o.get("PartName") == "/word/document.xml"]
        assert mains and mains[0].get("ContentType") == MAIN_CT, path.name


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make.py OUTDIR")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, fn in PLANS:
        fn(str(out / name))
    for name, _ in PLANS:
        self_check(out / name)
        print("ok", name)
    print("%d plans written to %s" % (len(PLANS), out))


if __name__ == "__main__":
    main()
