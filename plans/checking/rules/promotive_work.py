"""promotive_work (BRIEF §6.6): concrete work for everyone, not caused by an identified problem."""

from __future__ import annotations

from plans.checking.rules.evidence import (
    Scored,
    best,
    content_units,
    first_sentence,
    part,
)
from plans.checking.rules.grounds import grounds_in
from plans.checking.rules.results import RuleResult
from plans.checking.rules.units import (
    Context,
    Unit,
    heading_score,
    sentences,
    subtree_units,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import Text

PARTS = ("activities", "value_base_or_grounds")


def _anothers(ctx: Context, unit: Unit, req: RequirementSpec) -> bool:
    """A sub-section headed by another requirement's own heading; DO-style field headings ("Insats",
    "Ansvarig") under "Främjande insatser" only loosely match the measures' and stay promotive."""
    return any(heading_score(unit, r) >= 2 for r in ctx.requirements if r.key != req.key)


def promotive_work(ctx: Context, req: RequirementSpec) -> RuleResult:
    markers, activities, slogans = req.signal("promotive"), req.signal("activities"), req.signal("slogans")
    candidates: list[Scored] = []
    for unit in ctx.units:
        heading = heading_score(unit, req)
        if unit.definitions or not (unit.blocks or heading):
            continue  # a heading with only sub-sections counts through them
        if ctx.foreign(unit, req):
            continue  # measures tied to risks are preventive; that section belongs to them
        # Under its own heading the activities may sit in sub-sections (DO-style "Insats" fields),
        # but not in those that belong to another requirement ("6.2 Förebyggande åtgärder").
        below = (
            [u for u in subtree_units(ctx, unit) if u is unit or not _anothers(ctx, u, req)]
            if heading
            else [unit]
        )
        pool = [s for u in below for s in sentences(u)]
        text = Text("\n".join(b.text for u in below for b in u.blocks))
        if not text.raw.strip():
            continue  # only guidance or nothing under the heading: empty_reason says so
        found = text.found(activities)
        if not heading and not text.any(markers) and len(found) < 3:
            continue
        words = len(text.tokens)
        if len(found) >= 2 and words >= 20:
            quoted = first_sentence(pool, lambda t: t.any(activities))
            linked = first_sentence(pool, lambda t: t.any(markers) or bool(grounds_in(t)))
            parts = [part("activities", unit, quoted), part("value_base_or_grounds", unit, linked)]
            candidates.append(Scored(2, "promotive_work.met", unit, quoted or "", parts=parts))
        elif heading or (found and text.any(markers)):
            reason = (
                "promotive_work.slogans_only" if text.any(slogans) or not found else "promotive_work.thin"
            )
            parts = [part("activities", None, None)]
            candidates.append(Scored(1, reason, unit, parts=parts))
    if not candidates:
        # BRIEF §6.6: slogans and a vision only ("alla ska känna sig trygga", "nolltolerans",
        # trivselregler) touch the promotive work without describing it: partial.
        for unit in content_units(ctx):
            if unit.definitions or (ctx.foreign(unit, req) and ctx.owner(unit)[0] >= 2):
                continue
            said = first_sentence(sentences(unit), lambda t: t.any(slogans))
            if said:
                candidates.append(
                    Scored(
                        1, "promotive_work.slogans_only", unit, said, parts=[part("activities", None, None)]
                    )
                )
                break
    return best("promotive_work", candidates, ctx, req)
