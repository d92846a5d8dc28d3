"""Independent validator for Swedish personal identity / coordination numbers (BRIEF §10.2-10.4).

Used only by the generator's own tests, to prove that the numbers a plan lists as identity numbers
are valid and that the look-alikes (phones, dates, organisation and case numbers) are not.
"""

from __future__ import annotations

import datetime as dt
import re

_SHAPE = re.compile(r"^(?:(\d{2}))?(\d{6})([-+]?)(\d{4})$")

# A digit run that has the shape of a 10- or 12-digit number with an optional - or + separator.
CANDIDATE = re.compile(r"(?<![\d/:.-])(?:\d{2})?\d{6}[-+]?\d{4}(?![\d])")


def luhn_ok(ten: str) -> bool:
    total = 0
    for i, ch in enumerate(ten[:9]):
        product = int(ch) * (2 if i % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10 == int(ten[9])


def is_identity_number(text: str) -> bool:
    """True if `text` is a valid personnummer or samordningsnummer as written."""
    m = _SHAPE.match(text.strip())
    if not m:
        return False
    century, ten_head, _sep, tail = m.groups()
    ten = ten_head + tail
    yy, mm, dd = int(ten[0:2]), int(ten[2:4]), int(ten[4:6])
    if dd > 60:
        dd -= 60
    if century is not None:
        if century not in ("18", "19", "20"):
            return False
        year = int(century) * 100 + yy
    else:
        year = 2000 + yy if yy <= 25 else 1900 + yy
    try:
        born = dt.date(year, mm, dd)
    except ValueError:
        return False
    if born > dt.date(2026, 12, 31):
        return False
    return luhn_ok(ten)
