"""python manage.py checkplan PATH... [--template KEY] [--json]: check .docx plans from the command line.

With --json: one JSON object per file and line (a published contract other tools rely on):
{"file", "requirements": [{"key", "status", "reason", "evidence"}], "findings": [{"code", "severity",
"message", "text"}], "duration_ms"}; an unreadable file gives {"file", "error"} and the run goes on.
Fields added without changing those: "engine", each requirement's "reason_code" and "parts" (the
parts BRIEF §6 names, {"name", "found", "evidence" or null}), each finding's "where".
The exit status is 1 when any file failed.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from plans import selectors, uploads
from plans.checking import (
    ENGINE_VERSION,
    CheckResult,
    DocumentUnreadable,
    Evidence,
    TemplateSpec,
    check_document,
    read_document,
)
from plans.errors import UploadRejected
from plans.finding_texts import finding_text, reason_text
from plans.models import PlanTemplate

SHIPPED_TEMPLATE = Path(__file__).resolve().parents[2] / "data" / "default_template.json"


def files_in(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*.docx") if p.is_file() and not p.name.startswith("~$"))
            )
        else:
            found.append(path)
    return found


def _evidence(e: Evidence) -> dict[str, Any]:
    return {"heading_path": list(e.heading_path), "blocks": [e.first_block, e.last_block], "quote": e.quote}


def as_json(path: str, result: CheckResult, duration_ms: int) -> dict[str, Any]:
    return {
        "file": path,
        "engine": ENGINE_VERSION,
        "requirements": [
            {
                "key": r.key,
                "status": r.status,
                "reason": reason_text(r.reason, r.params),
                "reason_code": r.reason,
                "evidence": [_evidence(e) for e in r.evidence],
                # Added in engine-4: the parts BRIEF §6 names, each found or not, with its evidence.
                "parts": [
                    {
                        "name": p.name,
                        "found": p.found,
                        "evidence": _evidence(p.evidence) if p.evidence else None,
                        **({"counts": dict(p.params)} if p.params else {}),
                    }
                    for p in r.parts
                ],
            }
            for r in result.requirements
        ],
        "findings": [
            {
                "code": f.code,
                "severity": f.severity,
                "message": finding_text(f.code, {**f.params, "masked": f.masked}),
                "text": f.text,
                "where": list(f.evidence[0].heading_path) if f.evidence else [],
            }
            for f in result.findings
        ],
        "language": result.language,
        "duration_ms": duration_ms,
    }


class Command(BaseCommand):
    help = "Check .docx plans (files or folders) against a template and print a report or JSON lines."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", help=".docx files or folders holding them")
        parser.add_argument(
            "--template", help="the key of a template in the database (default: the shipped one)"
        )
        parser.add_argument("--school-year", help="the school year the plans are for, e.g. 2025/26")
        parser.add_argument("--json", action="store_true", help="one JSON object per file and line")

    def handle(self, *args: Any, **options: Any) -> None:
        spec = self.template(options["template"])
        failed = 0
        for path in files_in(options["paths"]):
            started = time.perf_counter()
            try:
                data = path.read_bytes()
                uploads.validate_plan_file(data)
                result = check_document(read_document(data), spec, school_year=options["school_year"])
            except (OSError, UploadRejected, DocumentUnreadable) as error:
                failed += 1
                message = (
                    error.message
                    if isinstance(error, UploadRejected)
                    else str(getattr(error, "detail", error))
                )
                self.emit(options["json"], {"file": str(path), "error": message})
                continue
            duration_ms = round((time.perf_counter() - started) * 1000)
            self.emit(options["json"], as_json(str(path), result, duration_ms))
        if failed:
            raise SystemExit(1)

    def template(self, key: str | None) -> TemplateSpec:
        if not key:
            return TemplateSpec.from_dict(json.loads(SHIPPED_TEMPLATE.read_text(encoding="utf-8")))
        try:
            template = PlanTemplate.objects.filter(key=key).order_by("-version").first()
        except DatabaseError as error:
            raise CommandError(
                f"Templates cannot be read from the database ({error}); run migrate first."
            ) from None
        if template is None:
            raise CommandError(f"No template with key {key!r}.")
        return selectors.template_spec(template)

    def emit(self, as_json_lines: bool, payload: dict[str, Any]) -> None:
        if as_json_lines:
            self.stdout.write(json.dumps(payload, ensure_ascii=False))
            return
        self.stdout.write(f"\n{payload['file']}")
        if "error" in payload:
            self.stdout.write(f"  ✗ {payload['error']}")
            return
        symbols = {"met": "✓", "partial": "◐", "missing": "✗"}
        for item in payload["requirements"]:
            where = " › ".join(item["evidence"][0]["heading_path"]) if item["evidence"] else ""
            self.stdout.write(
                f"  {symbols[item['status']]} {item['key']:<26} {item['status']:<8} {item['reason']}"
            )
            if where:
                self.stdout.write(f"      {where}")
        for finding in payload["findings"]:
            self.stdout.write(f"  ! {finding['code']} ({finding['severity']}): {finding['message']}")
        self.stdout.write(f"  {payload['duration_ms']} ms")
