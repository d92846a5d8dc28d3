"""minority_rights (BRIEF §6.10): the national minorities named, and what the unit does for their rights."""

from __future__ import annotations

from plans.checking.rules.evidence import (
    Scored,
    best,
    content_units,
    first_sentence,
    law_only,
)
from plans.checking.rules.results import PARTIAL, RuleResult
from plans.checking.rules.units import (
    Context,
    sentences,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import Text


def minority_rights(ctx: Context, req: RequirementSpec) -> RuleResult:
    groups, phrase, actions = (
        req.signal("minorities"),
        req.signal("national_minorities"),
        req.signal("actions"),
    )
    candidates: list[Scored] = []
    # The minorities are named in so many words, so a paragraph about them counts wherever it
    # stands (often inside the grounds or the promotive work).
    for unit in content_units(ctx):
        named = unit.text.any(phrase) or unit.text.count(groups) >= 3
        if not named:
            continue
        sentence = first_sentence(sentences(unit), lambda t: t.any(actions))
        if sentence:
            candidates.append(Scored(2, "minority_rights.met", unit, sentence, explicit=True))
        else:
            candidates.append(Scored(1, "minority_rights.named_only", unit))
    if not candidates:
        # BRIEF §6.10: mother-tongue tuition in general, or the minorities only in a law extract,
        # is a partial account.
        mother_tongue = req.signal("mother_tongue")
        for unit in content_units(ctx):
            sentence = first_sentence(sentences(unit), lambda t: t.any(mother_tongue))
            if sentence:
                candidates.append(Scored(1, "minority_rights.mother_tongue_only", unit, sentence))
                break
        else:
            law = law_only(ctx, lambda text: Text(text).any(phrase) or Text(text).count(groups) >= 3)
            if law is not None:
                return RuleResult("minority_rights", PARTIAL, "minority_rights.law_only", {}, law)
    return best("minority_rights", candidates, ctx, req)
