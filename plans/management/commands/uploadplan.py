"""python manage.py uploadplan SKOLENHETSKOD SCHOOLYEAR FILE: the same upload as the web page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser

from plans import permissions, uploads
from plans.errors import PlansError
from plans.models import SchoolYear


class Command(BaseCommand):
    help = "Upload a plan (.docx) for a school and school year; its check is queued for the worker."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("skolenhetskod", help="the school's 8-digit school unit code")
        parser.add_argument("school_year", help="the school year's label, e.g. 2025/26")
        parser.add_argument("file", type=Path, help="the plan as a .docx file")
        parser.add_argument(
            "--user",
            help="upload as this user, with their permissions (default: the operator at the command line)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        actor: permissions.Actor = permissions.OPERATOR
        if options["user"]:
            user = User.objects.filter(username=options["user"], is_active=True).first()
            if user is None:
                raise CommandError(f"No active user {options['user']!r}.")
            actor = user
        visible = permissions.visible_schools(actor)
        school = visible.filter(skolenhetskod=options["skolenhetskod"]).first()
        if school is None:
            raise CommandError(
                f"No school with school unit code {options['skolenhetskod']} (that you may see)."
            )
        year = SchoolYear.objects.filter(district_id=school.district_id, label=options["school_year"]).first()
        if year is None:
            labels = ", ".join(
                SchoolYear.objects.filter(district_id=school.district_id).values_list("label", flat=True)
            )
            raise CommandError(
                f"No school year {options['school_year']} in {school.district}. Known: {labels or 'none'}."
            )
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No file at {path}.")
        try:
            with path.open("rb") as handle:
                version = uploads.submit_plan(
                    school=school,
                    school_year=year,
                    file=handle,
                    original_name=path.name,
                    by=actor,
                    declared_size=path.stat().st_size,
                )
        except PlansError as refused:
            raise CommandError(refused.message) from None
        self.stdout.write(
            f"Stored version {version.number} of the plan of {school.name} ({school.skolenhetskod}) for "
            f"{year.label}: id {version.pk}, check {version.check_status}."
        )
