"""Write a school year's assessed plans and the reviewers' statuses as a labelled folder (issue 14.2):

    manage.py exportassessments 2025/26 DIR --by ADMIN [--district NAME]

DIR gets each assessed version's file and labels.json (per file: the reviewers' status per requirement,
the engine's status when they assessed, the engine version). `manage.py scorechecks DIR` then scores
the current engine against the district's own lawyers. The files are the district's plans and may
hold personal data: only a district administrator may export them, and the folder must stay inside
the district.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser

from plans import permissions
from plans.models import SchoolYear
from reviews.models import Assessment

WARNING = (
    "These are the district's own plans and may hold personal data (BRIEF §5): keep the folder inside "
    "the district, on its own storage, and remove it when the scoring is done."
)


class Command(BaseCommand):
    help = "Write a school year's assessed plans and the reviewers' statuses (labels.json) to a folder."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("school_year", help="The school year's label, e.g. 2025/26")
        parser.add_argument("folder", help="An empty or new folder")
        parser.add_argument("--by", required=True, help="The district administrator who exports")
        parser.add_argument("--district", help="The district's name, when several have the school year")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["by"]).first()
        years = SchoolYear.objects.filter(label=options["school_year"]).select_related("district")
        if options["district"]:
            years = years.filter(district__name=options["district"])
        if user is None:
            raise CommandError(f"No user {options['by']!r}.")
        admin_of = set(permissions.administered_districts(user).values_list("pk", flat=True))
        years = years.filter(district_id__in=admin_of)
        if not years.exists():
            raise CommandError(
                f"{user.get_username()} administers no district with the school year "
                f"{options['school_year']!r}: only a district administrator may export the district's plans."
            )
        if years.count() > 1:
            raise CommandError("Several districts have this school year: name one with --district.")
        year = years.get()
        folder = Path(options["folder"])
        if folder.exists() and any(folder.iterdir()):
            raise CommandError(f"{folder} is not empty.")
        folder.mkdir(parents=True, exist_ok=True)
        self.stderr.write(WARNING)
        labels = self.export(year, folder)
        (folder / "labels.json").write_text(
            json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        count = sum(len(entry["requirements"]) for entry in labels)
        self.stdout.write(f"{len(labels)} assessed plans, {count} assessments written to {folder}.")

    def export(self, year: SchoolYear, folder: Path) -> list[dict[str, Any]]:
        rows = (
            Assessment.objects.filter(version__plan__school_year=year, version__purged_at__isnull=True)
            .select_related("version__plan__school", "version__current_run")
            .order_by("version__plan__school__skolenhetskod", "version__number", "key")
        )
        entries: dict[int, dict[str, Any]] = {}
        for assessment in rows:
            version = assessment.version
            entry = entries.get(version.pk)
            if entry is None:
                name = f"{version.plan.school.skolenhetskod}-v{version.number}.docx"
                with version.file.open("rb") as source:
                    (folder / name).write_bytes(source.read())
                run = version.current_run
                entry = entries[version.pk] = {
                    "file": name,
                    "school": version.plan.school.name,
                    "school_year": year.label,
                    "version": version.number,
                    "engine_version": run.engine_version if run else "",
                    "requirements": {},
                }
            entry["requirements"][assessment.key] = {
                "reviewer": assessment.status,
                "engine": assessment.engine_status,
            }
        return list(entries.values())
