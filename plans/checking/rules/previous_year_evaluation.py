"""previous_year_evaluation (BRIEF §6.4): last year's measures told one by one, with their effect."""

from __future__ import annotations

import re

from plans.checking.document import BlockKind
from plans.checking.rules.evidence import (
    Scored,
    best,
    part,
)
from plans.checking.rules.results import RuleResult
from plans.checking.rules.units import (
    Context,
    Unit,
    heading_score,
    sentences,
    subtree_text,
    subtree_units,
)
from plans.checking.rules.vocabulary import (
    DONE_WORDS,
    LAST_YEAR,
    LAST_YEAR_QUESTIONS,
    PAST_FORM,
    RESULT_LABEL,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import Text, split_sentences, text_of

PARTS = ("measure_by_measure", "effect")
INLINE_ITEM = re.compile(r"(?:^|\s+)(?=\(?\d{1,2}\)\s)")
LAST_YEARS_PLAN = (
    "förra årets plan",
    "fjolårets plan",
    "föregående års plan",
    "förra planen",
    "föregående plan",
    "förra årets åtgärder",
    "fjolårets åtgärder",
    "föregående års åtgärder",
    "förra årets insatser",
    "planerade åtgärder",
    "som planerades",
    "were planned",
    "last year's plan",
    "previous plan",
    "last year's measures",
    "last year's actions",
    "planned measures",
)


def previous_year_evaluation(ctx: Context, req: RequirementSpec) -> RuleResult:
    past, last_year, effect = req.signal("past_tense"), req.signal("last_year"), req.signal("effect")
    generic = req.signal("generic")
    previous_label = _previous_label(ctx.school_year)
    candidates: list[Scored] = []
    # A heading whose account stands in its sub-sections ("Utvärdering" › "Åtgärd 1: …", "Så gick
    # det med förra planen" › tables per area) counts too.
    looking_back = (*LAST_YEAR, *LAST_YEAR_QUESTIONS, *last_year)
    for unit in ctx.units:
        if unit.definitions:
            continue
        heading = heading_score(unit, req)
        own = bool(heading) or (bool(unit.heading) and text_of(unit.heading).any(looking_back))
        if not (unit.blocks or own):
            continue
        if not unit.blocks and not subtree_text(ctx, unit).raw.strip():
            continue
        text = subtree_text(ctx, unit) if own else unit.text
        about_last_year = (
            own
            or text.any(last_year)
            or (previous_label and (previous_label in unit.text.raw or previous_label in unit.heading))
        )
        if not about_last_year:
            continue
        scope = subtree_units(ctx, unit) if own else [unit]
        outcome_items, told, example = _outcomes(scope, past, effect, own=own)
        tables = [b for u in scope for b in u.blocks if b.kind == BlockKind.TABLE]
        table_outcomes = any(text_of(" ".join(t.rows[0])).any(effect) and len(t.rows) > 1 for t in tables)
        # Every measure told, done or not, and what came of it for some of them (BRIEF §6.4).
        if outcome_items >= 2 or (outcome_items >= 1 and told >= 3) or table_outcomes:
            # Last year named and outcomes given: the account, whatever heading it stands under.
            # Outside its own section the account must be of last year's plan or measures, not a
            # survey's comparison with last year's figures.
            headed = bool(
                text_of(unit.heading).any(LAST_YEAR)
                or text_of(unit.heading).any(LAST_YEAR_QUESTIONS)
                or (previous_label and previous_label in unit.heading)
            )
            of_the_plan = headed or unit.text.any(LAST_YEARS_PLAN)
            if not own and not of_the_plan:
                continue  # "under förra läsåret genomförde vi en trygghetsvandring" is no account
            # In another requirement's section (the students' part going through last year's plan),
            # what is told there is evidence, not the account itself.
            explicit = headed or (
                not ctx.foreign(unit, req) and bool(previous_label and previous_label in unit.text.raw)
            )
            shown = example or (tables[0].text if tables else "")
            parts = [
                part("measure_by_measure", unit, shown, told=max(outcome_items, 2)),
                part("effect", unit, shown),
            ]
            if SOME_ONLY.search(text.normalised):
                # BRIEF §6.4: "only some measures" — "två av dem har utvärderats", "… har inte följts upp".
                reason = "previous_year_evaluation.some_measures"
                candidates.append(Scored(1, reason, unit, example, explicit=True, parts=parts))
                continue
            candidates.append(
                Scored(2, "previous_year_evaluation.met", unit, example, explicit=explicit, parts=parts)
            )
        elif (
            outcome_items == 1
            or text.any(generic)
            or ((heading or text.any(DONE_WORDS)) and _past(text, past))
        ):
            general = example or next(iter(sentences(unit)), "")
            parts = [part("measure_by_measure", None, None), part("effect", unit, example or None)]
            candidates.append(Scored(1, "previous_year_evaluation.general_only", unit, general, parts=parts))
    return best("previous_year_evaluation", candidates, ctx, req)


def _outcomes(
    scope: list[Unit], past: tuple[str, ...], effect: tuple[str, ...], *, own: bool = False
) -> tuple[int, int, str]:
    """Measures of last year told with their effect (BRIEF §6.4): a sentence in the past tense that
    says what changed; or a list item or table row that does so across its sentences ("X infördes
    i oktober. Konflikterna minskade."). "Genomfört" alone says done, not what it led to. In the
    account's own section each paragraph is one measure told across its sentences. Returns the
    measures told with an effect, the measures told at all (done or not), and an example."""
    count, labelled, told, example = 0, 0, 0, ""
    for unit in scope:
        for block in unit.blocks:
            if block.kind == BlockKind.IMAGE:
                continue
            if block.kind == BlockKind.TABLE:
                items = [" ".join(row) for row in block.rows[1:]]
            else:
                # "1) Rastvärd … genomfördes …; 2) Lekar …": measures numbered inside one paragraph.
                items = [item for item in INLINE_ITEM.split(block.text) if item.strip()]
            for item in items:
                said = [s for s in split_sentences(item) if s.strip()]
                hits = [s for s in said if _past(text_of(s), past) and _effect(text_of(s), effect)]
                whole = text_of(item)
                # One measure told across its sentences: a list item, a table row, or a paragraph
                # that names its measure first ("Rastvärdar: infördes … Konflikterna …") or labels
                # its result ("Genomförande: … Resultat: …").
                across = (
                    own
                    or block.kind != BlockKind.PARAGRAPH
                    or RESULT_LABEL.search(whole.normalised) is not None
                    or MEASURE_LABEL.match(whole.normalised) is not None
                )
                if not hits and across and _past(whole, past) and _effect(whole, effect):
                    hits = [item]
                if not hits and MEASURE_LABEL.match(whole.normalised) and _past(whole, past):
                    labelled += 1  # "Vuxen i omklädningsrum: genomförd ht, ej vt …"
                count += len(hits)
                told += bool(hits) or (len(item.split()) >= 4 and _past(whole, past))
                example = example or (hits[0] if hits else "")
    # Measure by measure with effects for some: the others, named and told, belong to the account.
    return count + (labelled if count else 0), told, example


MEASURE_LABEL = re.compile(r"^[^:.;]{3,70}:\s")
# The account says it covers only some of last year's measures.
SOME_ONLY = re.compile(
    r"\b(?:en|ett|två|tre|fyra|fem|\d+) av (?:dem|de \w+|förra årets \w+ åtgärder)\b[^.]{0,80}?"
    r"\bhar (?:utvärderats|följts upp)"
    r"|\bav (?:förra årets|fjolårets|de) \w+ åtgärder(?:na)? har\b[^.]{0,100}?\b(?:utvärderats|följts upp)"
    r"|\bhar (?:ännu )?inte (?:följts upp|utvärderats|hunnit följas upp|hunnit utvärderas)"
    r"|\b(?:only|just) (?:one|two|three|some) of (?:them|the \w+ measures|last year's)"
)
_NUMBER = (
    r"(?:\d+(?:[.,]\d+)?\s?(?:%|procent|percent)?|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)"
)
# A change in figures is an effect: "från 14 till 8 procent", "from 18% to 9%".
CHANGE = re.compile(
    rf"\b(?:från|from)\s+{_NUMBER}\b(?:\s+\S+){{0,4}}?\s+(?:till|to)\s+{_NUMBER}"
    rf"|\d\s?(?:%|procent|percent)[^.;]{{0,80}}\b(?:mot|jämfört med|compared with|than)\s+{_NUMBER}"
    # "1 elev otrygg vid gungorna mot 6 elever året innan"
    r"|\b\d+\s[^.;\d]{0,60}\b(?:mot|jämfört med|compared with|against)\s+\d+\b"
)


def _effect(text: Text, effect: tuple[str, ...]) -> bool:
    return text.any(effect) or CHANGE.search(text.normalised) is not None


def _past(text: Text, past: tuple[str, ...]) -> bool:
    return text.any(past) or PAST_FORM.search(text.normalised) is not None


def _previous_label(label: str | None) -> str | None:
    if not label or not re.match(r"^\d{4}/\d{2}$", label):
        return None
    start = int(label[:4]) - 1
    return f"{start}/{str(start + 1)[2:]}"
