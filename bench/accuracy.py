"""Accuracy of the check engine on every labelled corpus and batch, in one metric (bench/scoring.py).

Run: .venv/bin/python bench/accuracy.py [--corpus NAME ...] [--show-errors]
Corpora: "own" (tests/corpus, generated from this project's content variants), "heldout-tune",
"heldout-fresh", "heldout-validate" (tests/heldout, written from the brief by this project),
"blind-g" … "blind-k" (each kept untouched for one change and scored once at its end, then spent;
a new untouched batch is added here and named in UNTOUCHED, so a habitual run cannot score it):
tests/blind, written by helpers who read only BRIEF.md and headings.tsv. Each prints precision and
recall per status and requirement, macro-F1, `met` given to guidance-only or "not done" sections,
identity numbers missed and falsely flagged, and pictures without alt text found and falsely
flagged. Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import blind  # noqa: E402
from bench.scoring import Case, score  # noqa: E402


def own(count: int = 72, seed: int = 2026) -> list[Case]:
    from tests.corpus.build import build_corpus

    return [
        Case(
            name=plan.name,
            data=plan.data,
            school_year=plan.school_year,
            expected=plan.expected,
            identity_numbers=frozenset(plan.identity_numbers),
            images_without_alt=int(plan.image_without_alt),
        )
        for plan in build_corpus(count, seed)
    ]


def heldout(part: str) -> list[Case]:
    from tests.heldout import plans_d, plans_e, plans_en, plans_f
    from tests.heldout.plans import build_heldout

    validate = {make().name for module in (plans_d, plans_en) for make in module.PLANS}
    fresh = {make().name for module in (plans_e, plans_f) for make in module.PLANS}

    def wanted(name: str) -> bool:
        if part == "validate":
            return name in validate
        if part == "fresh":
            return name in fresh
        return name not in validate and name not in fresh

    return [
        Case(
            name=plan.name,
            data=plan.data,
            school_year=plan.school_year,
            expected=plan.expected,
            identity_numbers=frozenset(plan.identity_numbers),
            guidance_keys=frozenset(plan.guidance_keys),
        )
        for plan in build_heldout()
        if wanted(plan.name)
    ]


CORPORA: dict[str, Callable[[], list[Case]]] = {
    "own": own,
    "heldout-tune": lambda: heldout("tune"),
    "heldout-fresh": lambda: heldout("fresh"),
    "heldout-validate": lambda: heldout("validate"),
    "blind-g": lambda: blind.cases("batch_g"),
    "blind-h": lambda: blind.cases("batch_h"),
    "blind-i": lambda: blind.cases("batch_i"),
    "blind-j": lambda: blind.cases("batch_j"),
    "blind-k": lambda: blind.cases("batch_k"),
}
UNTOUCHED = ""  # none: K was the last, scored at the end of engine-5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA))
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    summary = []
    # The untouched batch is scored only when asked for by name, so a habitual run cannot peek at it.
    for name in args.corpus or [c for c in CORPORA if c != UNTOUCHED]:
        result = score(name, CORPORA[name](), show_errors=args.show_errors)
        summary.append(result)
    print("\ncorpus               plans  macro-F1  guidance-met  numbers missed/false  images missed/false")
    for r in summary:
        images = (
            f"{r.images_expected - r.images_found}/{r.images_false}"
            if r.images_expected or r.images_false
            else "-"
        )
        print(
            f"{r.name:<20} {r.plans:>5}  {r.macro_f1:8.3f}  {r.guidance_met:>5} of {r.guidance_total:<4}"
            f"  {r.numbers_missed:>7}/{r.numbers_false:<12} {images}"
        )


if __name__ == "__main__":
    main()
