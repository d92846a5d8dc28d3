"""Accuracy of the check engine on the HELD-OUT corpus (tests/heldout), written independently of the rules.

Run: .venv/bin/python bench/heldout.py [--show-errors] [--part all|tune|fresh|validate]
"tune" (plans_a-c) is the part the rules may be improved against; "fresh" (plans_e, plans_f) is the
batch written later in other styles, scored once before any rule change and then used for tuning too;
"validate" (plans_d, plans_en) is kept unseen and measured only at the end.
Same metric as bench/accuracy.py (imported): statuses compared exactly, F1 per requirement is the macro
average over the statuses present, macro-F1 the average over the twelve requirements. Also counts `met`
given to sections that hold only template guidance, and identity numbers missed / falsely flagged.
Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plans.agreement import STATUSES, f1_scores  # noqa: E402
from plans.checking import TemplateSpec, check_document, read_document  # noqa: E402
from tests.heldout import plans_d, plans_e, plans_en, plans_f  # noqa: E402
from tests.heldout.plans import KEYS, build_heldout  # noqa: E402


def _names(*modules: object) -> set[str]:
    return {make().name for module in modules for make in module.PLANS}  # type: ignore[attr-defined]


def evaluate(show_errors: bool, part: str = "all") -> float:
    spec = TemplateSpec.from_dict(
        json.loads((ROOT / "plans/data/default_template.json").read_text(encoding="utf-8"))
    )
    plans = build_heldout()
    # The rules may be improved looking at the "tune" part only; "validate" stays unseen until then.
    validation = _names(plans_d, plans_en)
    fresh = _names(plans_e, plans_f)
    if part == "tune":
        plans = [p for p in plans if p.name not in validation and p.name not in fresh]
    elif part == "fresh":
        plans = [p for p in plans if p.name in fresh]
    elif part == "validate":
        plans = [p for p in plans if p.name in validation]
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    errors: list[str] = []
    guidance_total = guidance_met = 0
    missing_got_met = 0
    numbers_expected = numbers_missed = numbers_false = 0
    number_errors: list[str] = []
    for plan in plans:
        result = check_document(read_document(plan.data), spec, school_year=plan.school_year)
        got = {r.key: r for r in result.requirements}
        for key in KEYS:
            want = plan.expected[key]
            status = got[key].status
            pairs[key].append((want, status))
            if want == "missing" and status == "met":
                missing_got_met += 1
            if key in plan.guidance_keys:
                guidance_total += 1
                guidance_met += status == "met"
            if want != status:
                ev = got[key].evidence
                where = " > ".join(ev[0].heading_path)[-40:] if ev else ""
                quote = ev[0].quote[:60].replace("\n", " ") if ev else ""
                errors.append(
                    f"{plan.name:<32} {key:<24} want {want:<7} got {status:<7} "
                    f"{got[key].reason:<38} [{where}] {quote}"
                )
        found = {f.text for f in result.findings if f.code == "personal_identity_number"}
        expected_numbers = set(plan.identity_numbers)
        numbers_expected += len(expected_numbers)
        missed = expected_numbers - found
        false = found - expected_numbers
        numbers_missed += len(missed)
        numbers_false += len(false)
        number_errors += [f"{plan.name:<32} identity number missed: {n}" for n in sorted(missed)]
        number_errors += [f"{plan.name:<32} identity number false alarm: {n}" for n in sorted(false)]

    print(f"held-out corpus: {len(plans)} plans\n")
    print(f"{'requirement':<26} {'F1':>6}   " + "   ".join(f"{s:<7} P     R" for s in STATUSES))
    scores = []
    for key in KEYS:
        f1, per = f1_scores(pairs[key])
        scores.append(f1)
        cells = "   ".join(f"{'':<7}{per[s][0]:.2f}  {per[s][1]:.2f}" for s in STATUSES)
        print(f"{key:<26} {f1:6.3f}   {cells}")
    macro = sum(scores) / len(scores)
    agree = sum(want == got for key in KEYS for want, got in pairs[key])
    total = sum(len(pairs[key]) for key in KEYS)
    print(f"\nmacro-F1 over {len(KEYS)} requirements: {macro:.3f}")
    print(f"exact agreement: {agree}/{total} ({agree / total:.1%})")
    print(f"'met' for sections that are only template guidance: {guidance_met} of {guidance_total}")
    print(f"'met' where the plan has nothing (missing expected): {missing_got_met}")
    print(
        f"identity numbers: {numbers_expected} expected, {numbers_missed} missed, "
        f"{numbers_false} false alarms"
    )
    if show_errors:
        print("\n" + "\n".join(errors + number_errors))
    return macro


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--part", choices=("all", "tune", "fresh", "validate"), default="all")
    args = parser.parse_args()
    evaluate(args.show_errors, args.part)


if __name__ == "__main__":
    main()
