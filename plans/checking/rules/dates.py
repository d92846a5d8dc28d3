"""Dates, date ranges, school years and terms as plans write them, and how periods compare.

Real plans run Aug to Aug, Sep to Sep, Oct to Oct, a calendar year or a school year (BRIEF §0.9,
§4.3, §6.1). Plain parsing, no rule decisions.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

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
# "1 januari–31 december 2026", "18 augusti – 12 juni 2026": the year written once, at the end.
DAYS_ONE_YEAR = re.compile(rf"(\d{{1,2}})\s+{MONTH}{JOIN}(\d{{1,2}})\s+{MONTH}\s+(\d{{4}})")
SCHOOL_YEAR = re.compile(
    r"(?:läsår(?:et)?|lå|school year|academic year|år)?\s*"
    r"\b(20\d{2}|\d{2})\s*[/-]\s*(20\d{2}|\d{2})\b(?![/-]\d)"
)
# "läsåren 2025/26 och 2026/27", "school years 2025/26 and 2026/27": one period of two years.
SCHOOL_YEARS_JOINED = re.compile(
    r"(?:läsåren|läsår|school years|academic years)\s+(20\d{2})\s*/\s*(?:20)?\d{2}\s*"
    r"(?:och|–|-|till|and|to|&)\s*(?:läsåret\s+)?(20\d{2})\s*/\s*(?:20)?\d{2}\b"
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
    r"|tills (?:den|planen) (?:revideras|ersätts)|remains? in (?:effect|force)"
    r"|until (?:it is )?(?:revised|replaced)"
)
ADOPTED = re.compile(
    rf"(?:upprättad|fastställd|beslutad|antagen|reviderad|adopted|established)\s*(?:den\s*)?:?\s*{ANY_DATE}"
)
VALIDITY_CONTEXT = re.compile(
    r"gäller|giltig|period|läsår|valid|school year|academic year|appl(?:y|ies)|effective|in effect|in force"
)
# The plan's validity said in so many words, not "gäller" of something else ("svaren gäller toaletterna").
EXPLICIT = re.compile(
    r"(?:planen|plan|den|denna|dokumentet|likabehandlingsplanen|trygghetsplanen)\s+(?:\w+\s+)?gäller"
    r"|gäller\s+(?:från|fr\.?\s?o\.?\s?m|för\s+(?:läsåret|perioden|tiden|år|kalenderåret)|under|till|mellan"
    r"|läsåret|perioden|\d)|giltig|giltighet|valid|period|appl(?:y|ies) (?:from|for|to)"
)


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date
    text: str

    @property
    def months(self) -> float:
        return (self.end - self.start).days / 30.44


def full_year(text: str, base: int | None = None) -> int:
    value = int(text)
    if value < 100:
        century = (base // 100 * 100) if base else 2000
        value += century
    return value


def parse_date(groups: tuple[str | None, ...]) -> datetime.date | None:
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
        start, end = parse_date(groups[:9]), parse_date(groups[9:18])
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
    for match in DAYS_ONE_YEAR.finditer(text):
        try:
            end_year = int(match.group(5))
            start_month, end_month = MONTH_NUMBERS[match.group(2)[:3]], MONTH_NUMBERS[match.group(4)[:3]]
            start_year = end_year if start_month <= end_month else end_year - 1
            start = datetime.date(start_year, start_month, int(match.group(1)))
            end = datetime.date(end_year, end_month, int(match.group(3)))
        except (KeyError, ValueError):
            continue
        if end > start:
            found.append(Period(start, end, match.group(0)))
    for match in TERMS.finditer(text):
        first = full_year(match.group(1))
        second = full_year(match.group(2), first)
        if second == first + 1:
            found.append(Period(datetime.date(first, 8, 1), datetime.date(second, 6, 30), match.group(0)))
    joined = []
    for match in SCHOOL_YEARS_JOINED.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if 0 < last - first <= 3:
            joined.append(match.span())
            found.append(Period(datetime.date(first, 8, 1), datetime.date(last + 1, 7, 31), match.group(0)))
    for match in SCHOOL_YEAR.finditer(text):
        if any(start <= match.start() < end for start, end in joined):
            continue  # one of the years a joined period already holds
        first = full_year(match.group(1))
        second = full_year(match.group(2), first)
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


def school_year_labels(text: str) -> list[str]:
    """The school years a text names, as labels ("läsåret 2025/2026" → "2025/26")."""
    labels = []
    for match in SCHOOL_YEAR.finditer(normalise(text)):
        first = full_year(match.group(1))
        second = full_year(match.group(2), first)
        if second == first + 1 and first >= 2000:
            labels.append(f"{first}/{str(second)[2:]}")
    return labels


def school_year_period(label: str | None) -> Period | None:
    if not label or not re.match(r"^\d{4}/\d{2}$", label):
        return None
    start = int(label[:4])
    return Period(datetime.date(start, 8, 1), datetime.date(start + 1, 7, 31), label)


def overlap(period: Period, year: Period) -> float:
    start, end = max(period.start, year.start), min(period.end, year.end)
    return max(0, (end - start).days) / max(1, (year.end - year.start).days)
