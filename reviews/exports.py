"""The district overview as files: CSV for any spreadsheet, XLSX for Excel. Plain functions over
rows of values; cells that a spreadsheet would run as formulas are kept as text."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A spreadsheet runs a cell that starts like a formula (OWASP "CSV injection"); a quote keeps it text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Row = Sequence[str | int]


def neutralise(value: str | int) -> str | int:
    """Text a spreadsheet would read as a formula, kept as text by a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(header: Row, rows: Sequence[Row]) -> bytes:
    """UTF-8 with a BOM and `;` between fields: what Excel opens as columns in a Swedish locale,
    where the comma is the decimal sign."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([neutralise(v) for v in header])
    writer.writerows([neutralise(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(header: Row, rows: Sequence[Row], *, sheet_title: str) -> bytes:
    """One sheet: a bold, frozen header row and columns as wide as their text (at most 50)."""
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title
    widths = [0] * len(header)
    for values in [header, *rows]:
        cleaned = [neutralise(ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v) for v in values]
        sheet.append(cleaned)
        widths = [max(w, len(str(v))) for w, v in zip(widths, cleaned, strict=True)]
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, 50)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
