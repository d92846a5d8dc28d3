"""acute_routines (BRIEF §6.8): the steps when staff learn of degrading treatment."""

from __future__ import annotations

from plans.checking.document import BlockKind
from plans.checking.rules.evidence import (
    Scored,
    best,
    content_units,
    evidence,
    part,
)
from plans.checking.rules.results import PARTIAL, Part, RuleResult
from plans.checking.rules.units import (
    Context,
    Unit,
    heading_score,
    sentences,
    subtree_sentences,
    subtree_text,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import text_of

PARTS = ("act", "report_to_principal", "report_to_district", "investigate", "document")


def _first_with(pool: list[str], signals: tuple[str, ...]) -> str | None:
    return next((sentence for sentence in pool if text_of(sentence).any(signals)), None)


def acute_routines(ctx: Context, req: RequirementSpec) -> RuleResult:
    steps = {
        name: req.signal(name)
        for name in ("report_to_principal", "report_to_district", "investigate", "act", "document")
    }
    candidates: list[Scored] = []
    units = content_units(ctx)
    for unit in units:
        text = subtree_text(ctx, unit) if heading_score(unit, req) else unit.text
        found = [name for name, signals in steps.items() if text.any(signals)]
        if ctx.foreign(unit, req) and (len(found) < 3 or ctx.owner(unit)[0] >= 2):
            continue  # duties listed under responsibilities are not the routine itself
        if heading_score(unit, req):
            if not found:
                continue
        elif len(found) < 3 and not ("report_to_principal" in found and len(found) >= 2):
            continue  # two loose words elsewhere ("anmälan … åtgärdat" in a survey) are no routine
        missing = [name for name in steps if name not in found]

        def parts(unit: Unit = unit) -> list[Part]:
            pool = subtree_sentences(ctx, unit) if heading_score(unit, req) else sentences(unit)
            return [part(name, unit, _first_with(pool, signals)) for name, signals in steps.items()]

        if not missing:
            candidates.append(Scored(2, "acute_routines.met", unit, make_parts=parts))
        else:
            candidates.append(
                Scored(
                    1,
                    "acute_routines.steps_missing",
                    unit,
                    "",
                    {"missing": ", ".join(missing)},
                    make_parts=parts,
                )
            )
    if not candidates:
        images = [
            u
            for u in ctx.units
            if any(b.kind == BlockKind.IMAGE for b in u.blocks)
            and (heading_score(u, req) or u.text.any(ROUTINE_PICTURE))
        ]
        if images:
            return RuleResult("acute_routines", PARTIAL, "acute_routines.image_only", {}, evidence(images[0]))
    return best("acute_routines", candidates, ctx, req)


ROUTINE_PICTURE = ("flödesschema", "flödesbild", "schema", "flowchart", "bild")
