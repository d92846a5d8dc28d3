"""A benchmark district built with bulk_create, for bench/api.py and bench/overview.py.

Import after django.setup() (the scripts point VAR_DIR and DATABASE_URL at a throw-away folder first).
One district in 10 areas, N schools (every 5th an upper secondary school), a plan for 95 % of them
in every review status, each plan with one checked version and its 12 requirement results (seeded
random), optionally a second version waiting for its check on every k-th plan.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.utils import timezone

from plans.models import (
    Area,
    CheckRun,
    CheckStatus,
    District,
    Plan,
    PlanVersion,
    RequirementResult,
    Role,
    RoleGrant,
    School,
    SchoolYear,
)
from plans.selectors import template_for
from reviews.models import PlanReview, PlanStatus

STATUSES = list(PlanStatus.values)
RESULTS = ["met", "met", "met", "partial", "missing"]


@dataclass(frozen=True)
class BenchDistrict:
    admin: User  # the district administrator
    year: SchoolYear
    checked: list[PlanVersion]  # each plan's checked version 1


def build_district(schools: int, *, waiting_every: int = 0) -> BenchDistrict:
    rng = random.Random(2025)
    district = District.objects.create(name="Benchkommun")
    areas = Area.objects.bulk_create(Area(district=district, name=f"Område {n}") for n in range(10))
    year = SchoolYear.objects.create(
        district=district,
        label="2025/26",
        starts_on=datetime.date(2025, 8, 1),
        ends_on=datetime.date(2026, 7, 31),
    )
    rows = School.objects.bulk_create(
        School(district=district, area=areas[n % 10], name=f"Skola {n:04d}", skolenhetskod=f"{20000000 + n}")
        for n in range(schools)
    )
    School.forms.through.objects.bulk_create(
        School.forms.through(school_id=s.pk, schoolform_id="gymnasieskola" if n % 5 == 0 else "grundskola")
        for n, s in enumerate(rows)
    )
    plans = Plan.objects.bulk_create(Plan(school=s, school_year=year) for n, s in enumerate(rows) if n % 20)
    submitted = timezone.now() - datetime.timedelta(days=30)
    PlanReview.objects.bulk_create(
        PlanReview(plan=p, status=STATUSES[n % len(STATUSES)], submitted_at=submitted)
        for n, p in enumerate(plans)
        if STATUSES[n % len(STATUSES)] != PlanStatus.NOT_SUBMITTED
    )
    now = timezone.now()

    def version(plan: Plan, number: int, status: str) -> PlanVersion:
        return PlanVersion(
            plan=plan,
            number=number,
            file=f"bench/{plan.pk}-{number}.docx",
            original_name="plan.docx",
            size=1000,
            sha256=f"{plan.pk:032d}{number:032d}",
            check_status=status,
            check_finished_at=now if status == CheckStatus.CHECKED else None,
        )

    checked = PlanVersion.objects.bulk_create(version(p, 1, CheckStatus.CHECKED) for p in plans)
    if waiting_every:
        PlanVersion.objects.bulk_create(
            version(p, 2, CheckStatus.QUEUED) for n, p in enumerate(plans) if n % waiting_every == 0
        )
    template = template_for(year)
    keys = list(template.requirements.order_by("order", "key").values_list("key", flat=True))
    runs = CheckRun.objects.bulk_create(
        CheckRun(version=v, template=template, engine_version="bench") for v in checked
    )
    for v, run in zip(checked, runs, strict=True):
        v.current_run = run
    PlanVersion.objects.bulk_update(checked, ["current_run"], batch_size=2000)
    RequirementResult.objects.bulk_create(
        (
            RequirementResult(check_run=run, order=n, key=key, status=rng.choice(RESULTS), reason="bench")
            for run in runs
            for n, key in enumerate(keys)
        ),
        batch_size=2000,
    )
    admin = User.objects.create_user("bench-admin", password=None)
    RoleGrant.objects.create(user=admin, role=Role.DISTRICT_ADMIN, district=district)
    return BenchDistrict(admin, year, checked)
