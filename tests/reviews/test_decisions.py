"""Issue 14.3 and 14.6: a decision applies to the version handed in and only when that is the version
the reviewer was reading; approving over open problems needs a confirmation, and what was passed
over is in the record."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from plans.demo.documents import Quality
from plans.models import Plan, PlanEvent, PlanVersion
from reviews import services
from reviews.decisions import ApprovalNeedsConfirmation, NotTheVersionHandedIn, open_problems
from reviews.models import PlanReview, PlanStatus, ReviewEventKind, Severity
from tests.api.builders import API, api_client
from tests.reviews.conftest import checked_version
from tests.reviews.test_views import english, page

pytestmark = pytest.mark.django_db


def in_review(plan: Plan, principal: User, reviewer: User) -> None:
    services.submit(plan=plan, by=principal)
    services.start_review(plan=plan, by=reviewer)


@pytest.fixture
def newer_upload(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> PlanVersion:
    """Version 1 handed in and in review; version 2 uploaded afterwards and never handed in."""
    in_review(plan, principal_a, reviewer_same_area)
    return checked_version(plan, seed=2)


def test_a_decision_made_reading_a_version_not_handed_in_is_refused(
    plan: Plan, version: PlanVersion, newer_upload: PlanVersion, reviewer_same_area: User
) -> None:
    services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.SHOULD_FIX, text="Se över."
    )
    with pytest.raises(NotTheVersionHandedIn) as refused:
        services.request_changes(plan=plan, by=reviewer_same_area, reading=newer_upload)
    assert "version 2" in refused.value.message and "version 1" in refused.value.message
    assert not plan.decisions.exists()
    services.request_changes(plan=plan, by=reviewer_same_area, reading=version)
    assert plan.decisions.get().version == version


def test_the_review_screen_shows_the_version_handed_in_and_says_a_newer_one_waits(
    plan: Plan, version: PlanVersion, newer_upload: PlanVersion, reviewer_same_area: User
) -> None:
    body = page(english(reviewer_same_area).get(reverse("reviews:plan", args=[plan.pk])))
    assert "Version shown: 1" in body
    assert "A newer version exists, not handed in: version 2." in body
    assert f'name="version" value="{version.pk}"' in body
    other = page(english(reviewer_same_area).get(reverse("reviews:plan", args=[plan.pk]) + "?version=2"))
    assert "You are reading version 2, which has not been handed in." in other
    assert f'name="version" value="{newer_upload.pk}"' in other  # and a decision from here is refused


def test_the_web_refuses_a_decision_posted_from_another_version(
    plan: Plan, version: PlanVersion, newer_upload: PlanVersion, reviewer_same_area: User
) -> None:
    response = english(reviewer_same_area).post(
        reverse("reviews:transition", args=[plan.pk, "approve"]),
        {"version": newer_upload.pk, "confirm": "on"},
        follow=True,
    )
    assert "A decision applies to the version handed in" in page(response)
    assert PlanReview.objects.get(plan=plan).status == PlanStatus.IN_REVIEW


def test_the_api_refuses_a_decision_on_another_version_by_name(
    plan: Plan, version: PlanVersion, newer_upload: PlanVersion, reviewer_same_area: User
) -> None:
    api = api_client(reviewer_same_area, language="en")
    refused = api.post(f"{API}/plans/{plan.pk}/approve/", {"version": newer_upload.pk, "confirm": True})
    assert refused.status_code == 409
    assert refused.json()["code"] == "not_the_version_handed_in"
    unknown = api.post(f"{API}/plans/{plan.pk}/approve/", {"version": 999999})
    assert unknown.status_code == 400 and "version" in unknown.json()["errors"]
    approved = api.post(f"{API}/plans/{plan.pk}/approve/", {"version": version.pk, "confirm": True})
    assert approved.status_code == 200, approved.json()


def test_approving_over_missing_parts_and_open_feedback_needs_a_confirmation_and_is_recorded(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    in_review(plan, principal_a, reviewer_same_area)
    services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.SHOULD_FIX, text="Se över."
    )
    problems = open_problems(plan)
    assert problems.missing and problems.open_items == 1  # the partial demo plan lacks required parts
    with pytest.raises(ApprovalNeedsConfirmation) as asked:
        services.approve(plan=plan, by=reviewer_same_area)
    assert "1 feedback item is still open." in asked.value.message
    assert PlanReview.objects.get(plan=plan).status == PlanStatus.IN_REVIEW
    services.approve(plan=plan, by=reviewer_same_area, confirmed=True)
    event = PlanEvent.objects.get(plan=plan, kind=ReviewEventKind.APPROVED)
    assert event.data["overridden"] == {"missing": problems.missing, "personal_data": 0, "open_items": 1}


def test_approving_a_plan_without_open_problems_asks_nothing(
    plan: Plan, principal_a: User, reviewer_same_area: User
) -> None:
    complete = checked_version(plan, quality=Quality.COMPLETE)
    in_review(plan, principal_a, reviewer_same_area)
    assert not open_problems(plan), open_problems(plan)
    services.approve(plan=plan, by=reviewer_same_area, reading=complete)
    event = PlanEvent.objects.get(plan=plan, kind=ReviewEventKind.APPROVED)
    assert "overridden" not in event.data
