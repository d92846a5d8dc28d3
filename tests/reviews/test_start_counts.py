"""Issue 14.9: the principal's start page counts the feedback items open for the school to answer,
not the ones it has answered and that wait for the reviewer."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from plans.models import Plan, PlanVersion
from reviews import services
from reviews.models import Severity
from tests.reviews.test_views import english, page

pytestmark = pytest.mark.django_db


def test_only_items_waiting_for_the_school_are_counted_as_open(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    services.submit(plan=plan, by=principal_a)
    services.start_review(plan=plan, by=reviewer_same_area)
    for text in ("Ett.", "Två.", "Tre."):
        services.add_feedback(version=version, by=reviewer_same_area, severity=Severity.SHOULD_FIX, text=text)
    services.request_changes(plan=plan, by=reviewer_same_area, reading=version)
    answered = plan.feedback_items.order_by("pk").first()
    assert answered is not None
    services.reply(item=answered, by=principal_a, text="Åtgärdat.", addressing_version=version)
    body = page(english(principal_a).get(reverse("home")))
    assert "2 open feedback items" in body
    assert "answer 2 feedback items" in body
