"""responsible (BRIEF §6.2): who is responsible for the plan."""

from __future__ import annotations

from plans.checking.document import BlockKind
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
from plans.checking.text import Gated, split_sentences, text_of

FOR_THE_PLAN = Gated(
    r"(?:ansvar\w*|responsib\w*)\s+(?:\w+\s+){0,2}(?:för|för att|över|for)\s+(?:att\s+)?(?:\w+\s+){0,2}"
    r"(?:plan(?:en|s)?\b|denna plan|arbetet med planen|likabehandlingsarbete\w*|trygghetsarbete\w*|"
    r"arbetet mot kränk\w*|the plan|this plan)",
    ("ansvar", "responsib"),
)


def responsible(ctx: Context, req: RequirementSpec) -> RuleResult:
    """Met: a role is responsible *for the plan* (the owner column of a measure is another thing)."""
    roles, duty, groups = req.signal("roles"), req.signal("responsibility"), req.signal("groups")
    candidates: list[Scored] = []
    for unit in content_units(ctx):
        heading = heading_score(unit, req)
        if not heading and not FOR_THE_PLAN.possible(unit.text.normalised):
            continue  # outside its own section, only "responsible for the plan" counts
        for block in unit.blocks:
            rows: list[str]
            if block.kind == BlockKind.TABLE:
                header = text_of(" ".join(block.rows[0]))
                if header.any(("åtgärd", "insats", "measure", "action", "aktivitet", "månad")):
                    continue
                rows = [" ".join(row) for row in block.rows]
            else:
                rows = split_sentences(block.text)
            for sentence in rows:
                text = text_of(sentence)
                for_plan = bool(FOR_THE_PLAN.search(text.normalised)) or (heading > 0 and text.any(duty))
                if for_plan and text.any(roles):
                    explicit = FOR_THE_PLAN.search(text.normalised) is not None
                    candidates.append(Scored(2, "responsible.met", unit, sentence, explicit=explicit))
                elif (heading and (text.any(groups) or text.any(duty))) or (for_plan and text.any(groups)):
                    candidates.append(Scored(1, "responsible.group_only", unit, sentence))
    return best("responsible", candidates, ctx, req)


# validity_period lives in periods.py (dates need their own parsing); it registers itself there.
