"""Writes of plans: school import, templates, re-checks and the audit trail (checks: check_pipeline).

Each service checks permission itself (plans.permissions.require), so the web, the API and the
command line cannot forget to.
"""

from __future__ import annotations

import csv
import datetime
import io
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from plans import jobs, permissions, selectors
from plans.models import (
    SKOLENHETSKOD_PATTERN,
    Area,
    CheckStatus,
    District,
    EventKind,
    Plan,
    PlanEvent,
    PlanTemplate,
    PlanVersion,
    Requirement,
    School,
    SchoolForm,
    SchoolFormCode,
    SchoolYear,
)
from plans.permissions import Action, Actor

logger = logging.getLogger(__name__)


# --- The audit trail ---


def record_event(
    *,
    plan: Plan,
    kind: str,
    by: Actor | None,
    version: PlanVersion | None = None,
    data: dict[str, Any] | None = None,
    now: datetime.datetime | None = None,
) -> PlanEvent:
    """Append one row to the plan's audit trail (by=None: the system, e.g. the check worker)."""
    actor = by if isinstance(by, User) else None
    label = str(by) if by is not None and actor is None else (actor.get_username() if actor else "system")
    return PlanEvent.objects.create(
        plan=plan,
        version=version,
        kind=kind,
        actor=actor,
        actor_label=label,
        at=now or timezone.now(),
        data=data or {},
    )


# --- Bulk import of schools ---

_FORM_NAMES: dict[str, str] = {
    **{code: code for code in SchoolFormCode.values},
    "förskola": SchoolFormCode.FORSKOLA,
    "förskoleklass": SchoolFormCode.FORSKOLEKLASS,
    "grundskola": SchoolFormCode.GRUNDSKOLA,
    "anpassad grundskola": SchoolFormCode.ANPASSAD_GRUNDSKOLA,
    "grundsärskola": SchoolFormCode.ANPASSAD_GRUNDSKOLA,  # renamed 2 July 2023 (SFS 2022:1315)
    "fritidshem": SchoolFormCode.FRITIDSHEM,
    "gymnasieskola": SchoolFormCode.GYMNASIESKOLA,
    "anpassad gymnasieskola": SchoolFormCode.ANPASSAD_GYMNASIESKOLA,
    "gymnasiesärskola": SchoolFormCode.ANPASSAD_GYMNASIESKOLA,  # renamed 2 July 2023
}
_COLUMNS: dict[str, tuple[str, ...]] = {
    "skolenhetskod": ("skolenhetskod", "school_unit_code", "code", "kod"),
    "name": ("namn", "name", "skola", "school"),
    "forms": ("skolformer", "skolform", "school_forms", "forms"),
    "area": ("område", "omrade", "area", "avdelning"),
}


@dataclass
class ImportReport:
    dry_run: bool
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    new_areas: list[str] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def applied(self) -> bool:
        return not self.dry_run and not self.errors


class _Rollback(Exception):
    pass


def decode_csv(raw: bytes) -> str:
    """Excel in Sweden saves CSV as UTF-8 with a BOM or as Windows-1252; accept both."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def import_schools(*, district: District, text: str, by: Actor, dry_run: bool) -> ImportReport:
    """Create or update a district's schools from CSV; with any error nothing is written."""
    permissions.require(by, Action.ADMINISTER, district)
    report = ImportReport(dry_run=dry_run)
    try:
        with transaction.atomic():
            _import_rows(district, text, report)
            if dry_run or report.errors:
                raise _Rollback
    except _Rollback:
        pass
    return report


def _import_rows(district: District, text: str, report: ImportReport) -> None:
    # The header line decides the delimiter: Swedish Excel writes ";", others ",".
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        report.errors.append((1, _("The file is empty.")))
        return
    columns = _map_columns(header)
    missing = [name for name in ("skolenhetskod", "name", "forms") if name not in columns]
    if missing:
        report.errors.append(
            (
                1,
                _("Missing columns: %(columns)s. Expected: skolenhetskod, namn, skolformer, område.")
                % {"columns": ", ".join(missing)},
            )
        )
        return
    seen: dict[str, int] = {}
    forms = {form.code: form for form in SchoolForm.objects.all()}
    areas = {area.name.casefold(): area for area in Area.objects.filter(district=district)}
    for line_number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        errors = _import_row(district, row, columns, line_number, seen, forms, areas, report)
        report.errors.extend((line_number, message) for message in errors)


def _map_columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        key = title.strip().casefold()
        for column, names in _COLUMNS.items():
            if key in names and column not in found:
                found[column] = index
    return found


def _import_row(
    district: District,
    row: list[str],
    columns: dict[str, int],
    line: int,
    seen: dict[str, int],
    forms: dict[str, SchoolForm],
    areas: dict[str, Area],
    report: ImportReport,
) -> list[str]:
    def cell(name: str) -> str:
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    errors: list[str] = []
    code, name, area_name = cell("skolenhetskod"), cell("name"), cell("area")
    if not re.match(SKOLENHETSKOD_PATTERN, code):
        errors.append(_("School unit code %(code)r is not 8 digits.") % {"code": code})
    elif code in seen:
        errors.append(
            _("School unit code %(code)s also appears on line %(line)s.") % {"code": code, "line": seen[code]}
        )
    else:
        seen[code] = line
    if not name:
        errors.append(_("The school has no name."))
    form_codes: list[str] = []
    unknown_forms = [raw.strip() for raw in re.split(r"[;|,/]", cell("forms")) if raw.strip()]
    for raw in list(unknown_forms):
        if raw.casefold() in _FORM_NAMES:
            form_codes.append(_FORM_NAMES[raw.casefold()])
            unknown_forms.remove(raw)
    errors.extend(_("Unknown school form %(form)r.") % {"form": raw} for raw in unknown_forms)
    if not form_codes and not unknown_forms:
        errors.append(_("The school has no school form."))
    existing = School.objects.filter(skolenhetskod=code).first() if code else None
    if existing is not None and existing.district_id != district.pk:
        errors.append(
            _("School unit code %(code)s belongs to a school of another district.") % {"code": code}
        )
    if errors:
        return errors
    area = None
    if area_name:
        area = areas.get(area_name.casefold())
        if area is None:
            area = Area.objects.create(district=district, name=area_name)
            areas[area_name.casefold()] = area
            report.new_areas.append(area_name)
    school = existing or School(district=district, skolenhetskod=code)
    school.name = name
    school.area = area
    try:
        school.full_clean(exclude=["forms"], validate_unique=False)
    except ValidationError as invalid:
        return [f"{key}: {'; '.join(messages)}" for key, messages in invalid.message_dict.items()]
    school.save()
    school.forms.set([forms[form_code] for form_code in form_codes])
    (report.updated if existing else report.created).append(code)
    return []


# --- Templates ---


@transaction.atomic
def copy_template(*, template: PlanTemplate, district: District, by: Actor) -> PlanTemplate:
    """A new editable version of a template for the district; the old one stays as results cite it."""
    permissions.require(by, Action.ADMINISTER, district)
    newest = (
        PlanTemplate.objects.filter(district=district, key=template.key).aggregate(n=Max("version"))["n"] or 0
    )
    copy = PlanTemplate.objects.create(
        district=district, key=template.key, version=max(newest, template.version) + 1, name=template.name
    )
    Requirement.objects.bulk_create(
        Requirement(
            template=copy,
            order=r.order,
            key=r.key,
            title_sv=r.title_sv,
            title_en=r.title_en,
            legal_basis=r.legal_basis,
            required=r.required,
            headings=r.headings,
            signals=r.signals,
            advice_sv=r.advice_sv,
            advice_en=r.advice_en,
        )
        for r in template.requirements.all()
    )
    return copy


def recheck_school_year(
    *,
    school_year: SchoolYear,
    by: Actor,
    include_decided: bool = False,
    now: datetime.datetime | None = None,
) -> int:
    """Queue the settled versions of the school year for a new check (after a template change).

    A check adds a run and never rewrites one, so what a decision or a letter was based on stays as
    it was. Versions with such a record are left out unless include_decided: their current results
    would then come from the new run, while the record keeps naming the run it saw.
    """
    permissions.require(by, Action.ADMINISTER, school_year)
    now = now or timezone.now()
    with transaction.atomic():
        settled = PlanVersion.objects.filter(
            plan__school_year=school_year,
            check_status__in=[CheckStatus.CHECKED, CheckStatus.FAILED],
            purged_at__isnull=True,  # nothing left to check: the purge removed the file
        )
        if not include_decided:
            settled = settled.exclude(pk__in=selectors.decided_versions(school_year=school_year))
        versions = list(settled.select_for_update().select_related("plan"))
        ids = [v.pk for v in versions]
        PlanVersion.objects.filter(pk__in=ids).update(
            check_status=CheckStatus.QUEUED,
            check_queued_at=now,
            check_sent_at=None,
            check_attempts=0,
            check_failure="",
            check_failure_detail="",
        )
        actor = by if isinstance(by, User) else None
        PlanEvent.objects.bulk_create(
            PlanEvent(
                plan=v.plan,
                version=v,
                kind=EventKind.CHECK_REQUEUED,
                actor=actor,
                actor_label=str(by) if actor is None else actor.get_username(),
                at=now,
                data={"reason": "recheck_school_year", "include_decided": include_decided},
            )
            for v in versions
        )
        for version_id in ids:
            jobs.enqueue_check(version_id)
    return len(ids)
