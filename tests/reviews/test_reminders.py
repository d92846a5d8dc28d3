"""Reminder e-mails: who gets which, when, in Swedish, and never twice (BRIEF §7.2).

Time travels through the autumn of 2025/26 (plans due 30 September by default) and the daily run goes
out several times a day, as the beat schedule sends it every hour after the first.
"""

from __future__ import annotations

import datetime
import smtplib
from collections.abc import Iterator
from typing import Any

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import User
from django.core import mail
from django.core.mail import send_mail as real_send_mail
from django.urls import reverse

from plans.models import Plan, Role
from reviews import reminders, services
from reviews.models import Milestone, MilestoneKind, PlanStatus, ReminderSent, Severity
from tests.conftest import World
from tests.factories import PlanFactory, RoleGrantFactory, UserFactory
from tests.reviews.builders import at, plan_with_status, stub_version
from worker import tasks
from worker.celery import app

pytestmark = pytest.mark.django_db

RUN_HOURS = (7, 12, 20)  # the beat's first run of the day and two of the hourly ones after it


def days(first: datetime.date, last: datetime.date) -> Iterator[datetime.date]:
    day = first
    while day <= last:
        yield day
        day += datetime.timedelta(days=1)


def run_daily(first: datetime.date, last: datetime.date) -> list[tuple[datetime.date, mail.EmailMessage]]:
    """Run the reminders RUN_HOURS times each day; each e-mail with the day it went out."""
    sent: list[tuple[datetime.date, mail.EmailMessage]] = []
    for day in days(first, last):
        for hour in RUN_HOURS:
            before = len(mail.outbox)
            with time_machine.travel(at(day.year, day.month, day.day, hour, 5), tick=False):
                reminders.send_due_reminders()
            sent.extend((day, message) for message in mail.outbox[before:])
    return sent


def run_on(day: datetime.date, hour: int = 7) -> reminders.ReminderRun:
    with time_machine.travel(at(day.year, day.month, day.day, hour, 5), tick=False):
        return reminders.send_due_reminders()


def summary(sent: list[tuple[datetime.date, mail.EmailMessage]]) -> list[tuple[datetime.date, list[str]]]:
    return [(day, message.to) for day, message in sent]


D = datetime.date
PRINCIPAL_A = "principal_a@example.test"


# --- The principal, around the due date ---


def test_a_principal_is_reminded_14_and_3_days_before_and_1_and_14_days_after_the_due_date(
    world: World, principal_a: User, mailoutbox: list[Any]
) -> None:
    sent = run_daily(D(2025, 9, 1), D(2025, 11, 15))
    assert summary(sent) == [
        (D(2025, 9, 16), [PRINCIPAL_A]),
        (D(2025, 9, 27), [PRINCIPAL_A]),
        (D(2025, 10, 1), [PRINCIPAL_A]),
        (D(2025, 10, 14), [PRINCIPAL_A]),
    ]
    school = world.school_a.pk
    assert sorted(ReminderSent.objects.values_list("key", "kind", "recipients")) == sorted(
        [
            (f"plan_due_soon:{world.year.pk}:{school}:14", "plan_due_soon", [PRINCIPAL_A]),
            (f"plan_due_soon:{world.year.pk}:{school}:3", "plan_due_soon", [PRINCIPAL_A]),
            (f"plan_overdue:{world.year.pk}:{school}:-1", "plan_overdue", [PRINCIPAL_A]),
            (f"plan_overdue:{world.year.pk}:{school}:-14", "plan_overdue", [PRINCIPAL_A]),
        ]
    )


def test_a_second_run_the_same_day_sends_nothing(
    world: World, principal_a: User, mailoutbox: list[Any]
) -> None:
    first = run_on(D(2025, 9, 16), hour=7)
    second = run_on(D(2025, 9, 16), hour=8)
    assert (len(first.sent), second.sent, len(mailoutbox)) == (1, [], 1)


def test_reminder_days_come_from_the_settings(
    settings: Any, world: World, principal_a: User, mailoutbox: list[Any]
) -> None:
    settings.REMINDER_DAYS = [7]
    sent = run_daily(D(2025, 9, 1), D(2025, 10, 31))
    assert summary(sent) == [(D(2025, 9, 23), [PRINCIPAL_A])]


def test_no_reminder_once_the_plan_is_submitted(
    world: World, principal_a: User, mailoutbox: list[Any]
) -> None:
    sent = run_daily(D(2025, 9, 15), D(2025, 9, 18))
    plan_with_status(world.school_a, world.year, PlanStatus.SUBMITTED, by=principal_a, when=at(2025, 9, 18))
    sent += run_daily(D(2025, 9, 19), D(2025, 10, 31))
    assert summary(sent) == [(D(2025, 9, 16), [PRINCIPAL_A])]


def test_a_milestone_row_moves_the_reminders_with_the_due_date(
    world: World, principal_a: User, mailoutbox: list[Any]
) -> None:
    Milestone.objects.create(
        school_year=world.year,
        school_form_id="grundskola",
        kind=MilestoneKind.PLAN_DUE,
        due_on=D(2025, 10, 15),
    )
    sent = run_daily(D(2025, 9, 1), D(2025, 10, 16))
    assert summary(sent) == [
        (D(2025, 10, 1), [PRINCIPAL_A]),
        (D(2025, 10, 12), [PRINCIPAL_A]),
        (D(2025, 10, 16), [PRINCIPAL_A]),
    ]
    assert (
        sent[0][1].subject == "Påminnelse: planen för Ekbacken 2025/26 ska lämnas in senast 15 oktober 2025"
    )
    assert "(om 14 dagar)" in sent[0][1].body


def test_no_reminders_outside_the_school_year(world: World, principal_a: User, mailoutbox: list[Any]) -> None:
    run_daily(D(2025, 7, 1), D(2025, 7, 31))
    assert mailoutbox == []


# --- In Swedish, with a link ---


def test_the_reminder_is_in_swedish_and_links_to_the_plans_review_page(
    world: World, principal_a: User, mailoutbox: list[Any]
) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    run_on(D(2025, 9, 16))
    [message] = mailoutbox
    assert message.subject == "Påminnelse: planen för Ekbacken 2025/26 ska lämnas in senast 30 september 2025"
    assert message.body.startswith("Hej,")
    assert "Ekbacken" in message.body
    assert "ska lämnas in senast 30 september 2025 (om 14 dagar)" in message.body
    assert "Detta är en automatisk påminnelse från Plangranskning." in message.body
    assert f"{settings.SITE_URL}{reverse('reviews:plan', args=[plan.pk])}" in message.body
    assert message.from_email == settings.DEFAULT_FROM_EMAIL


def test_without_a_plan_the_reminder_links_to_the_schools_page(
    world: World, principal_a: User, mailoutbox: list[Any]
) -> None:
    run_on(D(2025, 9, 16))
    [message] = mailoutbox
    assert f"{settings.SITE_URL}{reverse('plans:school', args=[world.school_a.pk])}" in message.body


def test_the_overdue_reminder_says_so_in_swedish(
    world: World, principal_a: User, mailoutbox: list[Any]
) -> None:
    run_on(D(2025, 10, 1))
    [message] = mailoutbox
    assert message.subject.startswith("Försenad: planen för Ekbacken 2025/26")
    assert message.body.startswith("Hej,")


# --- Changes requested ---


def _in_review(world: World, principal: User, reviewer: User) -> Plan:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    stub_version(plan)
    services.submit(plan=plan, by=principal, now=at(2025, 9, 20))
    services.start_review(plan=plan, by=reviewer, now=at(2025, 9, 22))
    return plan


def request_changes(plan: Plan, reviewer: User, when: datetime.datetime) -> None:
    services.add_feedback(
        version=plan.versions.order_by("-number").first(),  # type: ignore[arg-type]
        by=reviewer,
        severity=Severity.MUST_FIX,
        text="Komplettera kartläggningen.",
        now=when,
    )
    services.request_changes(plan=plan, by=reviewer, now=when)


def test_the_principal_is_told_once_per_decision_that_changes_were_requested(
    world: World, principal_a: User, reviewer_same_area: User, mailoutbox: list[Any]
) -> None:
    plan = _in_review(world, principal_a, reviewer_same_area)
    request_changes(plan, reviewer_same_area, at(2025, 10, 1))
    sent = run_daily(D(2025, 10, 1), D(2025, 10, 3))
    stub_version(plan)
    services.submit(plan=plan, by=principal_a, now=at(2025, 10, 4))
    services.start_review(plan=plan, by=reviewer_same_area, now=at(2025, 10, 5))
    request_changes(plan, reviewer_same_area, at(2025, 10, 6))
    sent += run_daily(D(2025, 10, 6), D(2025, 10, 8))
    assert summary(sent) == [(D(2025, 10, 1), [PRINCIPAL_A]), (D(2025, 10, 6), [PRINCIPAL_A])]
    for _day, message in sent:
        assert message.subject == "Komplettering begärd av planen för Ekbacken 2025/26"
        assert message.body.startswith("Hej,")
        assert f"{settings.SITE_URL}{reverse('reviews:plan', args=[plan.pk])}" in message.body
    assert ReminderSent.objects.filter(kind="changes_requested", plan=plan).count() == 2


def test_no_changes_requested_email_once_the_plan_is_submitted_again(
    world: World, principal_a: User, reviewer_same_area: User, mailoutbox: list[Any]
) -> None:
    plan = _in_review(world, principal_a, reviewer_same_area)
    request_changes(plan, reviewer_same_area, at(2025, 10, 1))
    stub_version(plan)
    services.submit(plan=plan, by=principal_a, now=at(2025, 10, 1, 15))
    run_daily(D(2025, 10, 2), D(2025, 10, 3))
    assert mailoutbox == []


# --- The reviewer, when the review is overdue ---


def test_the_reviewer_is_reminded_once_when_the_review_is_overdue(
    world: World, principal_a: User, reviewer_same_area: User, mailoutbox: list[Any]
) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    stub_version(plan)
    services.submit(plan=plan, by=principal_a, now=at(2025, 9, 1))  # review due 22 September
    sent = run_daily(D(2025, 9, 1), D(2025, 10, 31))
    assert summary(sent) == [(D(2025, 9, 23), ["reviewer_same_area@example.test"])]
    message = sent[0][1]
    assert message.subject == "Försenad granskning: planen för Ekbacken 2025/26"
    assert message.body.startswith("Hej,")
    assert f"{settings.SITE_URL}{reverse('reviews:plan', args=[plan.pk])}" in message.body


def test_review_days_come_from_the_settings(
    settings: Any, world: World, principal_a: User, reviewer_same_area: User, mailoutbox: list[Any]
) -> None:
    settings.REVIEW_DAYS = 5
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    stub_version(plan)
    services.submit(plan=plan, by=principal_a, now=at(2025, 9, 1))
    sent = run_daily(D(2025, 9, 1), D(2025, 9, 30))
    assert summary(sent) == [(D(2025, 9, 7), ["reviewer_same_area@example.test"])]


def test_a_review_in_progress_is_still_overdue_and_a_decision_ends_the_reminders(
    world: World, principal_a: User, reviewer_same_area: User, mailoutbox: list[Any]
) -> None:
    plan = _in_review(world, principal_a, reviewer_same_area)  # submitted 20 September: due 11 October
    sent = run_daily(D(2025, 10, 10), D(2025, 10, 12))
    services.approve(plan=plan, by=reviewer_same_area, now=at(2025, 10, 12, 13))
    sent += run_daily(D(2025, 10, 13), D(2025, 10, 20))
    assert summary(sent) == [(D(2025, 10, 12), ["reviewer_same_area@example.test"])]


def gymnasium_plan_submitted(world: World, by: User) -> Plan:
    plan = PlanFactory(school=world.school_b, school_year=world.year)
    stub_version(plan)
    services.submit(plan=plan, by=by, now=at(2025, 9, 1))
    return plan


def test_without_an_assigned_reviewer_the_deputy_is_reminded(
    world: World, district_admin: User, mailoutbox: list[Any]
) -> None:
    deputy = UserFactory(username="deputy")
    RoleGrantFactory(user=deputy, role=Role.REVIEWER, area=world.area_b, is_deputy=True)
    gymnasium_plan_submitted(world, district_admin)
    sent = run_daily(D(2025, 9, 22), D(2025, 9, 24))
    assert summary(sent) == [(D(2025, 9, 23), ["deputy@example.test"])]


def test_with_neither_reviewer_nor_deputy_the_district_admins_are_reminded(
    world: World, district_admin: User, reviewer_same_area: User, mailoutbox: list[Any]
) -> None:
    gymnasium_plan_submitted(world, district_admin)
    sent = run_daily(D(2025, 9, 22), D(2025, 9, 24))
    assert summary(sent) == [(D(2025, 9, 23), ["district_admin@example.test"])]


def test_an_assigned_reviewer_is_reminded_and_not_the_deputy(
    world: World, district_admin: User, reviewer_other_area: User, mailoutbox: list[Any]
) -> None:
    RoleGrantFactory(
        user=UserFactory(username="deputy"), role=Role.REVIEWER, area=world.area_b, is_deputy=True
    )
    gymnasium_plan_submitted(world, district_admin)
    sent = run_daily(D(2025, 9, 23), D(2025, 9, 23))
    assert summary(sent) == [(D(2025, 9, 23), ["reviewer_other_area@example.test"])]


# --- Failures and people without e-mail ---


def test_a_failed_send_records_nothing_and_the_next_run_sends_it(
    world: World, principal_a: User, principal_b: User, mailoutbox: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse_principal_a(subject: str, body: str, sender: str, to: list[str]) -> int:
        if PRINCIPAL_A in to:
            raise smtplib.SMTPRecipientsRefused({PRINCIPAL_A: (550, b"mailbox unavailable")})
        return real_send_mail(subject, body, sender, to)

    monkeypatch.setattr(reminders, "send_mail", refuse_principal_a)
    failed_run = run_on(D(2025, 9, 16), hour=7)
    assert [m.to for m in mailoutbox] == [["principal_b@example.test"]]  # the others still go out
    assert len(failed_run.failed) == 1
    assert not ReminderSent.objects.filter(key=failed_run.failed[0]).exists()
    monkeypatch.setattr(reminders, "send_mail", real_send_mail)
    next_run = run_on(D(2025, 9, 16), hour=8)
    assert next_run.sent == failed_run.failed
    assert [m.to for m in mailoutbox] == [["principal_b@example.test"], [PRINCIPAL_A]]
    assert ReminderSent.objects.count() == 2


def test_a_principal_without_email_is_skipped_and_reminded_once_they_have_one(
    world: World, principal_a: User, mailoutbox: list[Any]
) -> None:
    principal_a.email = ""
    principal_a.save()
    key = f"plan_due_soon:{world.year.pk}:{world.school_a.pk}:14"
    skipped = run_on(D(2025, 9, 16), hour=7)
    assert skipped.sent == []
    assert key in skipped.skipped_without_recipients
    assert (mailoutbox, ReminderSent.objects.count()) == ([], 0)
    principal_a.email = PRINCIPAL_A
    principal_a.save()
    later = run_on(D(2025, 9, 16), hour=8)
    assert later.sent == [key]
    assert key not in later.skipped_without_recipients
    assert [m.to for m in mailoutbox] == [[PRINCIPAL_A]]


def test_an_inactive_principal_is_not_reminded(
    world: World, principal_a: User, mailoutbox: list[Any]
) -> None:
    principal_a.is_active = False
    principal_a.save()
    run_on(D(2025, 9, 16))
    assert (mailoutbox, ReminderSent.objects.count()) == ([], 0)


def test_only_the_schools_own_principals_are_reminded(
    world: World, principal_a: User, principal_b: User, mailoutbox: list[Any]
) -> None:
    run_on(D(2025, 9, 16))
    by_school = {message.subject.split(" ")[3]: message.to for message in mailoutbox}
    assert by_school == {"Ekbacken": [PRINCIPAL_A], "Västra": ["principal_b@example.test"]}


# --- The Celery task and the beat ---


def test_the_celery_task_sends_the_days_reminders_and_returns_the_count(
    world: World, principal_a: User, principal_b: User, mailoutbox: list[Any]
) -> None:
    with time_machine.travel(at(2025, 9, 16, 7, 5), tick=False):
        assert tasks.send_reminders.delay().get() == 2
        assert tasks.send_reminders.delay().get() == 0
    assert len(mailoutbox) == 2


def test_the_beat_schedule_runs_the_reminders_daily_from_the_reminder_hour() -> None:
    entry = app.conf.beat_schedule["send-reminders"]
    assert entry["task"] == tasks.SEND_REMINDERS == "reviews.send_reminders"
    assert tasks.SEND_REMINDERS in app.tasks
    assert entry["schedule"].hour == set(range(settings.REMINDER_HOUR, 21))
    assert entry["schedule"].minute == {5}


def test_the_mail_goes_out_after_its_record_is_committed_not_inside_a_transaction(
    world: World, principal_a: User, mailoutbox: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.db import connection

    seen: list[tuple[bool, int]] = []

    def send_and_look(subject: str, body: str, sender: str, to: list[str]) -> int:
        # Inside the test's own transaction the depth is 1 (pytest-django); the service adds none.
        seen.append((len(connection.savepoint_ids) == 0, ReminderSent.objects.count()))
        return real_send_mail(subject, body, sender, to)

    monkeypatch.setattr(reminders, "send_mail", send_and_look)
    run = run_on(D(2025, 9, 16), hour=7)
    assert run.sent
    assert seen and all(no_savepoint and recorded >= 1 for no_savepoint, recorded in seen)
