"""Upload validation and outline speed: how long the safe package check and the outline take.

Run: .venv/bin/python bench/upload.py [--sections N] [--repeat R]
Prints figures; asserts nothing. Compares with the floor of merely unzipping every member.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from plans.checking import open_package, read_outline
from plans.demo.documents import PlanSpec, build_plan


def unzip_floor(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            archive.read(info)


def timed(label: str, function: Callable[[bytes], object], data: bytes, repeat: int) -> None:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function(data)
        samples.append((time.perf_counter() - start) * 1000)
    tracemalloc.start()
    function(data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{label:<28} median {statistics.median(samples):8.1f} ms   "
        f"p95 {sorted(samples)[int(len(samples) * 0.95) - 1]:8.1f} ms   peak {peak / 1e6:6.1f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sections", type=int, nargs="*", default=[0, 200, 1000])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    for sections in args.sections:
        data = build_plan(PlanSpec("Benchskolan", "2025/26", ("grundskola",), extra_sections=sections))
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
        size = f"{len(data) / 1e3:.0f} kB, {inflated / 1e6:.1f} MB inflated"
        print(f"\nplan with {sections} extra sections: {size}")
        timed("unzip floor", unzip_floor, data, args.repeat)
        timed("open_package (validation)", open_package, data, args.repeat)
        timed("read_outline", read_outline, data, args.repeat)


if __name__ == "__main__":
    main()
