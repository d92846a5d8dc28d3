"""python manage.py importschools DISTRICT FILE [--dry-run]: bulk import of schools from CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from plans import permissions, services
from plans.models import District


class Command(BaseCommand):
    help = "Create or update a district's schools from a CSV file (skolenhetskod, namn, skolformer, område)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("district", help="the district's name")
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="only list what would change and every error"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        district = District.objects.filter(name=options["district"]).first()
        if district is None:
            raise CommandError(f"No district named {options['district']!r}.")
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No file at {path}.")
        report = services.import_schools(
            district=district,
            text=services.decode_csv(path.read_bytes()),
            by=permissions.OPERATOR,
            dry_run=options["dry_run"],
        )
        for line, message in report.errors:
            self.stderr.write(f"line {line}: {message}")
        verb = "would create" if report.dry_run else "created"
        self.stdout.write(
            f"{verb} {len(report.created)}, updated {len(report.updated)}, new areas {len(report.new_areas)}"
        )
        if report.errors:
            raise CommandError(f"{len(report.errors)} error(s): nothing was imported.")
