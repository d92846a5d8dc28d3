"""Accuracy of the check engine on the generated corpus: per-requirement precision, recall, F1.

Run: .venv/bin/python bench/accuracy.py [--count N] [--seed S] [--show-errors]
Statuses are compared exactly (met/partial/missing); F1 per requirement is the macro average over
the three statuses, and macro-F1 the average over the requirements. Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plans.checking import TemplateSpec, check_document, read_document  # noqa: E402
from tests.corpus.build import KEYS, build_corpus  # noqa: E402

STATUSES = ("met", "partial", "missing")


def f1_scores(pairs: list[tuple[str, str]]) -> tuple[float, dict[str, tuple[float, float, float]]]:
    per_status: dict[str, tuple[float, float, float]] = {}
    for status in STATUSES:
        tp = sum(1 for want, got in pairs if want == status and got == status)
        fp = sum(1 for want, got in pairs if want != status and got == status)
        fn = sum(1 for want, got in pairs if want == status and got != status)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_status[status] = (precision, recall, f1)
    present = [s for s in STATUSES if any(want == s for want, _ in pairs)]
    return sum(per_status[s][2] for s in present) / max(len(present), 1), per_status


def evaluate(count: int, seed: int, show_errors: bool) -> float:
    spec = TemplateSpec.from_dict(
        json.loads((ROOT / "plans/data/default_template.json").read_text(encoding="utf-8"))
    )
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    errors: list[str] = []
    guidance_met = 0
    numbers_missed = numbers_false = 0
    for plan in build_corpus(count, seed):
        result = check_document(read_document(plan.data), spec, school_year=plan.school_year)
        got = {r.key: r for r in result.requirements}
        for key in KEYS:
            want = plan.expected[key]
            pairs[key].append((want, got[key].status))
            if want != got[key].status:
                where = " > ".join(got[key].evidence[0].heading_path)[-40:] if got[key].evidence else ""
                quote = got[key].evidence[0].quote[:60] if got[key].evidence else ""
                errors.append(
                    f"{plan.name:<28} {key:<24} want {want:<7} got {got[key].status:<7} "
                    f"{got[key].reason:<38} [{where}] {quote}"
                )
        found = {f.text for f in result.findings if f.code == "personal_identity_number"}
        numbers_missed += len(set(plan.identity_numbers) - found)
        numbers_false += len(found - set(plan.identity_numbers))
        guidance_met += sum(1 for key in KEYS if plan.expected[key] == "missing" and got[key].status == "met")
    print(f"corpus: {count} plans (seed {seed})\n")
    print(f"{'requirement':<26} {'F1':>6}   " + "   ".join(f"{s:<7} P     R" for s in STATUSES))
    scores = []
    for key in KEYS:
        f1, per = f1_scores(pairs[key])
        scores.append(f1)
        cells = "   ".join(f"{'':<7}{per[s][0]:.2f}  {per[s][1]:.2f}" for s in STATUSES)
        print(f"{key:<26} {f1:6.3f}   {cells}")
    macro = sum(scores) / len(scores)
    print(f"\nmacro-F1 over {len(KEYS)} requirements: {macro:.3f}")
    print(f"'met' where the plan has nothing (missing expected): {guidance_met}")
    print(f"identity numbers missed: {numbers_missed}, false alarms: {numbers_false}")
    if show_errors:
        print("\n" + "\n".join(errors))
    return macro


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=72)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    evaluate(args.count, args.seed, args.show_errors)


if __name__ == "__main__":
    main()
