"""Engine speed per plan on the blind batches (tests/blind), against the floor and another checkout.

Floor: unzip word/document.xml, parse it with lxml, join its text (bench/engine.py's floor). Engine:
read_document + check_document against the shipped template, warm, one process, best of N rounds
over every plan of both batches. With --against DIR the same files are timed with the engine of
the checkout at DIR (for instance engine-3 from `git worktree add DIR 273023b`) in a child process,
so both engines are measured in the same run on the same machine.

With --instructions each engine is also run under valgrind's callgrind, once with the warm-up only
and once with one more pass over the files; the difference is the instructions one pass costs,
which, unlike seconds, does not move with whatever else the machine is doing.

Run: .venv/bin/python bench/engine_batches.py [--rounds N] [--against DIR] [--instructions].
Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import blind  # noqa: E402
from bench.engine import floor  # noqa: E402

TIMER = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from plans.checking import TemplateSpec, check_document, read_document
shipped = Path(sys.argv[1]) / "plans/data/default_template.json"
spec = TemplateSpec.from_dict(json.loads(shipped.read_text()))
files = [Path(p).read_bytes() for p in json.loads(sys.argv[2])]
rounds = int(sys.argv[3])
for data in files:
    check_document(read_document(data), spec, school_year="2025/26")
best = None
for _ in range(rounds):
    started = time.perf_counter()
    for data in files:
        check_document(read_document(data), spec, school_year="2025/26")
    took = time.perf_counter() - started
    best = took if best is None or took < best else best
print(best / len(files) * 1000 if best is not None else 0.0)
"""


def per_plan_ms(function: object, files: list[bytes], rounds: int) -> float:
    best = None
    for _ in range(rounds):
        started = time.perf_counter()
        for data in files:
            function(data)  # type: ignore[operator]
        took = time.perf_counter() - started
        best = took if best is None or took < best else best
    return (best or 0.0) / len(files) * 1000


def engine_at(checkout: Path, paths: list[Path], rounds: int) -> float:
    output = subprocess.run(  # noqa: S603 - our own interpreter on our own timer
        [sys.executable, "-c", TIMER, str(checkout), json.dumps([str(p) for p in paths]), str(rounds)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(output.strip().splitlines()[-1])


def instructions_at(checkout: Path, paths: list[Path]) -> float:
    """Instructions one warm pass of the engine at `checkout` costs, per plan (callgrind)."""
    totals = []
    for rounds in (0, 1):
        with tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch) / "callgrind.out"
            subprocess.run(  # noqa: S603 - valgrind (from PATH) on our own interpreter and timer
                [
                    shutil.which("valgrind") or "/usr/bin/valgrind",
                    "--tool=callgrind",
                    f"--callgrind-out-file={out}",
                    sys.executable,
                    "-c",
                    TIMER,
                    str(checkout),
                    json.dumps([str(p) for p in paths]),
                    str(rounds),
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            summary = next(line for line in out.read_text().splitlines() if line.startswith("summary:"))
            totals.append(int(summary.split()[1]))
    return (totals[1] - totals[0]) / len(paths)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--instructions", action="store_true", help="also count instructions (callgrind)")
    args = parser.parse_args()
    paths = [p for batch in blind.BATCHES for p in blind.files(batch)]
    files = [p.read_bytes() for p in paths]
    for data in files:
        floor(data)
    floor_ms = per_plan_ms(floor, files, args.rounds)
    ours = engine_at(ROOT, paths, args.rounds)
    print(f"blind batches: {len(files)} plans, best of {args.rounds} rounds, warm, one process")
    print(f"floor (unzip + lxml + text)   {floor_ms:7.2f} ms a plan")
    print(f"engine, this checkout         {ours:7.2f} ms a plan   {ours / floor_ms:5.1f}x the floor")
    if args.against:
        theirs = engine_at(args.against.resolve(), paths, args.rounds)
        print(f"engine, {args.against}  {theirs:7.2f} ms a plan   {theirs / floor_ms:5.1f}x the floor")
        print(f"this checkout / the other: {ours / theirs:.2f}")
    if args.instructions:
        mine = instructions_at(ROOT, paths)
        print(f"instructions a plan, this checkout   {mine / 1e6:8.2f} M")
        if args.against:
            other = instructions_at(args.against.resolve(), paths)
            print(f"instructions a plan, {args.against}  {other / 1e6:8.2f} M")
            print(f"this checkout / the other (instructions): {mine / other:.3f}")


if __name__ == "__main__":
    main()
