"""responsible (BRIEF §6.2): who is responsible for the plan."""

from __future__ import annotations

from plans.checking.document import BlockKind
from plans.checking.rules.evidence import (
    Scored,
    best,
    content_units,
    part,
)
from plans.checking.rules.results import RuleResult
from plans.checking.rules.units import (
    Context,
    Unit,
    heading_score,
)
from plans.checking.rules.vocabulary import PLAN_REFERENCE
from plans.checking.spec import RequirementSpec
from plans.checking.text import Gated, normalise, split_sentences, text_of

FOR_THE_PLAN = Gated(
    r"(?:ansvar\w*|responsib\w*)\s+(?:\w+\s+){0,2}(?:för|för att|över|for)\s+(?:att\s+)?(?:\w+\s+){0,2}"
    r"(?:plan(?:en|s)?\b|denna plan|arbetet med planen|likabehandlingsarbete\w*|trygghetsarbete\w*|"
    r"arbetet mot kränk\w*|the plan|this plan)",
    ("ansvar", "responsib"),
)


# Who wrote the plan is not who answers for it: "Planen har tagits fram av trygghetsgruppen".
MADE_BY = Gated(
    r"\b(?:planen|plan|den)\s+(?:har\s+)?(?:tagits fram|upprättats|skrivits|utarbetats|arbetats fram)\s+av\b"
    r"|\b(?:plan|policy) (?:was|has been) (?:drawn up|written|prepared) by\b",
    (
        "tagits fram",
        "upprättats",
        "skrivits",
        "utarbetats",
        "arbetats fram",
        "drawn up",
        "written",
        "prepared",
    ),
)


def responsible(ctx: Context, req: RequirementSpec) -> RuleResult:
    """Met: a role is responsible *for the plan* (the owner column of a measure is another thing)."""
    roles, duty, groups = req.signal("roles"), req.signal("responsibility"), req.signal("groups")
    groups = (*groups, *COLLECTIVE)
    candidates: list[Scored] = []
    role_at: tuple[Unit, str] | None = None
    others_at: tuple[Unit, str] | None = None
    for unit in content_units(ctx):
        heading = heading_score(unit, req)
        if not heading and not FOR_THE_PLAN.possible(unit.text.normalised):
            made = (
                next((x for x in split_sentences(unit.text.raw) if MADE_BY.search(normalise(x))), None)
                if MADE_BY.possible(unit.text.normalised)
                else None
            )
            if made is not None:
                # BRIEF §6.2 partial: a group named with the plan, no role answering for it.
                candidates.append(Scored(1, "responsible.group_only", unit, made))
                others_at = others_at or (unit, made)
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
                for_plan = bool(FOR_THE_PLAN.search(text.normalised)) or (
                    heading > 0 and (text.any(duty) or text.any(PLAN_REFERENCE))
                )
                if for_plan and text.any(roles):
                    explicit = FOR_THE_PLAN.search(text.normalised) is not None
                    candidates.append(Scored(2, "responsible.met", unit, sentence, explicit=explicit))
                    role_at = role_at or (unit, sentence)
                elif (heading and (text.any(groups) or text.any(duty))) or (for_plan and text.any(groups)):
                    # BRIEF §6.2: a group without roles, or "all staff are responsible", is partial.
                    candidates.append(Scored(1, "responsible.group_only", unit, sentence))
                    others_at = others_at or (unit, sentence)
    for scored in candidates:
        scored.parts = [
            part("role_for_plan", *(role_at or (None, None))),
            part("others_responsible", *(others_at or (None, None))),
        ]
    return best("responsible", candidates, ctx, req)


PARTS = ("role_for_plan", "others_responsible")
# Responsibility said of everyone: "alla vuxna på skolan ansvarar för att planen följs".
COLLECTIVE = (
    "alla vuxna",
    "all personal",
    "hela personalen",
    "alla medarbetare",
    "alla som arbetar",
    "alla anställda",
    "all staff",
    "every member of staff",
    "all adults",
    "everyone who works",
)
