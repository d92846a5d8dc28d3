"""python manage.py purge [--district NAME ...] [--dry-run]: retention (gallring), docs/retention.md.

Removes plan files, feedback letters and reminder records of the school years each district no
longer keeps, and sign-in records older than SIGNIN_RECORDS_KEEP_DAYS; each plan's purge is recorded
in its audit trail. --dry-run prints the same table and changes nothing.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from plans.models import District
from reviews import retention

COLUMNS = ("District", "School year", "Plans", "Plan files", "Letters", "Reminder rows", "Bytes")


class Command(BaseCommand):
    help = (
        "Remove plan files, letters and reminder records of the school years a district no longer "
        "keeps, and old sign-in records (--dry-run: only list them)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--district", action="append", metavar="NAME", help="only this district (may be repeated)"
        )
        parser.add_argument("--dry-run", action="store_true", help="list what would go; change nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        names: list[str] | None = options["district"]
        districts = None
        if names:
            districts = list(District.objects.filter(name__in=names).order_by("name"))
            missing = sorted(set(names) - {d.name for d in districts})
            if missing:
                raise CommandError(f"No district named {', '.join(map(repr, missing))}.")
        report = retention.purge(districts=districts, dry_run=options["dry_run"])
        self.stdout.write(render(report))


def render(report: retention.PurgeReport) -> str:
    lines = [
        f"{keeps.district} keeps {keeps.keep_school_years} school years; past keeping: "
        f"{', '.join(keeps.past_keeping) or 'none'}"
        for keeps in report.districts
    ]
    lines.append("")
    if report.years:
        figures = [(r.plans, r.plan_files, r.letters, r.reminders, r.bytes) for r in report.years]
        rows: list[tuple[str | int, ...]] = [
            (r.district, r.school_year, *f) for r, f in zip(report.years, figures, strict=True)
        ]
        rows.append(("Total", "", *(sum(column) for column in zip(*figures, strict=True))))
        lines.extend(_table(rows))
    else:
        lines.append("No plan files, letters or reminder records past keeping.")
    signin = report.signin
    lines.append(
        f"Sign-in records from before {timezone.localtime(signin.before):%Y-%m-%d %H:%M}: {signin.total} "
        f"({signin.attempts} lockout counters, {signin.failures} failures, {signin.logins} sign-ins)"
    )
    if report.dry_run:
        lines.append("Dry run: nothing was changed.")
    elif not report.is_empty:
        lines.append("Removed; each plan's audit trail records what went.")
    return "\n".join(lines)


def _table(rows: list[tuple[str | int, ...]]) -> list[str]:
    cells = [COLUMNS, *(tuple(f"{c:,}" if isinstance(c, int) else c for c in row) for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]

    def line(row: tuple[str, ...]) -> str:
        # Names left, figures right.
        return "  ".join(
            c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )

    return [line(cells[0]), "  ".join("-" * w for w in widths), *(line(row) for row in cells[1:])]
