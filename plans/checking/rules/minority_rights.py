"""minority_rights (BRIEF §6.10): the national minorities named, and what the unit does for their rights."""

from __future__ import annotations

from plans.checking.rules.evidence import (
    Scored,
    best,
    content_units,
    first_sentence,
    law_only,
    part,
)
from plans.checking.rules.results import PARTIAL, RuleResult
from plans.checking.rules.units import (
    Context,
    heading_score,
    sentences,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import Text, text_of

PARTS = ("named", "action")
LANGUAGES = ("samiska", "finska", "meänkieli", "romani", "jiddisch", "sami", "finnish", "yiddish")


def _names(text: Text, phrase: tuple[str, ...], groups: tuple[str, ...]) -> bool:
    return text.any(phrase) or text.count(groups) >= 2 or text.any(LANGUAGES)


def _near(said: list[str], phrase: tuple[str, ...], groups: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for index, sentence in enumerate(said):
        if _names(text_of(sentence), phrase, groups):
            out.extend(s for s in said[index : index + 3] if s not in out)
    return out


def _named_in_full(text: Text, phrase: tuple[str, ...], groups: tuple[str, ...]) -> bool:
    """BRIEF §6.10 met names the minorities: all five, or "de nationella minoriteterna" with their
    languages or some of them by name; one group's day, or the collective word alone, is in passing."""
    return text.count(groups) >= 4 or (text.any(phrase) and (text.any(LANGUAGES) or text.count(groups) >= 2))


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
        said = sentences(unit)
        naming = first_sentence(said, lambda t: _names(t, phrase, groups)) or said[0]
        own = heading_score(unit, req) > 0
        # What the unit does must be said of the minorities: in the sentence that names them or
        # the two after it, or anywhere under their own heading — not a promotive activity beside them.
        sentence = first_sentence(said if own else _near(said, phrase, groups), lambda t: t.any(actions))
        if sentence and _named_in_full(unit.text, phrase, groups):
            parts = [part("named", unit, naming), part("action", unit, sentence)]
            candidates.append(Scored(2, "minority_rights.met", unit, sentence, explicit=True, parts=parts))
        else:
            parts = [part("named", unit, naming)]
            candidates.append(
                Scored(1, "minority_rights.named_only", unit, naming, explicit=True, parts=parts)
            )
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
