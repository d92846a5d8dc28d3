"""guardian_involvement (BRIEF §6.12): guardians informed, and able to take part and influence."""

from __future__ import annotations

from plans.checking.rules.evidence import (
    Scored,
    best,
    content_units,
    first_sentence,
)
from plans.checking.rules.results import RuleResult
from plans.checking.rules.units import (
    Context,
    heading_score,
    sentences,
)
from plans.checking.rules.vocabulary import (
    GUARDIAN_PLAN_CONTEXT,
    PLAN_REFERENCE,
    PUBLISHED,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import text_of


def guardian_involvement(ctx: Context, req: RequirementSpec) -> RuleResult:
    guardians, influence, info = req.signal("guardians"), req.signal("influence"), req.signal("information")
    candidates: list[Scored] = []
    published = None
    for unit in content_units(ctx):
        if ctx.foreign(unit, req) and not text_of(unit.heading).any(guardians):
            continue  # "guardians are informed" in an incident routine is not involvement in the plan
        heading = heading_score(unit, req) > 0
        if published is None:
            # BRIEF §6.12: "planen finns på hemsidan" is information to the homes, said or not.
            published = first_sentence(
                sentences(unit), lambda t: t.any(PLAN_REFERENCE) and t.any(PUBLISHED) and t.any(info)
            )
            if published:
                candidates.append(Scored(1, "guardian_involvement.information_only", unit, published))
        for sentence in sentences(unit):
            text = text_of(sentence)
            # Guardians informed about an incident are not involved in the plan.
            heading = heading_score(unit, req) == 2 or text_of(unit.heading).any(guardians)
            if not (heading or (text.any(guardians) and text.any(GUARDIAN_PLAN_CONTEXT))):
                continue
            if not heading and not text.any(guardians):
                continue
            if text.any(influence):
                # Under a heading that names the guardians, the section is about them.
                named = text_of(unit.heading).any(guardians)
                candidates.append(Scored(2, "guardian_involvement.met", unit, sentence, explicit=named))
                break
            if text.any(info):
                candidates.append(Scored(1, "guardian_involvement.information_only", unit, sentence))
    return best("guardian_involvement", candidates, ctx, req)
