"""discrimination_grounds (BRIEF §6.9): the seven grounds in their current legal wording."""

from __future__ import annotations

from collections.abc import Sequence

from plans.checking.rules.evidence import (
    content_units,
    empty_reason,
    evidence,
    law_only,
)
from plans.checking.rules.grounds import GROUND_PATTERNS, OUTDATED_DISABILITY, grounds_in
from plans.checking.rules.results import MET, MISSING, PARTIAL, Part, RuleResult
from plans.checking.rules.units import (
    Context,
    Unit,
    heading_score,
    subtree_units,
)
from plans.checking.spec import RequirementSpec


def _grounds_of(units: Sequence[Unit]) -> list[str]:
    """The grounds named across these sections (each section's text is searched once)."""
    found: set[str] = set()
    for unit in units:
        if unit.grounds_cache is None:
            # A ground may be a sub-heading ("7.1 Kön") with its measures below it.
            unit.grounds_cache = grounds_in(f"{unit.heading}\n{unit.text.raw}" if unit.heading else unit.text)
        found.update(unit.grounds_cache)
    return [name for name in GROUND_PATTERNS if name in found]


def discrimination_grounds(ctx: Context, req: RequirementSpec) -> RuleResult:
    best_unit: Unit | None = None
    best_found: list[str] = []
    units = content_units(ctx, with_definitions=True)
    for unit in units:
        found = _grounds_of(subtree_units(ctx, unit) if heading_score(unit, req) else [unit])
        if len(found) > len(best_found):
            best_unit, best_found = unit, found
    everywhere = _grounds_of(units)
    if best_unit is not None and OUTDATED_DISABILITY.search(best_unit.text.normalised):
        # BRIEF §6.9: a list that says "funktionshinder" names six current grounds, whatever a
        # passing "funktionsvariation" elsewhere says.
        everywhere = [g for g in everywhere if g != "disability" or g in best_found]
    if len(everywhere) > len(best_found):
        best_found = everywhere
    if len(best_found) < 4:
        law = law_only(ctx, lambda text: len(grounds_in(text)) >= 4)
        if law is not None:
            return RuleResult("discrimination_grounds", PARTIAL, "discrimination_grounds.law_only", {}, law)
    if best_unit is None or len(best_found) < 4:
        return (
            empty_reason(ctx, req, "discrimination_grounds")
            if not best_found
            else RuleResult(
                "discrimination_grounds",
                MISSING,
                "discrimination_grounds.too_few",
                {"found": len(best_found)},
            )
        )
    outdated = bool(OUTDATED_DISABILITY.search(best_unit.text.normalised)) and "disability" not in best_found
    params: dict[str, str | int] = {
        "found": len(best_found),
        "missing": ", ".join(n for n in GROUND_PATTERNS if n not in best_found),
    }
    shown = evidence(best_unit)
    parts = tuple(Part(name, name in best_found, shown[0] if name in best_found else None) for name in PARTS)
    if len(best_found) == 7:
        return RuleResult("discrimination_grounds", MET, "discrimination_grounds.met", params, shown, parts)
    reason = "discrimination_grounds.outdated" if outdated else "discrimination_grounds.some_missing"
    return RuleResult("discrimination_grounds", PARTIAL, reason, params, shown, parts)


PARTS = tuple(GROUND_PATTERNS)  # the seven grounds, in the law's order
