"""Issue 14.10: the reminders the district can see on the review page — sent, next due, nobody to
remind — and a reminder sent now by a reviewer."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
import time_machine
from django.contrib.auth.models import User
from django.urls import reverse

from plans.models import Plan, PlanVersion, RoleGrant
from reviews import services
from reviews.models import ReminderSent
from reviews.reminder_status import plan_reminders
from tests.reviews.builders import at
from tests.reviews.test_views import english, page

pytestmark = pytest.mark.django_db


def test_the_review_page_shows_the_next_reminder_and_sends_one_now(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User, mailoutbox: list[Any]
) -> None:
    with time_machine.travel(at(2025, 9, 10, 9, 0), tick=False):
        assert plan_reminders(plan).next_on == datetime.date(2025, 9, 16)  # 14 days before the due date
        client = english(reviewer_same_area)
        body = page(client.get(reverse("reviews:plan", args=[plan.pk])))
        assert "Next reminder: 2025-09-16." in body and "No reminder has been sent." in body
        body = page(client.post(reverse("reviews:remind", args=[plan.pk]), follow=True))
    assert "Reminder sent to 1 principal." in body
    assert [m.to for m in mailoutbox] == [[principal_a.email]]
    assert ReminderSent.objects.get().plan == plan
    assert "to 1 recipient" in body


def test_a_school_without_a_principal_to_remind_is_named_and_nothing_is_sent(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User, mailoutbox: list[Any]
) -> None:
    RoleGrant.objects.filter(user=principal_a).delete()
    client = english(reviewer_same_area)
    body = page(client.get(reverse("reviews:plan", args=[plan.pk])))
    assert "Nobody can be reminded: the school has no principal with an e-mail address." in body
    body = page(client.post(reverse("reviews:remind", args=[plan.pk]), follow=True))
    assert "has no principal with an e-mail address" in body
    assert not mailoutbox and not ReminderSent.objects.exists()


def test_a_principal_neither_sees_the_reminders_nor_sends_one(
    plan: Plan, version: PlanVersion, principal_a: User, mailoutbox: list[Any]
) -> None:
    client = english(principal_a)
    assert "Reminders to the school" not in page(client.get(reverse("reviews:plan", args=[plan.pk])))
    client.post(reverse("reviews:remind", args=[plan.pk]))
    assert not mailoutbox and not ReminderSent.objects.exists()


def test_a_plan_in_review_has_nothing_to_remind_the_school_of(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User, mailoutbox: list[Any]
) -> None:
    services.submit(plan=plan, by=principal_a)
    services.start_review(plan=plan, by=reviewer_same_area)
    client = english(reviewer_same_area)
    body = page(client.post(reverse("reviews:remind", args=[plan.pk]), follow=True))
    assert "The school has nothing to do now: the plan is in review." in body
    assert not mailoutbox and not ReminderSent.objects.exists()
