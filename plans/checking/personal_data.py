"""Swedish personal identity numbers (personnummer, samordningsnummer) in text. BRIEF §10.

Plans are published, so a number found here is a high-severity finding. Look-alikes are not flagged:
dates and date ranges, phone numbers, organisationsnummer (third digit ≥ 2), diarienummer, SFS
numbers, skolenhetskoder and longer digit runs.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

# 12 digits (century 18-20) or 10 digits, with "-", "+", one space or nothing before the last four.
CANDIDATE = re.compile(
    r"(?<![\w+/:.,-])(?:(?P<century>1[89]|20)(?=\d{6}[-+ ]?\d{4}\b))?"
    r"(?P<date>\d{6})(?P<sep>[-+ ]?)(?P<serial>\d{4})(?![\w/:]|[-–]\d|,\d|\.\d)"
)
PHONE_CONTEXT = re.compile(
    r"(?:tel|telefon|tfn|mobil|mob|ring|växel|phone|nr|nummer|fax)\W{0,3}(?:\S+\s){0,2}$", re.I
)
ID_CUE = re.compile(r"personnummer|person\s?nr|pnr|samordningsnummer|född|personal identity|\bpn\b", re.I)


@dataclass(frozen=True)
class IdentityNumberMatch:
    text: str
    start: int
    end: int
    kind: str  # "personnummer" or "samordningsnummer"
    masked: str


def luhn_ok(ten_digits: str) -> bool:
    total = 0
    for position, char in enumerate(ten_digits[:9]):
        product = int(char) * (2 if position % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10 == int(ten_digits[9])


def _date_kind(yymmdd: str, century: int | None, today: datetime.date) -> str | None:
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    kind = "personnummer"
    if day > 60:
        day -= 60
        kind = "samordningsnummer"
    full_year = century * 100 + year if century is not None else 2000 + year
    try:
        born = datetime.date(full_year, month, day)
    except ValueError:
        if century is not None:
            return None
        try:  # the century is unknown: a leap day may only exist in the other century
            born = datetime.date(1900 + year, month, day)
        except ValueError:
            return None
    if century is not None and born > today:
        return None
    return kind


def find_identity_numbers(text: str, *, today: datetime.date | None = None) -> list[IdentityNumberMatch]:
    today = today or datetime.date.today()  # noqa: DTZ011 - a calendar date
    found: list[IdentityNumberMatch] = []
    for match in CANDIDATE.finditer(text):
        date, sep, serial = match.group("date"), match.group("sep"), match.group("serial")
        century = int(match.group("century")) if match.group("century") else None
        if int(date[2]) >= 2:  # month ≥ 20: an organisationsnummer, not a person
            continue
        kind = _date_kind(date, century, today)
        if kind is None or not luhn_ok(date + serial):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        if sep == " " and re.search(r"\d[ -]$", before):
            continue  # part of a grouped phone or account number
        if century is None and not sep:
            phone_like = date.startswith("0") and bool(PHONE_CONTEXT.search(before))
            cue = bool(ID_CUE.search(text[max(0, match.start() - 40) : match.end() + 10]))
            if phone_like or (date.startswith("0") and not cue):
                continue
        masked = f"{date}-****"
        found.append(IdentityNumberMatch(match.group(0), match.start(), match.end(), kind, masked))
    return found
