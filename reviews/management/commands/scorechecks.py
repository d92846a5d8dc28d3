"""Score the current engine against the district's reviewers (issue 14.2):

    manage.py scorechecks DIR [--template KEY]

DIR is a folder written by `exportassessments`. Each file is checked again with the engine as it is
now, and its statuses are compared with the reviewers' in labels.json: per requirement precision,
recall and F1 for each status, agreement, and the macro-F1 over the requirements — the district's
real plans as the test of every engine change. Prints; changes nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from plans.agreement import STATUSES, agreement_of, macro_f1
from plans.checking import ENGINE_VERSION, TemplateSpec, check_document, read_document
from plans.management.commands.checkplan import Command as CheckPlan


class Command(BaseCommand):
    help = "Score the current engine against the reviewers' statuses in a folder from exportassessments."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("folder")
        parser.add_argument("--template", help="A template key in the database (default: the shipped one)")

    def handle(self, *args: Any, **options: Any) -> None:
        folder = Path(options["folder"])
        try:
            labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"{folder} has no readable labels.json ({error}).") from None
        spec: TemplateSpec = CheckPlan().template(options["template"])
        now: dict[str, list[tuple[str, str]]] = defaultdict(list)
        then: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for entry in labels:
            data = (folder / entry["file"]).read_bytes()
            checked = check_document(read_document(data), spec, school_year=entry.get("school_year"))
            got = {r.key: r.status for r in checked.requirements}
            for key, statuses in entry["requirements"].items():
                if key in got:
                    now[key].append((statuses["reviewer"], got[key]))
                    then[key].append((statuses["reviewer"], statuses["engine"]))
        self.report(labels, now, then)

    def report(
        self,
        labels: list[dict[str, Any]],
        now: dict[str, list[tuple[str, str]]],
        then: dict[str, list[tuple[str, str]]],
    ) -> None:
        engines = sorted({entry.get("engine_version", "") for entry in labels} - {""})
        self.stdout.write(
            f"{len(labels)} plans; the reviewers against {ENGINE_VERSION} "
            f"(assessed with {', '.join(engines) or '?'})"
        )
        header = f"{'requirement':<26} {'n':>4} {'agree':>6} {'F1':>5} {'was':>5}   "
        self.stdout.write(header + "   ".join(f"{s:<7}  P     R" for s in STATUSES))
        current = [agreement_of(key, pairs) for key, pairs in sorted(now.items())]
        before = {key: agreement_of(key, pairs) for key, pairs in then.items()}
        for a in current:
            cells = "   ".join(f"{'':<7}{a.per_status[s][0]:.2f}  {a.per_status[s][1]:.2f}" for s in STATUSES)
            was = before[a.key].f1
            self.stdout.write(
                f"{a.key:<26} {a.pairs:>4} {a.agreement:>6.2f} {a.f1:>5.2f} {was:>5.2f}   {cells}"
            )
        seen = macro_f1(before.values())
        self.stdout.write(f"macro-F1 {macro_f1(current):.3f} (the engine the reviewers saw: {seen:.3f})")
