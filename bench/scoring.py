"""Score the check engine against labelled plans: the one metric every corpus and batch is reported in.

A Case is a plan with the statuses written for it from BRIEF §6 (never from the engine), the
personal identity numbers it holds as written, the keys whose section holds only guidance or only
"not done", and how many pictures lack alternative text (None when the corpus does not say).
Statuses are compared exactly; F1 per requirement is the macro average over the statuses present in
the labels, macro-F1 the average over the requirements. Prints; asserts nothing.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from plans.agreement import STATUSES, f1_scores
from plans.checking import DEFAULT_KEYS, TemplateSpec, check_document, read_document

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    school_year: str | None
    expected: dict[str, str]
    identity_numbers: frozenset[str] = frozenset()
    guidance_keys: frozenset[str] = frozenset()  # only guidance, only "not done" or only a TOC line
    images_without_alt: int | None = None


@dataclass
class Score:
    name: str
    plans: int = 0
    macro_f1: float = 0.0
    agreement: float = 0.0
    per_key: dict[str, float] = field(default_factory=dict)
    guidance_met: int = 0
    guidance_total: int = 0
    numbers_expected: int = 0
    numbers_missed: int = 0
    numbers_false: int = 0
    images_expected: int = 0
    images_found: int = 0
    images_false: int = 0
    engine_ms: float = 0.0
    errors: list[str] = field(default_factory=list)


def shipped_template() -> TemplateSpec:
    return TemplateSpec.from_dict(
        json.loads((ROOT / "plans/data/default_template.json").read_text(encoding="utf-8"))
    )


def score(name: str, cases: Iterable[Case], *, show: bool = True, show_errors: bool = False) -> Score:
    spec = shipped_template()
    keys = DEFAULT_KEYS
    result = Score(name)
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for case in cases:
        result.plans += 1
        started = time.perf_counter()
        checked = check_document(read_document(case.data), spec, school_year=case.school_year)
        result.engine_ms += (time.perf_counter() - started) * 1000
        got = {r.key: r for r in checked.requirements}
        for key in keys:
            want, status = case.expected[key], got[key].status
            pairs[key].append((want, status))
            if key in case.guidance_keys:
                result.guidance_total += 1
                result.guidance_met += status == "met"
            if want != status:
                ev = got[key].evidence
                where = " > ".join(ev[0].heading_path)[-40:] if ev else ""
                quote = ev[0].quote[:70].replace("\n", " ") if ev else ""
                result.errors.append(
                    f"{case.name[:34]:<34} {key:<24} want {want:<7} got {status:<7} "
                    f"{got[key].reason:<38} [{where}] {quote}"
                )
        found = {f.text for f in checked.findings if f.code == "personal_identity_number"}
        result.numbers_expected += len(case.identity_numbers)
        missed, false = case.identity_numbers - found, found - case.identity_numbers
        result.numbers_missed += len(missed)
        result.numbers_false += len(false)
        result.errors += [f"{case.name[:34]:<34} identity number missed: {n}" for n in sorted(missed)]
        result.errors += [f"{case.name[:34]:<34} identity number false alarm: {n}" for n in sorted(false)]
        if case.images_without_alt is not None:
            images = sum(1 for f in checked.findings if f.code == "image_without_alt_text")
            result.images_expected += case.images_without_alt
            result.images_found += min(images, case.images_without_alt)
            result.images_false += max(0, images - case.images_without_alt)
            if images != case.images_without_alt:
                result.errors.append(
                    f"{case.name[:34]:<34} images without alt text: "
                    f"want {case.images_without_alt} got {images}"
                )
    for key in keys:
        result.per_key[key], _per = f1_scores(pairs[key])
    result.macro_f1 = sum(result.per_key.values()) / len(keys)
    total = sum(len(pairs[key]) for key in keys)
    result.agreement = sum(w == g for key in keys for w, g in pairs[key]) / max(total, 1)
    if show:
        _print(result, pairs, show_errors)
    return result


def _print(result: Score, pairs: dict[str, list[tuple[str, str]]], show_errors: bool) -> None:
    print(f"\n== {result.name}: {result.plans} plans")
    print(f"{'requirement':<26} {'F1':>6}   " + "   ".join(f"{s:<7} P     R" for s in STATUSES))
    for key, f1 in result.per_key.items():
        _f1, per = f1_scores(pairs[key])
        cells = "   ".join(f"{'':<7}{per[s][0]:.2f}  {per[s][1]:.2f}" for s in STATUSES)
        print(f"{key:<26} {f1:6.3f}   {cells}")
    print(f"macro-F1 {result.macro_f1:.3f}   exact agreement {result.agreement:.1%}")
    print(f"'met' for guidance-only / not-done sections: {result.guidance_met} of {result.guidance_total}")
    print(
        f"identity numbers: {result.numbers_expected} expected, {result.numbers_missed} missed, "
        f"{result.numbers_false} false alarms"
    )
    if result.images_expected or result.images_false:
        print(
            f"images without alt text: {result.images_expected} expected, "
            f"{result.images_found} found, {result.images_false} false alarms"
        )
    if show_errors and result.errors:
        print("\n".join(result.errors))
