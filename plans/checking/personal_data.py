"""Swedish personal identity numbers (personnummer, samordningsnummer) in text. BRIEF §10.

Plans are published, so a number found here is a high-severity finding. Look-alikes are not flagged:
dates and date ranges, phone numbers, organisationsnummer (third digit ≥ 2), diarienummer, SFS
numbers, skolenhetskoder, postal codes, giro numbers and longer digit runs.

Accepted forms: ``YYMMDD-NNNC``, ``YYMMDD+NNNC`` (100 years or older), ``YYMMDD NNNC``, ``YYMMDDNNNC``,
``YYYYMMDD-NNNC``, ``YYYYMMDD NNNC`` and ``YYYYMMDDNNNC`` (century 18-20). The check digit ``C`` is the
Luhn digit of the ten-digit form; a samordningsnummer has the day of birth + 60. Plain Python, no Django.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"
COORDINATION_DAY_OFFSET = 60  # samordningsnummer: day of birth + 60 (BRIEF §10.3; keep table-driven)

# A candidate: 12 digits (century 18-20) or 10 digits, with "-", one space or nothing before the last four
# ("+" only in the 10-digit form). Not glued to a letter, digit or "+" (as in +46 phone numbers).
CANDIDATE = re.compile(
    r"(?<![\w+])"
    r"(?:(?P<century>1[89]|20)(?P<date12>\d{6})(?P<sep12>[- ]?)|(?P<date10>\d{6})(?P<sep10>[-+ ]?))"
    r"(?P<serial>\d{4})"
    r"(?!\w)"
)
SIX_DIGITS = re.compile(r"\d{6}")
# Joined to another number by punctuation: "43-2025:1234", "2024/…", "08-…", decimals, longer runs.
GLUED_BEFORE = re.compile(r"\d\s?[-–/:.,]$")
GLUED_AFTER = re.compile(r"^(?:[-–/:.,]\d|\s?[-–]\s?\d{6})")
# With a space separator: another digit group before or after means a phone or account number.
GROUP_BEFORE, GROUP_AFTER = re.compile(r"\d[ -]$"), re.compile(r"[ -]\d")
# A date range: another 6- or 8-digit date joined by a hyphen or an en dash.
RANGE_BEFORE = re.compile(r"\d{6}(?:\d{2})?\s?[-–]\s?$")
PHONE_CONTEXT = re.compile(
    r"\b(?:tel|tfn|mobil|ring|växel|vaxel|phone|fax)|(?<!person )(?<!person)\bnr\b", re.IGNORECASE
)
ID_CUE = re.compile(
    r"personnummer|personnr|person\s?nr|\bpnr\b|samordningsnummer|född|personal identity", re.IGNORECASE
)
PHONE_WINDOW = 25
CUE_BEFORE, CUE_AFTER = 40, 20


@dataclass(frozen=True)
class IdentityNumberMatch:
    text: str  # exactly as written in the input
    start: int  # offset in the input
    end: int
    kind: str  # "personnummer" or "samordningsnummer"
    masked: str  # "YYMMDD-****"


def luhn_check_digit(nine_digits: str) -> int:
    """The check digit of the first nine digits: weights 2,1,2,…, digit sums of the products."""
    total = 0
    for position, char in enumerate(nine_digits[:9]):
        product = int(char) * (2 if position % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


def luhn_ok(ten_digits: str) -> bool:
    return (
        len(ten_digits) == 10 and ten_digits.isdigit() and luhn_check_digit(ten_digits) == int(ten_digits[9])
    )


def _birth_date(
    yymmdd: str, century: int | None, plus: bool, today: datetime.date
) -> tuple[datetime.date, str] | None:
    """The birth date and kind, or None when the date part is not a (past) calendar date."""
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    kind = PERSONNUMMER
    if day > COORDINATION_DAY_OFFSET:
        day -= COORDINATION_DAY_OFFSET
        kind = SAMORDNINGSNUMMER
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if century is not None:
        full_year = century * 100 + year
    else:  # the latest year with these two digits not after today; "+" adds a hundred years
        full_year = today.year - (today.year - year) % 100
        if (month, day) > (today.month, today.day) and full_year == today.year:
            full_year -= 100
        if plus:
            full_year -= 100
    try:
        born = datetime.date(full_year, month, day)
    except ValueError:  # 30 February, 29 February outside leap years
        return None
    if born > today:
        return None
    return born, kind


def find_identity_numbers(text: str, *, today: datetime.date | None = None) -> list[IdentityNumberMatch]:
    """Every personnummer and samordningsnummer in ``text``, in order of appearance."""
    today = today or datetime.date.today()  # noqa: DTZ011 - a calendar date, not a moment
    found: list[IdentityNumberMatch] = []
    if not SIX_DIGITS.search(text):  # every candidate has six digits in a row; most texts have none
        return found
    for match in CANDIDATE.finditer(text):
        century_text = match.group("century")
        if century_text:
            date, sep, century = match.group("date12"), match.group("sep12"), int(century_text)
        else:
            date, sep, century = match.group("date10"), match.group("sep10"), None
        serial = match.group("serial")
        if date[2] not in "01":  # month ≥ 20: an organisationsnummer, not a person
            continue
        start, end = match.start(), match.end()
        before, after = text[max(0, start - 30) : start], text[end : end + 12]
        if RANGE_BEFORE.search(before) or GLUED_AFTER.search(after):
            continue  # a date range or part of a longer number
        if GLUED_BEFORE.search(before):
            continue  # joined to other digits: "08-…", "2024/…", "43-2025:…"
        if sep == " " and (GROUP_BEFORE.search(before) or GROUP_AFTER.match(after)):
            continue  # more digit groups around: a phone or account number
        born = _birth_date(date, century, sep == "+", today)
        if born is None or not luhn_ok(date + serial):
            continue
        if century is None and sep in ("", " ") and date.startswith("0"):
            phone_window = text[max(0, start - PHONE_WINDOW) : start]
            if PHONE_CONTEXT.search(phone_window):
                continue  # "0701234567" after "tel": a phone number that parses as 2007-01-23
            if not sep and not ID_CUE.search(text[max(0, start - CUE_BEFORE) : end + CUE_AFTER]):
                continue  # a bare run starting with 0 is ambiguous without a personnummer cue
        found.append(IdentityNumberMatch(match.group(0), start, end, born[1], f"{date}-****"))
    return found


def mask_identity_numbers(text: str, *, today: datetime.date | None = None) -> str:
    """The text with every identity number in it masked ("120315-****"): quotes that are stored
    and shown keep no number, whichever requirement they were taken for."""
    matches = find_identity_numbers(text, today=today)
    for match in sorted(matches, key=lambda m: m.start, reverse=True):
        text = text[: match.start] + match.masked + text[match.end :]
    return text
