"""The district overview as files: CSV for any spreadsheet, XLSX for Excel. Plain functions over
rows of values; cells that a spreadsheet would run as formulas are kept as text."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from plans.models import SchoolFormCode
from reviews.models import PlanStatus
from reviews.selectors import YearMatrix

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A spreadsheet runs a cell that starts like a formula (OWASP "CSV injection"); a quote keeps it text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Row = Sequence[str | int]


def neutralise(value: str | int) -> str | int:
    """Text a spreadsheet would read as a formula, kept as text by a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(header: Row, rows: Sequence[Row], *, preamble: Sequence[Row] = ()) -> bytes:
    """UTF-8 with a BOM and `;` between fields: what Excel opens as columns in a Swedish locale,
    where the comma is the decimal sign. The preamble (what the file shows: year, filters, date)
    comes first, then an empty line, then the table."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    if preamble:
        writer.writerows([neutralise(v) for v in line] for line in preamble)
        writer.writerow([])
    writer.writerow([neutralise(v) for v in header])
    writer.writerows([neutralise(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def _clean(value: str | int) -> str | int:
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value)


def xlsx_bytes(header: Row, rows: Sequence[Row], *, sheet_title: str, preamble: Sequence[Row] = ()) -> bytes:
    """One sheet: the preamble, then a bold, frozen header row and columns as wide as their text
    (at most 50; the preamble's long lines do not widen them)."""
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title
    for line in preamble:
        sheet.append(
            [neutralise(ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v) for v in line]
        )
    if preamble:
        sheet.append([])
    header_row = len(preamble) + 2 if preamble else 1  # after the preamble and an empty row
    widths = [0] * len(header)
    for values in [header, *rows]:
        cleaned = [_clean(v) for v in values]
        sheet.append(cleaned)
        widths = [max(w, len(str(v))) for w, v in zip(widths, cleaned, strict=True)]
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = f"A{header_row + 1}"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, 50)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- The district overview as a table ---


@dataclass(frozen=True)
class OverviewChoices:
    """The filters the overview was read with, in words, printed at the top of the file."""

    school_year: str
    area: str | None = None
    form: str | None = None
    status: str | None = None


NOT_CHECKED = "not_checked"


def overview_table(
    matrix: YearMatrix,
    *,
    chosen: OverviewChoices,
    language: str,
    result_labels: dict[str, str],
    now: datetime.datetime,
) -> tuple[list[Row], list[str], list[Row]]:
    """(what the file shows, header, rows). Each school's results are of the version its status
    refers to (for an approved plan, the approved version), and a newer upload not handed in is named."""
    everything = _("all")
    preamble: list[Row] = [
        [_("District overview of the plans, school year %(year)s") % {"year": chosen.school_year}],
        [
            _("Filters: area %(area)s; school form %(form)s; status %(status)s")
            % {
                "area": chosen.area or everything,
                "form": chosen.form or everything,
                "status": chosen.status or everything,
            }
        ],
        [_("Exported %(at)s") % {"at": f"{timezone.localtime(now):%Y-%m-%d %H:%M}"}],
    ]
    header = [
        _("School"),
        _("School unit code"),
        _("Area"),
        _("School forms"),
        _("Status"),
        _("Status since"),
        _("Reviewer"),
        _("Overdue"),
        _("Days overdue"),
        _("Open feedback items"),
        _("Checked version"),
        _("Newer version not handed in"),
        *(r.title(language) for r in matrix.requirements),
    ]
    statuses = {str(value): str(label) for value, label in PlanStatus.choices}
    yes, no = _("Yes"), _("No")
    rows: list[Row] = [
        [
            row.school.name,
            row.school.skolenhetskod,
            row.area_name,
            ", ".join(str(SchoolFormCode(code).label) for code in row.forms),
            statuses[row.status],
            f"{timezone.localtime(row.state.status_at):%Y-%m-%d}" if row.state.status_at else "",
            row.reviewer,
            yes if row.overdue else no,
            row.days_overdue or "",
            row.open_items,
            row.checked_version or "",
            yes if row.newer_not_submitted else no,
            *(result_labels[row.results.get(r.key, NOT_CHECKED)] for r in matrix.requirements),
        ]
        for row in matrix.rows
    ]
    return preamble, header, rows
