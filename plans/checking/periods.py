"""validity_period: find the period the plan says it is valid for, and compare it with the school year.

Real plans run Aug to Aug, Sep to Sep, Oct to Oct, a calendar year or a school year (BRIEF §0.9, §4.3, §6.1):
about twelve months overlapping most of the school year is `met`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from plans.checking.document import BlockKind
from plans.checking.rules import (
    MET,
    MISSING,
    PARTIAL,
    Context,
    Evidence,
    RuleResult,
    Unit,
    heading_score,
    quote,
    rule,
)
from plans.checking.spec import RequirementSpec
from plans.checking.text import normalise

MONTH_NUMBERS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "maj": 5,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH = r"(jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zé]*\.?"
DAY_MONTH_YEAR = rf"(?:den\s+)?(\d{{1,2}})\s+{MONTH}\s+(\d{{4}})"
ISO = r"(\d{4})-(\d{1,2})-(\d{1,2})"
NUMERIC = r"(\d{1,2})[/.](\d{1,2})[ .](\d{4})"
ANY_DATE = rf"(?:{ISO}|{DAY_MONTH_YEAR}|{NUMERIC})"
JOIN = r"\s*(?:-|till och med|t\.?\s?o\.?\s?m\.?|till|to|until|through)\s*"
DATE_RANGE = re.compile(rf"{ANY_DATE}{JOIN}{ANY_DATE}")
MONTH_RANGE = re.compile(rf"{MONTH}\s+(\d{{4}}){JOIN}{MONTH}\s+(\d{{4}})")
SCHOOL_YEAR = re.compile(
    r"(?:läsår(?:et)?|lå|school year|academic year|år)?\s*"
    r"\b(20\d{2}|\d{2})\s*[/-]\s*(20\d{2}|\d{2})\b(?![/-]\d)"
)
TERMS = re.compile(
    r"\b(?:ht|hösttermin(?:en)?|autumn term|fall term)\s*-?(20\d{2}|\d{2})\s*"
    r"(?:-|till och med|t\.?\s?o\.?\s?m\.?|till|och|to|until|through)\s*"
    r"(?:vt|vårtermin(?:en)?|spring term)\s*-?(20\d{2}|\d{2})\b"
)
# A period stated in two places: "Planen gäller från | 2025-08-18" … "Planen gäller till | 2026-06-12".
STARTS = re.compile(rf"(?:från och med|fr\.?\s?o\.?\s?m\.?|från|from|start\w*)\s*:?\s*{ANY_DATE}")
ENDS = re.compile(rf"(?:till och med|t\.?\s?o\.?\s?m\.?|till|to|until|slut\w*|end\w*)\s*:?\s*{ANY_DATE}")
CALENDAR_YEAR = re.compile(
    r"\b(?:kalenderår(?:et)?|år|year|plan|verksamhetsår(?:et)?)\s+(20\d{2})\b(?!\s*[/-])"
)
OPEN_ENDED = re.compile(
    r"tills vidare|tills (?:en )?ny plan|until further notice|until a new plan|gäller löpande"
)
ADOPTED = re.compile(
    rf"(?:upprättad|fastställd|beslutad|antagen|reviderad|adopted|established)\s*(?:den\s*)?:?\s*{ANY_DATE}"
)
VALIDITY_CONTEXT = re.compile(r"gäller|giltig|period|läsår|valid|school year|academic year|appl(?:y|ies)")
EXPLICIT = re.compile(r"gäller|giltig|giltighet|valid|period|appl(?:y|ies) (?:from|for|to)")


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date
    text: str

    @property
    def months(self) -> float:
        return (self.end - self.start).days / 30.44


def _year(text: str, base: int | None = None) -> int:
    value = int(text)
    if value < 100:
        century = (base // 100 * 100) if base else 2000
        value += century
    return value


def _date(groups: tuple[str | None, ...]) -> datetime.date | None:
    iso, dmy, numeric = groups[0:3], groups[3:6], groups[6:9]
    try:
        if iso[0]:
            return datetime.date(int(iso[0]), int(iso[1] or 1), int(iso[2] or 1))
        if dmy[0]:
            return datetime.date(int(dmy[2] or 0), MONTH_NUMBERS[(dmy[1] or "")[:3]], int(dmy[0]))
        if numeric[0]:
            return datetime.date(int(numeric[2] or 0), int(numeric[1] or 1), int(numeric[0]))
    except (ValueError, KeyError):
        return None
    return None


def periods_in(raw: str) -> list[Period]:
    text = normalise(raw)
    found: list[Period] = []
    for match in DATE_RANGE.finditer(text):
        groups = match.groups()
        start, end = _date(groups[:9]), _date(groups[9:18])
        if start and end and end > start:
            found.append(Period(start, end, match.group(0)))
    for match in MONTH_RANGE.finditer(text):
        try:
            start = datetime.date(int(match.group(2)), MONTH_NUMBERS[match.group(1)[:3]], 1)
            end = datetime.date(int(match.group(4)), MONTH_NUMBERS[match.group(3)[:3]], 1)
        except (KeyError, ValueError):
            continue
        if end > start:
            found.append(Period(start, end, match.group(0)))
    for match in TERMS.finditer(text):
        first = _year(match.group(1))
        second = _year(match.group(2), first)
        if second == first + 1:
            found.append(Period(datetime.date(first, 8, 1), datetime.date(second, 6, 30), match.group(0)))
    for match in SCHOOL_YEAR.finditer(text):
        first = _year(match.group(1))
        second = _year(match.group(2), first)
        if (first >= 2000 and second - first >= 1 and second - first <= 3 and len(match.group(1)) == 4) or (
            len(match.group(1)) == 2 and second == first + 1 and match.group(0).strip()[:1].isalpha()
        ):
            found.append(
                Period(datetime.date(first, 8, 1), datetime.date(second, 7, 31), match.group(0).strip())
            )
    for match in CALENDAR_YEAR.finditer(text):
        year = int(match.group(1))
        found.append(Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31), match.group(0)))
    return found


def school_year_period(label: str | None) -> Period | None:
    if not label or not re.match(r"^\d{4}/\d{2}$", label):
        return None
    start = int(label[:4])
    return Period(datetime.date(start, 8, 1), datetime.date(start + 1, 7, 31), label)


def overlap(period: Period, year: Period) -> float:
    start, end = max(period.start, year.start), min(period.end, year.end)
    return max(0, (end - start).days) / max(1, (year.end - year.start).days)


def stated_school_years(ctx: Context) -> list[str]:
    """School-year labels the plan states on its front page or in its title."""
    labels: list[str] = []
    blocks = ctx.document.blocks[
        : max(8, ctx.document.sections[1].start if len(ctx.document.sections) > 1 else 8)
    ]
    for block in blocks:
        for match in SCHOOL_YEAR.finditer(normalise(block.text)):
            first = _year(match.group(1))
            second = _year(match.group(2), first)
            if second == first + 1 and first >= 2000:
                labels.append(f"{first}/{str(second)[2:]}")
    return labels


def _candidate_texts(ctx: Context, req: RequirementSpec) -> list[tuple[Unit | None, str]]:
    out: list[tuple[Unit | None, str]] = [
        (None, block.text)
        for block in ctx.document.blocks
        if block.kind == BlockKind.HEADING and not block.in_toc
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
        if unit.blocks and unit.heading and VALIDITY_CONTEXT.search(normalise(unit.heading)):
            out.append((unit, f"{unit.heading} {unit.blocks[0].text}"))
        for block in unit.blocks:
            pieces = [" ".join(row) for row in block.rows] if block.kind == BlockKind.TABLE else [block.text]
            out.extend(
                (unit, piece) for piece in pieces if front or VALIDITY_CONTEXT.search(normalise(piece))
            )
    return out


@rule("validity_period")
def validity_period(ctx: Context, req: RequirementSpec) -> RuleResult:
    year = school_year_period(ctx.school_year)
    best: tuple[int, Period, Unit | None, str] | None = None
    open_ended: tuple[Unit | None, str] | None = None
    adopted: tuple[Unit | None, str] | None = None
    for unit, text in _candidate_texts(ctx, req):
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
    if best is None:
        best = _split_period(ctx, req, year)
    if best is not None:
        rank, period, unit, text = best
        score = rank % 10
        found = _evidence(unit, text)
        params: dict[str, str | int] = {"period": period.text, "months": round(period.months)}
        if score == 3:
            return RuleResult("validity_period", MET, "validity_period.met", params, found)
        if score == 2 and period.months > 13.6:
            return RuleResult("validity_period", PARTIAL, "validity_period.too_long", params, found)
        if score == 2:
            return RuleResult("validity_period", PARTIAL, "validity_period.short", params, found)
        params["school_year"] = ctx.school_year or ""
        return RuleResult("validity_period", PARTIAL, "validity_period.other_year", params, found)
    if open_ended:
        return RuleResult(
            "validity_period", PARTIAL, "validity_period.open_ended", {}, _evidence(*open_ended)
        )
    if adopted:
        return RuleResult(
            "validity_period", PARTIAL, "validity_period.adoption_only", {}, _evidence(*adopted)
        )
    return RuleResult("validity_period", MISSING, "validity_period.not_found")


def _split_period(
    ctx: Context, req: RequirementSpec, year: Period | None
) -> tuple[int, Period, Unit | None, str] | None:
    """A start date and an end date stated apart (DO-style fields), read as one period."""
    start = end = None
    for unit, text in _candidate_texts(ctx, req):
        lowered = normalise(text)
        if not EXPLICIT.search(lowered):
            continue
        if start is None and (match := STARTS.search(lowered)):
            start = (_date(match.groups()[:9]), unit, text)
        if end is None and (match := ENDS.search(lowered)) and not DATE_RANGE.search(lowered):
            end = (_date(match.groups()[:9]), unit, text)
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
