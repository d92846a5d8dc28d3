"""Reminder e-mails, in Swedish, sent by the daily beat run: which are due at `now`, and sending
each once (a ReminderSent row with a unique key is committed first and claims the reminder; the
e-mail goes out after the commit, and a failed send removes the claim so the next run tries again).

- principals: before and after the plan's due date (REMINDER_DAYS) while it is not submitted;
- principals: when changes were requested (once per decision);
- reviewers: when a submitted plan has waited longer than REVIEW_DAYS for a decision.
"""

from __future__ import annotations

import datetime
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from plans.models import Plan, Role, RoleGrant, School, SchoolYear
from reviews import selectors, timeline
from reviews.models import Decision, DecisionKind, MilestoneKind, PlanStatus, ReminderSent

logger = logging.getLogger(__name__)

PLAN_DUE_SOON, PLAN_OVERDUE = "plan_due_soon", "plan_overdue"
CHANGES_REQUESTED, REVIEW_OVERDUE = "changes_requested", "review_overdue"


@dataclass(frozen=True)
class Reminder:
    key: str  # unique for ever: the same reminder is never sent twice
    kind: str
    school: School
    school_year: SchoolYear
    plan: Plan | None
    recipients: tuple[str, ...]
    context: dict[str, Any] = field(default_factory=dict)


def _emails(user_ids: set[int] | list[int], emails: dict[int, str]) -> tuple[str, ...]:
    return tuple(sorted({emails[u] for u in user_ids if emails.get(u)}))


def due_reminders(*, now: datetime.datetime) -> list[Reminder]:
    today = timezone.localdate(now)
    reminders: list[Reminder] = []
    for year in SchoolYear.objects.filter(starts_on__lte=today, ends_on__gte=today).select_related(
        "district"
    ):
        reminders.extend(_year_reminders(year, today))
    return reminders


def _year_reminders(year: SchoolYear, today: datetime.date) -> list[Reminder]:
    schools = list(
        School.objects.filter(district_id=year.district_id, is_active=True).prefetch_related("forms")
    )
    dates = selectors.milestone_dates(year)
    plans = {
        p.school_id: p
        for p in Plan.objects.filter(school_year=year, school__in=schools).select_related("review")
    }
    grants = RoleGrant.objects.filter(district_id=year.district_id, user__is_active=True).values_list(
        "role", "user_id", "school_id", "user__email"
    )
    principals: dict[int, set[int]] = defaultdict(set)
    admins: set[int] = set()
    emails: dict[int, str] = {}
    for role, user_id, school_id, email in grants:
        emails[user_id] = email
        if role == Role.PRINCIPAL:
            principals[school_id].add(user_id)
        elif role == Role.DISTRICT_ADMIN:
            admins.add(user_id)
    assigned = selectors.assignments(schools)
    last_change_requests = {
        plan_id: pk
        for plan_id, pk in Decision.objects.filter(
            plan__in=plans.values(), kind=DecisionKind.CHANGES_REQUESTED
        )
        .order_by("at", "pk")
        .values_list("plan_id", "pk")
    }
    out: list[Reminder] = []
    for school in schools:
        plan = plans.get(school.pk)
        status = selectors.status_of(plan)
        due = selectors.school_date([f.code for f in school.forms.all()], MilestoneKind.PLAN_DUE, dates)
        to_principal = _emails(principals[school.pk], emails)
        if status == PlanStatus.NOT_SUBMITTED and due is not None:
            for offset in timeline.reminder_offsets_due(due, today, settings.REMINDER_DAYS):
                kind = PLAN_DUE_SOON if offset >= 0 else PLAN_OVERDUE
                out.append(
                    Reminder(
                        key=f"{kind}:{year.pk}:{school.pk}:{offset}",
                        kind=kind,
                        recipients=to_principal,
                        context={"due_on": due, "days": abs((due - today).days)},
                        school=school,
                        school_year=year,
                        plan=plan,
                    )
                )
        if status == PlanStatus.CHANGES_REQUESTED and plan is not None and plan.pk in last_change_requests:
            out.append(
                Reminder(
                    key=f"{CHANGES_REQUESTED}:{last_change_requests[plan.pk]}",
                    kind=CHANGES_REQUESTED,
                    recipients=to_principal,
                    school=school,
                    school_year=year,
                    plan=plan,
                )
            )
        review = getattr(plan, "review", None) if plan is not None else None
        if review is not None and review.submitted_at is not None:
            late = selectors.overdue(status=status, due_on=due, submitted_at=review.submitted_at, today=today)
            if late.review_overdue:
                who = assigned[school.pk].reviewers or assigned[school.pk].deputies or list(admins)
                review_due = timeline.review_due_date(
                    timezone.localdate(review.submitted_at), settings.REVIEW_DAYS
                )
                out.append(
                    Reminder(
                        key=f"{REVIEW_OVERDUE}:{review.pk}:{review.submitted_at.isoformat()}",
                        kind=REVIEW_OVERDUE,
                        recipients=_emails(who, emails),
                        context={"due_on": review_due, "days": (today - review_due).days},
                        school=school,
                        school_year=year,
                        plan=plan,
                    )
                )
    return out


def message_of(reminder: Reminder) -> tuple[str, str]:
    link = settings.SITE_URL + (
        reverse("reviews:plan", args=[reminder.plan.pk])
        if reminder.plan is not None
        else reverse("plans:school", args=[reminder.school.pk])
    )
    context = {
        **reminder.context,
        "school": reminder.school,
        "school_year": reminder.school_year,
        "link": link,
    }
    with translation.override("sv"):  # reminders go out in Swedish
        subject = render_to_string(f"emails/{reminder.kind}_subject.txt", context).strip()
        body = render_to_string(f"emails/{reminder.kind}.txt", context)
    return " ".join(subject.split()), body


@dataclass(frozen=True)
class ReminderRun:
    sent: list[str]
    skipped_without_recipients: list[str]
    failed: list[str] = field(default_factory=list)  # not recorded: the next run tries again


def send_due_reminders(*, now: datetime.datetime | None = None) -> ReminderRun:
    now = now or timezone.now()
    sent: list[str] = []
    nobody: list[str] = []
    failed: list[str] = []
    for reminder in due_reminders(now=now):
        if not reminder.recipients:
            nobody.append(reminder.key)  # not recorded: it goes out once someone can receive it
            continue
        if ReminderSent.objects.filter(key=reminder.key).exists():
            continue
        try:
            # The row first, committed: it claims the reminder. The mail goes out after the commit,
            # so a slow mail server holds no transaction, and a commit that fails sends nothing.
            with transaction.atomic():
                record = ReminderSent.objects.create(
                    key=reminder.key,
                    kind=reminder.kind,
                    plan=reminder.plan,
                    school_year=reminder.school_year,
                    recipients=list(reminder.recipients),
                    sent_at=now,
                )
        except IntegrityError:
            continue  # another run claimed it a moment ago
        try:
            subject, body = message_of(reminder)
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, list(reminder.recipients))
        except OSError:  # smtplib.SMTPException, refused connections, EMAIL_TIMEOUT
            # The claim is given back so the next run tries again; one bad address or a mail server
            # hiccup must not hold back every reminder after it.
            record.delete()
            logger.exception("reminder %s could not be sent; the next run tries again", reminder.key)
            failed.append(reminder.key)
            continue
        sent.append(reminder.key)
        logger.info("reminder %s sent to %s recipient(s)", reminder.key, len(reminder.recipients))
    return ReminderRun(sent, nobody, failed)
