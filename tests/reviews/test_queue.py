"""Who reviews which school (area, per-school override, deputy) and what a reviewer's queue holds."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plans.models import Finding, Role, School
from plans.selectors import current_check_run
from reviews import selectors, services
from reviews.models import PlanStatus, Severity
from reviews.selectors import Assignment, QueueRow
from tests.conftest import World
from tests.factories import RoleGrantFactory, SchoolFactory, UserFactory
from tests.reviews.builders import at, plan_with_status, stub_version
from tests.reviews.conftest import checked_version

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2025, 10, 10)  # after the default due date, 30 September


def reviewer(username: str, world: World, **scope: object) -> User:
    user = UserFactory(username=username)
    RoleGrantFactory(user=user, role=Role.REVIEWER, district=world.district, **scope)
    return user


def queue(user: User, world: World, today: datetime.date = TODAY) -> list[QueueRow]:
    fresh = User.objects.get(pk=user.pk)  # no grants cached from an earlier call
    return selectors.reviewer_queue(fresh, school_year=world.year, today=today)


def schools_in(rows: list[QueueRow]) -> list[str]:
    return [row.school.name for row in rows]


def test_reviewers_are_assigned_to_schools_through_their_area(
    world: World, reviewer_same_area: User, reviewer_other_area: User
) -> None:
    assigned = selectors.assignments([world.school_a, world.school_b])
    assert assigned == {
        world.school_a.pk: Assignment(reviewers=[reviewer_same_area.pk], deputies=[]),
        world.school_b.pk: Assignment(reviewers=[reviewer_other_area.pk], deputies=[]),
    }


def test_a_reviewers_queue_holds_only_the_schools_of_their_area(
    world: World, reviewer_same_area: User, reviewer_other_area: User
) -> None:
    assert schools_in(queue(reviewer_same_area, world)) == ["Ekbacken"]
    assert schools_in(queue(reviewer_other_area, world)) == ["Västra gymnasiet"]


def test_a_school_reviewer_overrides_the_areas_reviewer(world: World, reviewer_same_area: User) -> None:
    lindgren = SchoolFactory(area=world.area_a, name="Lindgrenskolan")
    school_reviewer = reviewer("school_reviewer", world, school=world.school_a)
    assigned = selectors.assignments([world.school_a, lindgren])
    assert assigned[world.school_a.pk] == Assignment(reviewers=[school_reviewer.pk], deputies=[])
    assert assigned[lindgren.pk] == Assignment(reviewers=[reviewer_same_area.pk], deputies=[])
    assert schools_in(queue(reviewer_same_area, world)) == ["Lindgrenskolan"]
    assert schools_in(queue(school_reviewer, world)) == ["Ekbacken"]


def test_an_area_deputy_sees_the_areas_plans_as_deputy(world: World, reviewer_same_area: User) -> None:
    deputy = reviewer("deputy", world, area=world.area_a, is_deputy=True)
    assert selectors.assignments([world.school_a])[world.school_a.pk] == Assignment(
        reviewers=[reviewer_same_area.pk], deputies=[deputy.pk]
    )
    [row] = queue(deputy, world)
    assert (row.school.name, row.as_deputy) == ("Ekbacken", True)
    [own] = queue(reviewer_same_area, world)
    assert (own.school.name, own.as_deputy) == ("Ekbacken", False)


def test_a_school_deputy_stands_in_beside_the_areas_reviewer(world: World, reviewer_same_area: User) -> None:
    deputy = reviewer("school_deputy", world, school=world.school_a, is_deputy=True)
    assert selectors.assignments([world.school_a])[world.school_a.pk] == Assignment(
        reviewers=[reviewer_same_area.pk], deputies=[deputy.pk]
    )
    [row] = queue(deputy, world)
    assert (row.school.name, row.as_deputy) == ("Ekbacken", True)


def test_an_inactive_reviewer_is_not_assigned(world: World, reviewer_same_area: User) -> None:
    reviewer_same_area.is_active = False
    reviewer_same_area.save()
    assert selectors.assignments([world.school_a])[world.school_a.pk] == Assignment()


def test_the_queue_holds_waiting_and_overdue_plans_ordered_by_due_date(
    world: World, district_admin: User, reviewer_same_area: User
) -> None:
    def school(name: str) -> School:
        return SchoolFactory(area=world.area_a, name=name)

    for name, status, when in [
        ("Asp", PlanStatus.SUBMITTED, at(2025, 9, 20)),  # review due 11 October
        ("Björk", PlanStatus.RESUBMITTED, at(2025, 9, 25)),  # review due 16 October
        ("Ceder", PlanStatus.IN_REVIEW, at(2025, 9, 5)),  # review due 26 September: overdue
        ("Dal", PlanStatus.APPROVED, at(2025, 9, 5)),
        ("Ek", PlanStatus.CHANGES_REQUESTED, at(2025, 9, 5)),
        ("Gran", PlanStatus.NOT_SUBMITTED, at(2025, 9, 5)),  # uploaded, never submitted; due 30 September
    ]:
        plan_with_status(school(name), world.year, status, by=district_admin, when=when)
    school("Fur")  # no plan at all; due 30 September
    rows = queue(reviewer_same_area, world)
    assert [(r.school.name, r.status, r.due_on, r.is_overdue) for r in rows] == [
        ("Ceder", PlanStatus.IN_REVIEW, datetime.date(2025, 9, 26), True),
        ("Ekbacken", PlanStatus.NOT_SUBMITTED, datetime.date(2025, 9, 30), True),
        ("Fur", PlanStatus.NOT_SUBMITTED, datetime.date(2025, 9, 30), True),
        ("Gran", PlanStatus.NOT_SUBMITTED, datetime.date(2025, 9, 30), True),
        ("Asp", PlanStatus.SUBMITTED, datetime.date(2025, 10, 11), False),
        ("Björk", PlanStatus.RESUBMITTED, datetime.date(2025, 10, 16), False),
    ]
    assert [r.plan is None for r in rows] == [False, True, True, False, False, False]


def test_plans_not_submitted_before_their_due_date_are_not_in_the_queue(
    world: World, district_admin: User, reviewer_same_area: User
) -> None:
    plan_with_status(
        SchoolFactory(area=world.area_a, name="Asp"),
        world.year,
        PlanStatus.SUBMITTED,
        by=district_admin,
        when=at(2025, 9, 20),
    )
    rows = queue(reviewer_same_area, world, today=datetime.date(2025, 9, 30))
    assert schools_in(rows) == ["Asp"]


def test_the_review_is_due_counted_from_the_local_day_of_submission(
    world: World, district_admin: User, reviewer_same_area: User
) -> None:
    # 00:30 in Stockholm on 20 September is still 19 September in UTC.
    plan_with_status(
        world.school_a, world.year, PlanStatus.SUBMITTED, by=district_admin, when=at(2025, 9, 20, 0, 30)
    )
    [row] = queue(reviewer_same_area, world)
    assert row.due_on == datetime.date(2025, 10, 11)
    [on_the_day] = queue(reviewer_same_area, world, today=datetime.date(2025, 10, 11))
    assert on_the_day.is_overdue is False


def test_each_row_shows_the_check_summary_of_the_latest_version(
    plan_with_check: None, world: World, reviewer_same_area: User
) -> None:
    [row] = queue(reviewer_same_area, world)
    assert row.version is not None
    run = current_check_run(row.version)
    assert run is not None
    statuses = [r.status for r in run.results.all()]
    assert (row.check.met, row.check.partial, row.check.missing) == (
        statuses.count("met"),
        statuses.count("partial"),
        statuses.count("missing"),
    )
    assert row.check.met + row.check.partial + row.check.missing == len(statuses) > 0
    assert row.check.partial + row.check.missing > 0  # a partial plan: the counts are not all "met"
    assert row.check.findings == Finding.objects.filter(check_run=run).count()
    assert row.check.status == row.version.check_status


@pytest.fixture
def plan_with_check(world: World, principal_a: User, reviewer_same_area: User) -> None:
    plan = plan_with_status(
        world.school_a, world.year, PlanStatus.NOT_SUBMITTED, by=principal_a, when=at(2025, 9, 20)
    )
    checked_version(plan, seed=4)
    services.submit(plan=plan, by=principal_a, now=at(2025, 9, 20))


def test_each_row_counts_open_and_answered_feedback(
    world: World, district_admin: User, principal_a: User, reviewer_same_area: User
) -> None:
    plan = plan_with_status(
        world.school_a, world.year, PlanStatus.IN_REVIEW, by=district_admin, when=at(2025, 9, 20)
    )
    version = plan.versions.get()
    first, second, third = (
        services.add_feedback(version=version, by=reviewer_same_area, severity=Severity.NOTE, text=t)
        for t in ("Ett", "Två", "Tre")
    )
    services.reply(item=first, by=principal_a, text="Klart.")
    services.drop(item=third, by=reviewer_same_area)
    [row] = queue(reviewer_same_area, world)
    assert (row.open_items, row.addressed_items) == (1, 1)
    assert second.state == "open"


def test_the_queue_costs_the_same_number_of_queries_for_3_and_12_schools(
    world: World, district_admin: User, reviewer_same_area: User
) -> None:
    def add_schools(count: int, start: int) -> None:
        for n in range(start, start + count):
            plan = plan_with_status(
                SchoolFactory(area=world.area_a, name=f"Skola {n:02d}"),
                world.year,
                PlanStatus.IN_REVIEW,
                by=district_admin,
                when=at(2025, 9, 20),
            )
            services.add_feedback(
                version=stub_version(plan), by=district_admin, severity=Severity.NOTE, text="Notera."
            )

    def count_queries() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as captured:
            rows = queue(reviewer_same_area, world)
        return len(captured), len(rows)

    add_schools(2, 0)  # with Ekbacken (overdue, no plan): 3 schools
    few, few_rows = count_queries()
    add_schools(9, 2)
    many, many_rows = count_queries()
    assert (few_rows, many_rows) == (3, 12)
    assert many == few
