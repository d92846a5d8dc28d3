"""Speed of the check engine against the floor of merely reading the text of a .docx.

Floor: unzip word/document.xml, parse it with lxml and extract its text. Engine: read_document
(one lxml walk, styles once) plus check_document against the shipped template. Times a 15-page and
a 300-page plan and a batch of 200 plans in one process; peak memory of the 300-page plan is
measured in a fresh child process (VmHWM, which includes lxml's C allocations).

Also prints, for scale, the cost of the least a structured reader does in Python (each paragraph's
style id and text as a tuple) against the same floor.

Run: .venv/bin/python bench/engine.py [--repeat N]. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402

from plans.checking import TemplateSpec, check_document, read_document  # noqa: E402
from plans.demo.documents import PlanSpec, Quality, build_plan  # noqa: E402

TEMPLATE = TemplateSpec.from_dict(
    json.loads((ROOT / "plans/data/default_template.json").read_text(encoding="utf-8"))
)
WORDS_PER_PAGE = 400
W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def floor(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return " ".join(node.text or "" for node in root.iter(W_T))


W_P = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
W_PPR = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pPr"
W_PSTYLE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pStyle"
W_VAL = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val"


def paragraph_walk(data: bytes) -> list[tuple[str | None, str]]:
    """The least any structured reader does in Python: each paragraph's style id and text."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    out = []
    for paragraph in root.iter(W_P):
        properties = paragraph.find(W_PPR)
        style = properties.find(W_PSTYLE) if properties is not None else None
        out.append((style.get(W_VAL) if style is not None else None, "".join(paragraph.itertext(W_T))))
    return out


def engine(data: bytes) -> object:
    return check_document(read_document(data), TEMPLATE, school_year="2025/26")


def plan_of_pages(pages: int, seed: int = 0) -> bytes:
    sections = 0
    while True:
        data = build_plan(
            PlanSpec("Benchskolan", "2025/26", ("grundskola",), extra_sections=sections, seed=seed)
        )
        if len(floor(data).split()) >= pages * WORDS_PER_PAGE:
            return data
        sections = (
            max(sections * 2, 4) if len(floor(data).split()) < pages * WORDS_PER_PAGE / 2 else sections + 8
        )


def median_ms(function: Callable[[bytes], object], data: bytes, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function(data)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def peak_mb(path: Path) -> float:
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from bench.engine import engine\n"
        f"engine(open({str(path)!r}, 'rb').read())\n"
        "print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])"
    )
    out = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return int(out.stdout.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    tmp = ROOT / "var" / "bench"
    tmp.mkdir(parents=True, exist_ok=True)
    for pages in (15, 300):
        data = plan_of_pages(pages)
        words = len(floor(data).split())
        f, e = median_ms(floor, data, args.repeat), median_ms(engine, data, args.repeat)
        w = median_ms(paragraph_walk, data, args.repeat)
        path = tmp / f"plan-{pages}.docx"
        path.write_bytes(data)
        print(
            f"{pages:>3}-page plan ({words} words, {len(data) / 1e3:.0f} kB): floor {f:7.1f} ms, "
            f"engine {e:7.1f} ms, ratio {e / f:4.2f}x, peak RSS {peak_mb(path):6.1f} MB; "
            f"paragraph walk alone {w / f:4.2f}x"
        )
    batch = [
        build_plan(PlanSpec(f"Skola {i}", "2025/26", ("grundskola",), quality=list(Quality)[i % 3], seed=i))
        for i in range(200)
    ]
    start = time.perf_counter()
    for data in batch:
        floor(data)
    floor_s = time.perf_counter() - start
    start = time.perf_counter()
    for data in batch:
        engine(data)
    engine_s = time.perf_counter() - start
    print(
        f"batch of 200 plans: floor {floor_s:5.2f} s, engine {engine_s:5.2f} s, "
        f"ratio {engine_s / floor_s:4.2f}x, {engine_s / 200 * 1000:.1f} ms per plan"
    )


if __name__ == "__main__":
    main()
