"""The blind batches (tests/blind/): plans written by helpers who read only BRIEF.md and headings.tsv.

Each part folder holds a generator (`make.py OUTDIR`) and `labels.json` written before the engine ran
on it. The plans are generated into var/blind/<batch>/<part>/ when missing (deterministic output),
so the repository carries the generators and labels, not the .docx files.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.scoring import Case

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "blind"
OUT = ROOT / "var" / "blind"
BATCHES = ("batch_g", "batch_h", "batch_i", "batch_j", "batch_k")


def parts(batch: str) -> list[Path]:
    return sorted(p for p in (BLIND / batch).iterdir() if (p / "labels.json").is_file())


def generated(part: Path) -> Path:
    out = OUT / part.parent.name / part.name
    labels = json.loads((part / "labels.json").read_text(encoding="utf-8"))
    if not all((out / item["file"]).is_file() for item in labels):
        out.mkdir(parents=True, exist_ok=True)
        # The project's own generator, run with this interpreter: no untrusted input.
        subprocess.run(  # noqa: S603
            [sys.executable, str(part / "make.py"), str(out)], check=True, capture_output=True
        )
    return out


def cases(batch: str) -> list[Case]:
    found: list[Case] = []
    for part in parts(batch):
        out = generated(part)
        found.extend(
            Case(
                name=f"{part.name}/{item['file'].removesuffix('.docx')}",
                data=(out / item["file"]).read_bytes(),
                school_year=item.get("school_year"),
                expected=dict(item["expected"]),
                identity_numbers=frozenset(item.get("identity_numbers", ())),
                guidance_keys=frozenset(item.get("guidance_keys", ()))
                | frozenset(item.get("not_done_keys", ())),
                images_without_alt=item.get("images_without_alt"),
            )
            for item in json.loads((part / "labels.json").read_text(encoding="utf-8"))
        )
    return found


def files(batch: str) -> list[Path]:
    """The generated .docx files of a batch, for benchmarks and `checkplan`."""
    return [
        generated(part) / item["file"]
        for part in parts(batch)
        for item in json.loads((part / "labels.json").read_text(encoding="utf-8"))
    ]
