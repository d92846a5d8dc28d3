"""validity_period (BRIEF §6.1): the period the plan says it is valid for, against the school year.

About twelve months overlapping most of the school year is `met`; longer, open-ended, only an
adoption date, or another school year is `partial`.
"""

from __future__ import annotations

import re

from plans.checking.document import Block, BlockKind
from plans.checking.rules.dates import (
    ADOPTED,
    DATE_RANGE,
    ENDS,
    EXPLICIT,
    OPEN_ENDED,
    STARTS,
    VALIDITY_CONTEXT,
    Period,
    overlap,
    parse_date,
    periods_in,
    school_year_labels,
    school_year_period,
)
from plans.checking.rules.evidence import quote
from plans.checking.rules.results import MET, MISSING, PARTIAL, Evidence, Part, RuleResult
from plans.checking.rules.units import Context, Unit, heading_score, looks_back
from plans.checking.rules.vocabulary import LAST_YEAR, PLAN_TITLE
from plans.checking.spec import RequirementSpec
from plans.checking.text import normalise, text_of


def stated_school_years(ctx: Context) -> list[str]:
    """School-year labels the plan states on its front page or in its title."""
    labels: list[str] = []
    blocks = ctx.document.blocks[
        : max(8, ctx.document.sections[1].start if len(ctx.document.sections) > 1 else 8)
    ]
    for block in blocks:
        labels.extend(_front_labels(block))
    return labels


def _front_labels(block: Block) -> list[str]:
    """The school years a front-page block names as the plan's: in a table, only the rows about
    the plan's period ("Läsår | 2025/26"), not the survey's or last year's rows of a plan that is
    one table throughout."""
    if block.kind != BlockKind.TABLE:
        return school_year_labels(block.text)
    labels: list[str] = []
    for row in block.rows:
        text = " ".join(row)
        if VALIDITY_CONTEXT.search(normalise(text)) and not _looks_back(text):
            labels.extend(school_year_labels(text))
    return labels


def own_school_years(ctx: Context) -> list[str]:
    """The school year the plan names as its own: in its title or the front matter before the
    first section heading ("Läsåret 2025/26"), not a year a later section looks back on."""
    labels: list[str] = []
    for block in ctx.document.blocks[:12]:
        if block.in_toc:
            continue
        heading = block.kind == BlockKind.HEADING and block.level > 0
        if heading and (labels or not PLAN_TITLE.search(normalise(block.text))):
            break  # the first section: the front matter ends here
        labels.extend(_front_labels(block))
    return list(dict.fromkeys(labels))


def _candidate_texts(ctx: Context, req: RequirementSpec) -> list[tuple[Unit | None, str]]:
    # Headings name the plan's year ("Plan mot kränkande behandling 2025/26"), unless they look back
    # on last year's ("Utvärdering av läsåret 2024/25").
    out: list[tuple[Unit | None, str]] = [
        (None, block.text)
        for block in ctx.document.blocks
        if block.kind == BlockKind.HEADING and not block.in_toc and not _looks_back(block.text)
    ]
    first_heading = next((u.section.start for u in ctx.units if u.section.heading is not None), None)
    for unit in ctx.units:
        if unit.definitions:
            continue
        # The front matter: before any heading, under the title, or under a first heading that is
        # only the school's name ("Kaunisjärvi skola" and the plan's title as a paragraph below).
        front = (
            unit.section.heading is None
            or unit.section.level == 0
            or heading_score(unit, req) > 0
            or (unit.section.start == first_heading and unit.section.start <= 2)
        )
        back = not front and (looks_back(unit) or _looks_back(unit.heading))
        if unit.blocks and unit.heading and VALIDITY_CONTEXT.search(normalise(unit.heading)) and not back:
            out.append((unit, f"{unit.heading} {unit.blocks[0].text}"))
        for block in unit.blocks:
            pieces = [" ".join(row) for row in block.rows] if block.kind == BlockKind.TABLE else [block.text]
            for piece in pieces:
                if front:
                    out.append((unit, piece))
                    continue
                lowered = normalise(piece)
                if not VALIDITY_CONTEXT.search(lowered):
                    continue
                # Elsewhere a school year is the plan's only where the text says so; in an account of
                # last year ("anmälningarna under läsåret 2024/25") only "gäller …" counts.
                if not (back or _looks_back(piece)) or EXPLICIT.search(lowered):
                    out.append((unit, piece))
    return out


def _looks_back(text: str) -> bool:
    said = text_of(text)
    return said.any(LAST_YEAR) or LOOKING_BACK.search(said.normalised) is not None


LOOKING_BACK = re.compile(
    r"\b(?:uppföljning|utvärdering|redovisning|evaluation|review) (?:av|of) "
    r"(?:läsåret|förra|fjolår|föregående|last)"
)


def validity_period(ctx: Context, req: RequirementSpec) -> RuleResult:
    stated = own_school_years(ctx)
    # Without the upload's school year, the plan's own (its title, its front page) is the yardstick.
    year = school_year_period(ctx.school_year) or school_year_period(stated[0] if stated else None)
    best: tuple[int, Period, Unit | None, str] | None = None
    open_ended: tuple[Unit | None, str] | None = None
    adopted: tuple[Unit | None, str] | None = None
    texts = _candidate_texts(ctx, req)
    for unit, text in texts:
        lowered = normalise(text)
        if OPEN_ENDED.search(lowered) and open_ended is None:
            open_ended = (unit, text)
        if ADOPTED.search(lowered) and adopted is None:
            adopted = (unit, text)
        for period in periods_in(text):
            if period.months < 2:
                continue
            fits_length = 8.5 <= period.months <= 13.6
            fits_year = year is None or overlap(period, year) >= 0.5
            score = 3 if fits_length and fits_year else 2 if fits_year else 1
            # A stated validity ("gäller från … till …") outranks a school year named in a title.
            rank = score + (10 if EXPLICIT.search(lowered) else 0)
            if best is None or rank > best[0]:
                best = (rank, period, unit, text)
    split = _split_period(texts, year)
    if split is not None and (best is None or best[0] < 10):
        best = split  # "Planen gäller från | 2025-08-18", "… till | 2026-08-16" says it in so many words
    if best is not None:
        rank, period, unit, text = best
        score = rank % 10
        found = _evidence(unit, text)
        params: dict[str, str | int] = {"period": period.text, "months": round(period.months)}
        fits_length = 8.5 <= period.months <= 13.6
        contradicted = _contradicted(period, stated) if rank >= 10 else None
        fits_year = score != 1 and not contradicted
        parts = (
            Part("start_and_end", True, found[0]),
            Part("about_a_year", fits_length, found[0] if fits_length else None),
            Part("this_school_year", fits_year, found[0] if fits_year else None),
        )
        if contradicted:
            # BRIEF §6.1: a period that does not match the plan's own school year is partial.
            params["stated"] = contradicted
            reason = "validity_period.contradicts_year"
        elif score == 3:
            return RuleResult("validity_period", MET, "validity_period.met", params, found, parts)
        elif score == 2:
            reason = "validity_period.too_long" if period.months > 13.6 else "validity_period.short"
        else:
            params["school_year"] = ctx.school_year or ""
            reason = "validity_period.other_year"
        return RuleResult("validity_period", PARTIAL, reason, params, found, parts)
    if open_ended:
        found = _evidence(*open_ended)
        return RuleResult(
            "validity_period",
            PARTIAL,
            "validity_period.open_ended",
            {},
            found,
            (Part("start_and_end", False, found[0]),),
        )
    if adopted:
        found = _evidence(*adopted)
        only_adopted = (Part("start_and_end", False, found[0], {"adopted": 1}),)
        return RuleResult(
            "validity_period", PARTIAL, "validity_period.adoption_only", {}, found, only_adopted
        )
    return RuleResult("validity_period", MISSING, "validity_period.not_found")


PARTS = ("start_and_end", "about_a_year", "this_school_year")


def _contradicted(period: Period, stated: list[str]) -> str | None:
    """A school year the plan names on its front page that the stated period lies mostly outside."""
    for label in stated:
        named = school_year_period(label)
        if named is not None and overlap(period, named) < 0.5 and label not in period.text:
            return label
    return None


def _split_period(
    texts: list[tuple[Unit | None, str]], year: Period | None
) -> tuple[int, Period, Unit | None, str] | None:
    """A start date and an end date stated apart (DO-style fields), read as one period."""
    start = end = None
    since_start = 0  # texts read since the start: "Till: 2026-06-12" may stand in the next line or cell
    for unit, text in texts:
        lowered = normalise(text)
        since_start += 1
        near_start = start is not None and since_start <= 2
        if not EXPLICIT.search(lowered) and not near_start:
            continue
        if start is None and EXPLICIT.search(lowered) and (match := STARTS.search(lowered)):
            start, since_start = (parse_date(match.groups()[:9]), unit, text), 0
        if end is None and (match := ENDS.search(lowered)) and not DATE_RANGE.search(lowered):
            end = (parse_date(match.groups()[:9]), unit, text)
    if not (start and end and start[0] and end[0] and end[0] > start[0]):
        return None
    period = Period(start[0], end[0], f"{start[0]:%Y-%m-%d} – {end[0]:%Y-%m-%d}")
    fits_length = 8.5 <= period.months <= 13.6
    fits_year = year is None or overlap(period, year) >= 0.5
    score = 3 if fits_length and fits_year else 2 if fits_year else 1
    return (score + 10, period, start[1], f"{start[2]} … {end[2]}")


def _evidence(unit: Unit | None, text: str) -> tuple[Evidence, ...]:
    if unit is None:
        return (Evidence((), 0, 0, quote(text)),)
    first = unit.blocks[0].index if unit.blocks else unit.section.start
    return (Evidence(unit.path, first, first, quote(text)),)
