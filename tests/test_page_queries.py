"""Every page renders in a bounded number of queries: the count is measured, the data behind the
page grows (schools, school years, versions, findings, feedback, events), and the count is measured
again. The queue, the overview and its exports have their own tests in tests/reviews."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plans import check_pipeline
from plans.models import CheckStatus, Finding, Plan, PlanVersion
from reviews import services
from reviews.models import Severity
from tests.conftest import World, client_for
from tests.factories import (
    PlanFactory,
    PlanVersionFactory,
    RoleGrantFactory,
    SchoolFactory,
    SchoolYearFactory,
    docx_bytes,
)
from tests.reviews.builders import stub_version

pytestmark = pytest.mark.django_db


def queries(client: Client, url: str) -> int:
    assert client.get(url).status_code == 200  # the session and the grants load the same way each time
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def assert_bounded(client: Client, url: str, grow: Callable[[], None]) -> None:
    before = queries(client, url)
    grow()
    after = queries(client, url)
    assert after == before, f"{url}: {before} queries before the data grew, {after} after"


def checked(plan: Plan, *, findings: int = 0) -> PlanVersion:
    number = plan.versions.count() + 1
    version = PlanVersionFactory(
        plan=plan, number=number, content=docx_bytes(plan.school.name, plan.school_year.label, seed=number)
    )
    check_pipeline.run_check(version_id=version.pk)
    version.refresh_from_db()
    assert version.check_status == CheckStatus.CHECKED
    add_findings(version, findings)
    return version


def add_findings(version: PlanVersion, count: int) -> None:
    run = version.check_runs.get()
    Finding.objects.bulk_create(
        Finding(
            check_run=run,
            code="personal_identity_number",
            severity="high",
            masked=f"8112{n:02d}-****",
            evidence=[{"heading_path": ["Bilaga"], "first_block": 1, "last_block": 1, "quote": ""}],
        )
        for n in range(count)
    )


def add_feedback(version: PlanVersion, reviewer: User, principal: User, count: int) -> None:
    for n in range(count):
        item = services.add_feedback(
            version=version, by=reviewer, severity=Severity.SHOULD_FIX, text=f"Synpunkt {n}."
        )
        services.reply(item=item, by=principal, text=f"Svar {n}.", addressing_version=version)


def test_start_page_for_the_district(world: World, district_admin: User, reviewer_same_area: User) -> None:
    def more_schools() -> None:
        for n in range(8):
            school = SchoolFactory(area=world.area_a, name=f"Skola {n}", forms=["grundskola", "fritidshem"])
            plan = PlanFactory(school=school, school_year=world.year)
            version = stub_version(plan)
            if n % 2:
                services.add_feedback(
                    version=version, by=district_admin, severity=Severity.MUST_FIX, text="Komplettera."
                )

    stub_version(PlanFactory(school=world.school_a, school_year=world.year))  # with no plan, fewer queries
    assert_bounded(client_for(district_admin), reverse("home") + "?year=2025/26", more_schools)


def test_start_page_for_a_principal_of_several_schools(world: World, principal_a: User) -> None:
    def more_schools() -> None:
        for n in range(5):
            school = SchoolFactory(area=world.area_a, name=f"Skola {n}")
            RoleGrantFactory(user=principal_a, role="principal", district=world.district, school=school)
            stub_version(PlanFactory(school=school, school_year=world.year))

    stub_version(PlanFactory(school=world.school_a, school_year=world.year))  # with no plan, fewer queries
    assert_bounded(client_for(principal_a), reverse("home"), more_schools)


def test_school_page(world: World, principal_a: User) -> None:
    def more_years_and_versions() -> None:
        for start in (2021, 2022, 2023, 2024):
            year = SchoolYearFactory(
                district=world.district,
                label=f"{start}/{(start + 1) % 100:02d}",
                starts_on=datetime.date(start, 7, 1),
                ends_on=datetime.date(start + 1, 6, 30),
            )
            plan = PlanFactory(school=world.school_a, school_year=year)
            stub_version(plan)
            stub_version(plan)

    assert_bounded(
        client_for(principal_a), reverse("plans:school", args=[world.school_a.pk]), more_years_and_versions
    )


def test_upload_page(world: World, principal_a: User) -> None:
    def more_years() -> None:
        for start in (2019, 2020, 2021):
            SchoolYearFactory(
                district=world.district,
                label=f"{start}/{(start + 1) % 100:02d}",
                starts_on=datetime.date(start, 7, 1),
                ends_on=datetime.date(start + 1, 6, 30),
            )

    assert_bounded(client_for(principal_a), reverse("plans:upload", args=[world.school_a.pk]), more_years)


def test_plan_page(world: World, principal_a: User) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    checked(plan)

    def more_versions() -> None:
        for _ in range(4):
            stub_version(plan)
        services.submit(plan=plan, by=principal_a)

    assert_bounded(client_for(principal_a), reverse("plans:plan", args=[plan.pk]), more_versions)


def test_version_report_and_status(world: World, principal_a: User) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    version = checked(plan, findings=1)
    client = client_for(principal_a)
    for name in ("plans:version", "plans:version-status"):
        url = reverse(name, args=[version.pk])
        before = queries(client, url)
        add_findings(version, 9)
        assert queries(client, url) == before, name


@pytest.mark.parametrize("who", ["reviewer_same_area", "principal_a"])
def test_review_screen(
    request: pytest.FixtureRequest, world: World, principal_a: User, reviewer_same_area: User, who: str
) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    version = checked(plan, findings=1)
    add_feedback(version, reviewer_same_area, principal_a, 1)

    def more_of_everything() -> None:
        add_findings(version, 6)
        add_feedback(version, reviewer_same_area, principal_a, 4)

    client = client_for(request.getfixturevalue(who))
    assert_bounded(client, reverse("reviews:plan", args=[plan.pk]), more_of_everything)


def test_diff_page(world: World, reviewer_same_area: User, principal_a: User) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    first = checked(plan, findings=1)
    checked(plan)
    add_feedback(first, reviewer_same_area, principal_a, 1)

    def more_versions_and_feedback() -> None:
        add_feedback(first, reviewer_same_area, principal_a, 4)
        for _ in range(3):
            stub_version(plan)

    url = reverse("reviews:diff", args=[plan.pk]) + "?from=1&to=2"
    assert_bounded(client_for(reviewer_same_area), url, more_versions_and_feedback)


def test_pages_without_data_of_their_own(world: World, principal_a: User) -> None:
    anonymous = Client()
    for name in ("login", "password_reset"):
        url = reverse(name)
        with CaptureQueriesContext(connection) as captured:
            assert anonymous.get(url).status_code == 200
        assert len(captured) <= 2, (name, len(captured))
