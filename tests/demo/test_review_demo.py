"""loaddemo shows the review workflow: reviewers assigned, this year's plans in every review state,
the menu and links that lead there, and a second run that changes nothing."""

from __future__ import annotations

import datetime
import io
import zoneinfo
from collections.abc import Iterator

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse

from plans.demo.district import REVIEW_YEAR
from plans.models import CheckRun, Plan, PlanEvent, Role, RoleGrant, School, SchoolYear
from reviews import selectors
from reviews.models import (
    Decision,
    DecisionKind,
    FeedbackItem,
    FeedbackLetter,
    FeedbackReply,
    ItemState,
    PlanReview,
    PlanStatus,
    Severity,
)
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

# Mid-October of the demo's school year: past the default due date (30 September).
TODAY = datetime.datetime(2026, 10, 15, 10, tzinfo=zoneinfo.ZoneInfo("Europe/Stockholm"))


@pytest.fixture(autouse=True)
def _mid_october() -> Iterator[None]:
    with time_machine.travel(TODAY, tick=False):
        yield


def load() -> str:
    out = io.StringIO()
    call_command("loaddemo", "--force", stdout=out)  # pytest-django runs with DEBUG off
    return out.getvalue()


def user(username: str) -> User:
    return User.objects.get(username=username)


def plan_of(code: str) -> Plan:
    return Plan.objects.get(school__skolenhetskod=code, school_year__label=REVIEW_YEAR)


def test_granskare_reviews_the_demo_schools_and_granskare2_deputises() -> None:
    output = load()
    assert "granskare2 / Granskare2-demo-2026" in output
    reviewer_areas = set(
        RoleGrant.objects.filter(user__username="granskare", role=Role.REVIEWER, is_deputy=False).values_list(
            "area__name", flat=True
        )
    )
    assert reviewer_areas == {"Grundskoleavdelningen", "Förskoleavdelningen"}
    deputy_areas = set(
        RoleGrant.objects.filter(user__username="granskare2", role=Role.REVIEWER, is_deputy=True).values_list(
            "area__name", flat=True
        )
    )
    assert deputy_areas == reviewer_areas
    school = School.objects.get(skolenhetskod="90000201")
    assignment = selectors.assignments([school])[school.pk]
    assert (assignment.reviewers, assignment.deputies) == ([user("granskare").pk], [user("granskare2").pk])


def test_this_years_plans_are_in_every_review_state() -> None:
    output = load()
    assert "Reviews: " in output
    states = {
        review.plan.school.skolenhetskod: review.status
        for review in PlanReview.objects.filter(plan__school_year__label=REVIEW_YEAR).select_related(
            "plan__school"
        )
    }
    assert states == {
        "90000204": PlanStatus.SUBMITTED,
        "90000101": PlanStatus.IN_REVIEW,
        "90000202": PlanStatus.CHANGES_REQUESTED,
        "90000201": PlanStatus.APPROVED,
    }

    in_review = plan_of("90000101")
    items = {i.requirement_key: i for i in FeedbackItem.objects.filter(plan=in_review)}
    assert (items["previous_year_evaluation"].severity, items["survey"].severity) == (
        Severity.MUST_FIX,
        Severity.SHOULD_FIX,
    )
    assert items["previous_year_evaluation"].state == ItemState.ADDRESSED
    assert FeedbackReply.objects.filter(
        item=items["previous_year_evaluation"], author__username="rektor"
    ).exists()

    changes = plan_of("90000202")
    assert Decision.objects.get(plan=changes).kind == DecisionKind.CHANGES_REQUESTED
    assert (
        FeedbackItem.objects.filter(plan=changes, severity=Severity.MUST_FIX, state=ItemState.OPEN).count()
        >= 2
    )

    approved = plan_of("90000201")
    letter = FeedbackLetter.objects.get(plan=approved)
    assert letter.created_by == user("granskare")
    assert letter.file.size > 0

    # The reviewers work from checked versions.
    for plan in (in_review, changes, approved, plan_of("90000204")):
        assert CheckRun.objects.filter(version__plan=plan).exists(), plan


def test_the_other_schools_have_not_submitted_and_are_overdue() -> None:
    load()
    year = SchoolYear.objects.get(district__name="Exempelstads kommun", label=REVIEW_YEAR)
    reviewed = set(
        PlanReview.objects.filter(plan__school_year=year).values_list("plan__school_id", flat=True)
    )
    others = School.objects.filter(district=year.district).exclude(pk__in=reviewed).prefetch_related("forms")
    assert others.count() >= 3
    for school in others:
        due = selectors.plan_due_date(school, year)
        late = selectors.overdue(
            status=PlanStatus.NOT_SUBMITTED, due_on=due, submitted_at=None, today=TODAY.date()
        )
        assert late.plan_overdue, school
    queue = selectors.reviewer_queue(user("granskare"), school_year=year, today=TODAY.date())
    assert {(row.school.skolenhetskod, row.status, row.is_overdue) for row in queue} == {
        ("90000102", PlanStatus.NOT_SUBMITTED, True),
        ("90000203", PlanStatus.NOT_SUBMITTED, True),
        ("90000204", PlanStatus.SUBMITTED, False),
        ("90000101", PlanStatus.IN_REVIEW, False),
    }


def test_loaddemo_twice_changes_nothing_in_the_reviews() -> None:
    load()

    def counts() -> dict[str, int]:
        return {
            model.__name__: model.objects.count()
            for model in (
                User,
                RoleGrant,
                PlanReview,
                FeedbackItem,
                FeedbackReply,
                Decision,
                FeedbackLetter,
                PlanEvent,
                CheckRun,
            )
        }

    before = counts()
    output = load()
    assert counts() == before
    assert "Reviews: " not in output


def test_the_menu_shows_the_review_queue_to_reviewers_and_administrators_only() -> None:
    load()
    queue = reverse("reviews:queue")
    for username, shown in (("granskare", True), ("granskare2", True), ("admin", True), ("rektor", False)):
        page = client_for(user(username)).get(reverse("home")).content.decode()
        assert (f'href="{queue}"' in page) is shown, username
    page = client_for(user("granskare")).get(queue).content.decode()
    assert "Solrosens förskola" in page
    assert "Exempelstad International School" in page


def test_plan_pages_lead_to_the_review() -> None:
    load()
    plan = plan_of("90000101")
    review = reverse("reviews:plan", args=[plan.pk])
    rektor = client_for(user("rektor"))
    assert f'href="{review}"' in rektor.get(reverse("plans:plan", args=[plan.pk])).content.decode()
    assert f'href="{review}"' in rektor.get(reverse("home")).content.decode()
    page = rektor.get(review)
    assert page.status_code == 200
    assert "Vi utvärderade åtgärderna på APT i juni." in page.content.decode()
