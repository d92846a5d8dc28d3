"""District overview speed: the schools-by-requirements page and its selector for 1,000 schools.

Builds a throw-away SQLite database in a temporary VAR_DIR (never var/db.sqlite3) with bulk_create:
one district in 10 areas, N schools (every 5th an upper secondary school), a plan for 95 % of them
in every review status, each plan with one checked version and 12 requirement results (seeded
random), and a second version waiting for its check on every 4th plan. Then times
GET /reviews/overview/ through Django's test client as a district administrator, and
reviews.selectors.school_year_matrix() alone. The target for the page is under 300 ms at 1,000.

Run: .venv/bin/python bench/overview.py [--schools N] [--repeat R]. Prints figures; asserts nothing.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Before Django reads its settings: a database and files of our own, removed at the end.
VAR_DIR = Path(tempfile.mkdtemp(prefix="bench-overview-"))
os.environ["VAR_DIR"] = str(VAR_DIR)
os.environ["DATABASE_URL"] = f"sqlite:///{VAR_DIR / 'bench.sqlite3'}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.district import build_district  # noqa: E402
from plans import permissions  # noqa: E402
from plans.models import (  # noqa: E402
    Plan,
    RequirementResult,
    SchoolYear,
)
from reviews import selectors  # noqa: E402


def build(schools: int) -> tuple[User, SchoolYear]:
    call_command("migrate", verbosity=0, interactive=False)
    district = build_district(schools, waiting_every=4)
    return district.admin, district.year


def timed(label: str, function: Callable[[], object], repeat: int) -> None:
    function()  # warm: templates compiled, translations loaded
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as captured:
        function()
    print(
        f"{label:<34} median {statistics.median(samples):7.1f} ms   "
        f"min {min(samples):7.1f} ms   max {max(samples):7.1f} ms   {len(captured):3d} queries"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    try:
        start = time.perf_counter()
        admin, year = build(args.schools)
        print(
            f"{args.schools} schools, {Plan.objects.count()} plans, "
            f"{RequirementResult.objects.count()} requirement results: built in "
            f"{time.perf_counter() - start:.1f} s (SQLite in {VAR_DIR}, DEBUG={settings.DEBUG})"
        )
        client = Client()
        client.force_login(admin)
        url = reverse("reviews:overview")
        response = client.get(url)
        print(f"page: HTTP {response.status_code}, {len(response.content) / 1e3:.0f} kB of HTML")
        today = timezone.localdate()
        timed("GET /reviews/overview/", lambda: client.get(url), args.repeat)
        timed("GET /reviews/overview.csv", lambda: client.get(reverse("reviews:overview-csv")), args.repeat)
        timed("GET /reviews/overview.xlsx", lambda: client.get(reverse("reviews:overview-xlsx")), args.repeat)
        timed(
            "school_year_matrix()",
            lambda: selectors.school_year_matrix(
                permissions.visible_schools(admin), school_year=year, today=today
            ),
            args.repeat,
        )
    finally:
        connection.close()
        shutil.rmtree(VAR_DIR, ignore_errors=True)


if __name__ == "__main__":
    main()
