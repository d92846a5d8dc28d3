"""A district's own requirement: its signals in a section, better under one of its headings."""

from __future__ import annotations

from plans.checking.rules.evidence import (
    Scored,
    best,
    content_units,
)
from plans.checking.rules.results import RuleResult
from plans.checking.rules.units import (
    Context,
    heading_score,
)
from plans.checking.spec import RequirementSpec


def generic_rule(ctx: Context, req: RequirementSpec) -> RuleResult:
    """A district's own requirement: its signals in a section, better under one of its headings."""
    signals = tuple(s for group in req.signals.values() for s in group)
    candidates: list[Scored] = []
    for unit in content_units(ctx):
        found = unit.text.count(signals)
        heading = heading_score(unit, req)
        if found >= 2 or (heading and found):
            candidates.append(Scored(2, "generic.met", unit))
        elif heading or found:
            candidates.append(Scored(1, "generic.weak", unit))
    return best(req.key, candidates, ctx, req)
