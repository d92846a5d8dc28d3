"""Lists: django-filter filters, ordering, pagination in a stable order, and a number of queries per
request that does not grow with the number of rows (every list endpoint, 3 rows against 15)."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from api.tokens import create_token
from plans import services as plan_services
from plans.models import CheckStatus, PlanVersion
from plans.selectors import template_for
from reviews import services as review_services
from reviews.models import PlanStatus, Severity
from tests.api.builders import API, api_client, client_with, results, seed
from tests.conftest import World
from tests.factories import (
    AreaFactory,
    PlanFactory,
    SchoolFactory,
    SchoolYearFactory,
)
from tests.reviews.conftest import checked_version

pytestmark = pytest.mark.django_db

OCTOBER = datetime.datetime(2025, 10, 15, 12, tzinfo=datetime.UTC)


def codes(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content
    return [row["skolenhetskod"] for row in results(response)]


# --- filters ---


@pytest.fixture
def admin_client(world: World, district_admin: User):  # type: ignore[no-untyped-def]
    seed(world, reviewer=district_admin)  # Ekbacken in review (checked); Västra gymnasiet not submitted
    return api_client(district_admin)


def test_schools_filter_by_status(admin_client, world: World) -> None:  # type: ignore[no-untyped-def]
    year = {"school_year": "2025/26"}
    assert codes(admin_client.get(f"{API}/schools/", {**year, "status": "in_review"})) == ["11111111"]
    assert codes(admin_client.get(f"{API}/schools/", {**year, "status": "not_submitted"})) == ["22222222"]
    assert codes(admin_client.get(f"{API}/schools/", {**year, "status": "approved"})) == []


def test_schools_filter_by_area_and_form(admin_client, world: World) -> None:  # type: ignore[no-untyped-def]
    assert codes(admin_client.get(f"{API}/schools/", {"area": world.area_b.pk})) == ["22222222"]
    assert codes(admin_client.get(f"{API}/schools/", {"form": "gymnasieskola"})) == ["22222222"]
    assert codes(admin_client.get(f"{API}/schools/", {"form": "grundskola"})) == ["11111111"]


def test_schools_filter_by_requirement_status(admin_client, world: World) -> None:  # type: ignore[no-untyped-def]
    results_of_a = admin_client.get(
        f"{API}/schools/{world.school_a.pk}/summary/", {"school_year": "2025/26"}
    ).json()["requirements"]
    for key, status in list(results_of_a.items())[:4]:
        query = {"school_year": "2025/26", "requirement": key, "requirement_status": status}
        assert codes(admin_client.get(f"{API}/schools/", query)) == ["11111111"], (key, status)
        other = next(s for s in ("met", "partial", "missing") if s != status)
        query["requirement_status"] = other
        assert codes(admin_client.get(f"{API}/schools/", query)) == []


def test_schools_filter_by_overdue(admin_client) -> None:  # type: ignore[no-untyped-def]
    with time_machine.travel(OCTOBER):
        overdue = admin_client.get(f"{API}/schools/", {"school_year": "2025/26", "overdue": "true"})
        on_time = admin_client.get(f"{API}/schools/", {"school_year": "2025/26", "overdue": "false"})
    assert codes(overdue) == ["22222222"]  # handed in nothing by 30 September
    assert codes(on_time) == ["11111111"]


def test_plans_filter_by_school_year_status_area_form_school(admin_client, world: World) -> None:  # type: ignore[no-untyped-def]
    def schools(**query: object) -> list[str]:
        return [row["school"] for row in results(admin_client.get(f"{API}/plans/", query))]

    assert schools(school_year="2025/26") == ["11111111", "22222222"]
    assert schools(school_year="2026/27") == []
    assert schools(status="in_review") == ["11111111"]
    assert schools(status="not_submitted") == ["22222222"]
    assert schools(area=world.area_b.pk) == ["22222222"]
    assert schools(form="gymnasieskola") == ["22222222"]
    assert schools(school="11111111") == ["11111111"]


def test_plan_versions_filter_by_status_school_and_year(admin_client) -> None:  # type: ignore[no-untyped-def]
    def statuses(**query: object) -> list[tuple[str, str]]:
        rows = results(admin_client.get(f"{API}/plan-versions/", query))
        return [(row["school"], row["status"]) for row in rows]

    assert statuses(status="checked") == [("11111111", "checked")]
    assert statuses(status="queued") == [("22222222", "queued")]
    assert statuses(school="22222222") == [("22222222", "queued")]
    assert len(statuses(school_year="2025/26")) == 2


def test_feedback_items_filter_by_state_and_severity(admin_client) -> None:  # type: ignore[no-untyped-def]
    assert len(results(admin_client.get(f"{API}/feedback-items/", {"severity": "must_fix"}))) == 1
    assert results(admin_client.get(f"{API}/feedback-items/", {"severity": "note"})) == []
    assert len(results(admin_client.get(f"{API}/feedback-items/", {"state": "open"}))) == 1


# --- ordering and pagination ---


@pytest.fixture
def twelve_schools(world: World, district_admin: User):  # type: ignore[no-untyped-def]
    for n in range(10):
        # Same names on purpose: the order must still be stable (the id breaks ties).
        SchoolFactory(area=world.area_a, name="Tvillingskolan", skolenhetskod=f"4000000{n}")
    return api_client(district_admin)


def test_ordering(twelve_schools) -> None:  # type: ignore[no-untyped-def]
    ascending = codes(twelve_schools.get(f"{API}/schools/", {"ordering": "skolenhetskod"}))
    descending = codes(twelve_schools.get(f"{API}/schools/", {"ordering": "-skolenhetskod"}))
    assert ascending == sorted(ascending) and descending == ascending[::-1]
    assert len(ascending) == 12
    # A field that is not offered for ordering is ignored, not an error.
    assert twelve_schools.get(f"{API}/schools/", {"ordering": "password"}).status_code == 200


def test_pages_walk_every_row_once_in_a_stable_order(twelve_schools) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    url: str | None = f"{API}/schools/?page_size=5"
    pages = 0
    while url:
        body = twelve_schools.get(url).json()
        assert body["count"] == 12
        seen += [row["skolenhetskod"] for row in body["results"]]
        url = body["next"]
        pages += 1
    assert pages == 3
    assert len(seen) == len(set(seen)) == 12
    assert seen == codes(twelve_schools.get(f"{API}/schools/", {"page_size": 50}))
    assert seen == codes(twelve_schools.get(f"{API}/schools/", {"page_size": 50}))  # and again


def test_page_size_is_capped_and_a_missing_page_is_404(twelve_schools) -> None:  # type: ignore[no-untyped-def]
    assert len(results(twelve_schools.get(f"{API}/schools/", {"page_size": 100000}))) == 12
    response = twelve_schools.get(f"{API}/schools/", {"page": 99})
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


# --- queries per list: 3 rows against 15 ---


def _grow(world: World, admin: User, principal: User, n: int, start: int) -> None:
    """n more of every row kind the lists show, in the district that `admin` administers."""
    template = template_for(world.year)
    plan_a = world.school_a.plans.get(school_year=world.year)
    version_a = plan_a.versions.order_by("-number")[0]
    for i in range(start, start + n):
        area = AreaFactory(district=world.district, name=f"Område {i:02d}")
        school = SchoolFactory(area=area, name=f"Skola {i:02d}", skolenhetskod=f"5{i:07d}")
        plan = PlanFactory(school=school, school_year=world.year)
        checked_version(plan, seed=i)
        SchoolYearFactory(district=world.district, label=f"{2030 + i}/{(31 + i) % 100:02d}")
        plan_services.copy_template(template=template, district=world.district, by=admin)
        item = review_services.add_feedback(
            version=version_a, by=admin, severity=Severity.NOTE, text=f"Anteckning {i}"
        )
        review_services.reply(item=item, by=principal, text=f"Svar {i}")
        create_token(user=admin, name=f"token {i}")


LISTS = [
    "/districts/",
    "/areas/",
    "/school-years/",
    "/schools/",
    "/schools/?school_year=2025/26",
    "/schools/?school_year=2025/26&overdue=true",
    "/schools/?school_year=2025/26&requirement=survey&requirement_status=met",
    "/plans/",
    "/plans/?status=not_submitted",
    "/plan-versions/",
    "/check-runs/",
    "/templates/",
    "/requirements/",
    "/feedback-items/",
    "/tokens/",
    "/plans/{plan}/events/",
    "/plans/{plan}/decisions/",
    "/school-years/2025%2F26/summary/",
]


def _count_queries(client, plan_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    client.get(f"{API}/districts/")  # the token's last use is written now, not in a counted request
    counts = {}
    for path in LISTS:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(
                API + path.format(plan=plan_id) + ("&" if "?" in path else "?") + "page_size=500"
            )
        assert response.status_code == 200, (path, response.content)
        counts[path] = len(queries)
    return counts


def _decide_again(plan, admin: User, principal: User, times: int) -> None:  # type: ignore[no-untyped-def]
    """More decisions and events on one plan: request changes, hand in again, review again."""
    for _ in range(times):
        review_services.request_changes(plan=plan, by=admin, note="Igen")
        review_services.submit(plan=plan, by=principal)
        review_services.start_review(plan=plan, by=admin)


def test_queries_per_list_do_not_grow_with_rows(
    world: World, district_admin: User, principal_a: User
) -> None:
    seeded = seed(world, reviewer=district_admin)
    _grow(world, district_admin, principal_a, 2, start=0)
    _decide_again(seeded.plan_a, district_admin, principal_a, 3)
    client = client_with(create_token(user=district_admin, name="lists")[0])
    with time_machine.travel(OCTOBER, tick=False):
        few = _count_queries(client, seeded.plan_a.pk)
    _grow(world, district_admin, principal_a, 12, start=2)
    _decide_again(seeded.plan_a, district_admin, principal_a, 12)
    with time_machine.travel(OCTOBER, tick=False):
        many = _count_queries(client, seeded.plan_a.pk)
    # The lists did grow (so the comparison means something) ...
    assert len(results(client.get(f"{API}/schools/", {"page_size": 500}))) >= 15
    assert len(results(client.get(f"{API}/plans/{seeded.plan_a.pk}/decisions/"))) >= 15
    assert PlanVersion.objects.filter(check_status=CheckStatus.CHECKED).count() >= 15
    # ... and their queries did not.
    grown = {path: (few[path], many[path]) for path in LISTS if many[path] != few[path]}
    assert grown == {}, grown


def test_year_summary_queries_do_not_grow_with_schools(world: World, district_admin: User) -> None:
    client = api_client(district_admin)
    summary = f"{API}/school-years/2025%2F26/summary/"
    for n in range(3):
        checked_version(
            PlanFactory(
                school=SchoolFactory(area=world.area_a, skolenhetskod=f"6000000{n}"), school_year=world.year
            )
        )
    client.get(summary)  # the token's last use is written now, not in a counted request
    with CaptureQueriesContext(connection) as few:
        client.get(summary)
    for n in range(3, 15):
        checked_version(
            PlanFactory(
                school=SchoolFactory(area=world.area_a, skolenhetskod=f"600000{n:02d}"),
                school_year=world.year,
            )
        )
    with CaptureQueriesContext(connection) as many:
        body = client.get(summary).json()
    assert body["schools"] == 17
    assert len(many) == len(few), [q["sql"][:150] for q in many.captured_queries]


def test_filters_start_from_what_the_user_may_see(
    principal_a: User, world: World, district_admin: User
) -> None:
    seed(world, reviewer=district_admin)
    client = client_with(create_token(user=principal_a)[0])
    assert codes(client.get(f"{API}/schools/", {"school_year": "2025/26", "status": "not_submitted"})) == []
    in_review = {"school_year": "2025/26", "status": PlanStatus.IN_REVIEW}
    assert codes(client.get(f"{API}/schools/", in_review)) == ["11111111"]
