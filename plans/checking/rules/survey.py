"""survey (BRIEF §6.5): named sources and what they showed."""

from __future__ import annotations

import re

from plans.checking.rules.dates import MONTH, MONTH_NUMBERS
from plans.checking.rules.evidence import (
    Scored,
    best,
    content_units,
    part,
)
from plans.checking.rules.results import Part, RuleResult
from plans.checking.rules.units import (
    Context,
    Unit,
    heading_score,
    sentences,
    subtree_sentences,
    subtree_text,
)
from plans.checking.rules.vocabulary import (
    YEAR,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import Text, normalise, text_of


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
        if not named and own:
            # "Det här såg vi" under its own heading, the method told before it (the children's
            # section: "vi gick runt med barnen, husmodellen"): the plan's sources are its sources.
            named = _sources_elsewhere(ctx, sources)
        if not named or (subtree.any(exclude) and not heading_score(unit, req)):
            continue
        scope = subtree_sentences(ctx, unit) if own else sentences(unit)
        result_sentence = next((s for s in scope if _states_finding(text_of(s), results, future)), None)
        if result_sentence is None and own:
            # What the survey showed may follow under its own heading ("Det här såg vi").
            after = _following(ctx, unit)
            if after is not None:
                result_sentence = next(
                    (s for s in sentences(after) if _states_finding(text_of(s), results, future)), None
                )

        def parts(
            unit: Unit = unit,
            scope: list[str] = scope,
            found: str | None = result_sentence,
            named: list[str] = named,
        ) -> list[Part]:
            said = next((s for s in scope if text_of(s).any(sources) or text_of(s).any(weak)), None)
            return [part("sources", unit, said or ", ".join(named[:4])), part("results", unit, found)]

        dated = [result_sentence or ""] + [sentence for sentence in scope if text_of(sentence).any(sources)]
        if result_sentence and _survey_is_old(ctx, " ".join(dated)):
            # BRIEF §6.5: the survey behind this year's plan is last spring's or this autumn's, not
            # one from years ago.
            candidates.append(Scored(1, "survey.outdated", unit, result_sentence, make_parts=parts))
        elif result_sentence:
            candidates.append(Scored(2, "survey.met", unit, result_sentence, make_parts=parts))
        else:
            params: dict[str, str | int] = {"sources": ", ".join(named[:4])}
            candidates.append(
                Scored(1, "survey.no_results", unit, "", params, make_parts=parts, quote_part=True)
            )
    return best("survey", candidates, ctx, req)


PARTS = ("sources", "results")
FIGURE = re.compile(r"\d+\s?%|\d+\s+av\s+\d+|\d+ of \d+|\d+ procent|\d+ percent|\d+ out of \d+")
# How a survey was done, not what it showed: "markerade var de känner sig otrygga", "asked where
# they feel unsafe", "fick rita platser", "frågade om …" (BRIEF §6.5: sources without results).
METHOD = re.compile(
    r"\b(?:var|vilka|vilken|vilket|om|hur|när)\s+(?:de|eleverna|barnen|man|hen|vi|det|platser|ställen)\b"
    r"|\bwhere (?:they|students|children|pupils|the)\b|\bwhether\b|\bhow (?:safe|they|students|children)\b"
    r"|\bmarker\w*|\bfick (?:rita|svara|markera|berätta|fylla)|\bfrågade\b|\basked\b|\bmarked\b|\bmapped\b"
    r"|\bsvara(?:t|de|r)? på (?:frågor|enkät\w*)|\banswer(?:ed)? questions"
    # What the survey is made of: "Vi använder trygghetsenkäten, elevernas kartor över otrygga platser".
    r"|\bvi (?:använder|har använt|använde)\b|\bbygger på\b|\bunderlaget? (?:är|består)|\bkällor(?:na)?\b"
    r"|\bwe (?:use|used|have used)\b|\bis based on\b|\bsources\b"
)
# A finding said in so many words, even beside a method: "visade att", "framkom att", "showed that".
FINDING_THAT = re.compile(
    r"\b(?:visade|visar|framkom|framgår|framkommer|kom fram|såg vi|ser vi|vi såg|vi ser|pekade ut)\b"
    r"[^.]{0,12}\b(?:att|på|i|vid)\b"
    # Told: "svarade att", "berättade att" (not "svarade på frågor", which is the method).
    r"|\b(?:uppgav|uppger|svarade|svarar|beskriver|beskrev|berättade|berättar|säger|sa)\b[^.]{0,12}\batt\b"
    r"|\b(?:showed|shows|found|revealed|indicated|pointed out|told us|said) that\b"
)


def _sources_elsewhere(ctx: Context, sources: tuple[str, ...]) -> list[str]:
    if "survey_sources" not in ctx.memo:
        ctx.memo["survey_sources"] = next(
            (f for u in ctx.units if u.blocks and (f := u.text.found(sources))), []
        )
    return list(ctx.memo["survey_sources"])


def _following(ctx: Context, unit: Unit) -> Unit | None:
    """The section right after this one's subtree, when its heading belongs to no other requirement."""
    end = unit.section.subtree_end
    after = next((u for u in ctx.units if u.section.start == end and not u.row), None)
    if after is None or not after.blocks:
        return None
    _score, owners = ctx.owner(after)
    return after if not owners or "survey" in owners else None


def _states_finding(text: Text, results: tuple[str, ...], future: tuple[str, ...]) -> bool:
    """A sentence that says what the survey showed: a figure, or places, groups or feelings told as
    what was found — not a method ("markerade var de känner sig otrygga"), a purpose or a plan."""
    figure = FIGURE.search(text.raw) is not None
    if figure:
        return True
    finding = (
        FINDING_THAT.search(text.normalised) is not None or ANALYSIS_SAYS.search(text.normalised) is not None
    )
    results = tuple(r for r in results if r not in ANALYSIS_WORDS)
    if not text.any(results) and not finding:
        return False  # "trygghetsteamet har analyserat underlaget" says an analysis was made, not what
    if text.any(future) or PURPOSE.search(text.normalised):
        return False  # "… för att ta reda på var barnen kan känna sig otrygga" says what a method is for
    if METHOD.search(text.normalised):
        return finding
    return True


# Analysis words are a result when they say what the analysis found, not that one was made.
ANALYSIS_WORDS = frozenset({"analys", "analysis", "orsak", "cause"})
ANALYSIS_SAYS = re.compile(
    r"\b(?:analys\w*|orsak\w*|analysis|cause)\s+(?:\w+\s+){0,3}?"
    r"(?:är att|visar|pekar på|tyder på|beror på|is that"
    r"|shows|suggests|points to|till (?:det|detta)|är (?:att|troligen|sannolikt))"
)


PURPOSE = re.compile(
    r"\bför att (?:ta reda på|undersöka|kartlägga|se|få veta)|\bto find out\b|\bin order to\b"
)


MONTH_YEAR = re.compile(rf"\b{MONTH}\s+(20\d{{2}})\b")
# BRIEF §6.5: results from a survey older than about 18 months, counted to the plan's autumn.
OLDEST_MONTHS = 18


def _survey_is_old(ctx: Context, sentence: str) -> bool:
    """The survey and its result name only dates long before the school year: years two or more
    before it starts, or a month more than 18 months before its first September."""
    if not ctx.school_year or not ctx.school_year[:4].isdigit():
        return False
    start = int(ctx.school_year[:4])
    text = normalise(sentence)
    years = [int(y) for y in YEAR.findall(text)]
    if not years:
        return False
    latest = max(years)
    dated = [(int(m.group(2)), MONTH_NUMBERS[m.group(1)[:3]]) for m in MONTH_YEAR.finditer(text)]
    if dated and max(dated)[0] == latest:
        year, month = max(dated)
        return (start - year) * 12 + (9 - month) > OLDEST_MONTHS
    return latest <= start - 2
