"""API polling and status speed: a status poll of one plan version (200 and 304) and the school year's
summary for N schools, through Django's test client with a token, as an integration would call them.

Builds a throw-away SQLite database in a temporary VAR_DIR (never var/db.sqlite3) with bulk_create: one
district in 10 areas, N schools (every 5th an upper secondary school), a plan for 95 % of them in
every review status, each with one checked version and 12 requirement results (seeded random).

Run: .venv/bin/python bench/api.py [--schools N] [--repeat R]. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Before Django reads its settings: a database and files of our own, removed at the end.
VAR_DIR = Path(tempfile.mkdtemp(prefix="bench-api-"))
os.environ["VAR_DIR"] = str(VAR_DIR)
os.environ["DATABASE_URL"] = f"sqlite:///{VAR_DIR / 'bench.sqlite3'}"
os.environ["API_THROTTLE_RATE"] = "1000000/min"  # the bench polls faster than any client may
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from api.tokens import create_token  # noqa: E402
from bench.district import build_district  # noqa: E402
from plans.models import (  # noqa: E402
    Area,
    CheckRun,
    District,
    Plan,
    PlanVersion,
    RequirementResult,
    RoleGrant,
    School,
    SchoolYear,
)
from reviews.models import PlanReview  # noqa: E402


def build(schools: int) -> tuple[User, PlanVersion]:
    district = build_district(schools)
    return district.admin, district.checked[0]


def timed(label: str, function: Callable[[], Any], repeat: int) -> None:
    response = function()  # warm: translations loaded, the token's last use written
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as captured:
        function()
    print(
        f"{label:<46} HTTP {response.status_code}  median {statistics.median(samples):7.1f} ms   "
        f"min {min(samples):7.1f} ms   max {max(samples):7.1f} ms   {len(captured):3d} queries   "
        f"{len(response.content) / 1e3:6.1f} kB"
    )


def reset() -> None:
    for model in (RequirementResult, CheckRun, PlanVersion, PlanReview, Plan, School, SchoolYear, Area):
        model.objects.all().delete()
    RoleGrant.objects.all().delete()
    District.objects.all().delete()
    User.objects.all().delete()


def run(schools: int, repeat: int) -> None:
    reset()
    start = time.perf_counter()
    admin, version = build(schools)
    print(
        f"\n{schools} schools, {Plan.objects.count()} plans: built in {time.perf_counter() - start:.1f} s "
        f"(SQLite in {VAR_DIR}, DEBUG={settings.DEBUG})"
    )
    key, _ = create_token(user=admin, name="bench")
    client = Client(HTTP_AUTHORIZATION=f"Token {key}")
    detail = f"/api/v1/plan-versions/{version.pk}/"
    etag = client.get(detail)["ETag"]
    summary = "/api/v1/school-years/2025%2F26/summary/"
    summary_etag = client.get(summary)["ETag"]
    timed("GET plan-version (status poll, 200)", lambda: client.get(detail), repeat)
    timed(
        "GET plan-version, If-None-Match (304)", lambda: client.get(detail, HTTP_IF_NONE_MATCH=etag), repeat
    )
    timed("GET school-years/2025%2F26/summary/ (200)", lambda: client.get(summary), repeat)
    timed(
        "GET summary, If-None-Match (304)",
        lambda: client.get(summary, HTTP_IF_NONE_MATCH=summary_etag),
        repeat,
    )
    timed(
        "GET schools/?school_year=2025/26 (page of 50)",
        lambda: client.get("/api/v1/schools/", {"school_year": "2025/26"}),
        repeat,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, nargs="*", default=[200, 1000])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    try:
        call_command("migrate", verbosity=0, interactive=False)
        for schools in args.schools:
            run(schools, args.repeat)
    finally:
        connection.close()
        shutil.rmtree(VAR_DIR, ignore_errors=True)


if __name__ == "__main__":
    main()
