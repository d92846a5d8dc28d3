"""survey (BRIEF §6.5): named sources and what they showed."""

from __future__ import annotations

import re

from plans.checking.rules.evidence import (
    Scored,
    best,
    content_units,
)
from plans.checking.rules.results import RuleResult
from plans.checking.rules.units import (
    Context,
    heading_score,
    sentences,
    subtree_sentences,
    subtree_text,
)
from plans.checking.rules.vocabulary import (
    YEAR,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import text_of


def survey(ctx: Context, req: RequirementSpec) -> RuleResult:
    sources, results, exclude = req.signal("sources"), req.signal("results"), req.signal("not_this")
    future, weak, survey_words = req.signal("future"), req.signal("weak_sources"), req.signal("survey_words")
    candidates: list[Scored] = []
    for unit in content_units(ctx):
        if ctx.foreign(unit, req):
            continue  # measures tables and evaluation plans mention surveys; they do not report one
        # Under its own heading the survey may sit in sub-sections; elsewhere only the section counts.
        own = heading_score(unit, req) > 0
        subtree = subtree_text(ctx, unit) if own else unit.text
        # Talks in class councils are a source only where the text is about surveying.
        surveying = own or subtree.any(survey_words)
        named = subtree.found(sources) + (subtree.found(weak) if surveying else [])
        if not named or (subtree.any(exclude) and not heading_score(unit, req)):
            continue
        result_sentence = None
        scope = subtree_sentences(ctx, unit) if own else sentences(unit)
        for sentence in scope:
            text = text_of(sentence)
            has_figure = bool(
                re.search(r"\d+\s?%|\d+\s+av\s+\d+|\d+ of \d+|\d+ procent|\d+ percent", sentence)
            )
            # "… för att ta reda på var barnen kan känna sig otrygga" says what a method is for.
            purpose = PURPOSE.search(text.normalised) is not None
            if (has_figure or text.any(results)) and not ((text.any(future) or purpose) and not has_figure):
                result_sentence = sentence
                break
        dated = [result_sentence or ""] + [sentence for sentence in scope if text_of(sentence).any(sources)]
        if result_sentence and _survey_is_old(ctx, " ".join(dated)):
            # BRIEF §6.5: the survey behind this year's plan is last spring's or this autumn's, not
            # one from years ago.
            candidates.append(Scored(1, "survey.outdated", unit, result_sentence))
        elif result_sentence:
            candidates.append(Scored(2, "survey.met", unit, result_sentence))
        else:
            candidates.append(Scored(1, "survey.no_results", unit, "", {"sources": ", ".join(named[:4])}))
    return best("survey", candidates, ctx, req)


PURPOSE = re.compile(
    r"\bför att (?:ta reda på|undersöka|kartlägga|se|få veta)|\bto find out\b|\bin order to\b"
)


def _survey_is_old(ctx: Context, sentence: str) -> bool:
    """The survey and its result name only years two or more before the school year starts."""
    if not ctx.school_year or not ctx.school_year[:4].isdigit():
        return False
    years = [int(y) for y in YEAR.findall(sentence)]
    return bool(years) and max(years) <= int(ctx.school_year[:4]) - 2
