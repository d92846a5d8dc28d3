"""Reminders the district can see (issue 14.10): per plan, the reminders sent and the next one due,
whether the school has a principal who can be reminded at all, and a reminder sent now by a
reviewer or a district administrator (recorded like the daily ones, in Swedish like them)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from plans import permissions
from plans.errors import PlansError
from plans.models import Plan, Role, RoleGrant
from plans.permissions import Action, Actor
from reviews import selectors
from reviews.models import PlanStatus, ReminderSent
from reviews.reminders import CHANGES_REQUESTED, PLAN_DUE_SOON, PLAN_OVERDUE, Reminder, message_of


class ReminderRefused(PlansError):
    code = "reminder_refused"


@dataclass(frozen=True)
class PlanReminders:
    sent: list[ReminderSent]  # newest first
    next_on: datetime.date | None  # the next reminder about the due date, while the plan is not handed in
    principals: tuple[str, ...]  # the e-mail addresses a reminder to the school goes to

    @property
    def nobody_to_remind(self) -> bool:
        return not self.principals


def _principal_addresses(plan: Plan) -> tuple[str, ...]:
    emails = RoleGrant.objects.filter(
        role=Role.PRINCIPAL, school=plan.school, user__is_active=True
    ).values_list("user__email", flat=True)
    return tuple(sorted({e for e in emails if e}))


def plan_reminders(plan: Plan, *, today: datetime.date | None = None) -> PlanReminders:
    today = today or timezone.localdate()
    school, year = plan.school, plan.school_year
    sent = list(
        ReminderSent.objects.filter(school_year=year)
        .filter(Q(plan=plan) | Q(key__contains=f":{year.pk}:{school.pk}:"))
        .order_by("-sent_at")
    )
    next_on = None
    due = selectors.plan_due_date(plan.school, plan.school_year)
    if selectors.status_of(plan) == PlanStatus.NOT_SUBMITTED and due is not None:
        later = [due - datetime.timedelta(days=n) for n in settings.REMINDER_DAYS]
        next_on = min((day for day in later if day > today), default=None)
    return PlanReminders(sent=sent, next_on=next_on, principals=_principal_addresses(plan))


def send_reminder_now(*, plan: Plan, by: Actor, now: datetime.datetime | None = None) -> ReminderSent:
    """A reminder to the school's principals now: what the plan's state calls for (hand in the plan,
    or answer the requested changes). Refused when nobody can receive it."""
    permissions.require(by, Action.REVIEW, plan)
    now = now or timezone.now()
    recipients = _principal_addresses(plan)
    if not recipients:
        raise ReminderRefused(
            _(
                "Nobody can be reminded: %(school)s has no principal with an e-mail address. "
                "Ask the district administrator to give the principal the role."
            )
            % {"school": plan.school.name}
        )
    status = selectors.status_of(plan)
    due = selectors.plan_due_date(plan.school, plan.school_year)
    today = timezone.localdate(now)
    if status == PlanStatus.CHANGES_REQUESTED:
        kind, context = CHANGES_REQUESTED, {}
    elif status == PlanStatus.NOT_SUBMITTED:
        kind = PLAN_OVERDUE if due is not None and due < today else PLAN_DUE_SOON
        context = {"due_on": due, "days": abs((due - today).days) if due else 0}
    else:
        raise ReminderRefused(
            _("The school has nothing to do now: the plan is %(status)s.")
            % {"status": PlanStatus(status).label.lower()}
        )
    reminder = Reminder(
        key=f"manual:{plan.pk}:{now.isoformat()}",
        kind=kind,
        school=plan.school,
        school_year=plan.school_year,
        plan=plan,
        recipients=recipients,
        context=context,
    )
    subject, body = message_of(reminder)
    # As the daily run: the record first, then the mail; a mail that cannot go out takes it back.
    record = ReminderSent.objects.create(
        key=reminder.key,
        kind=kind,
        plan=plan,
        school_year=plan.school_year,
        recipients=list(recipients),
        sent_at=now,
    )
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, list(recipients))
    except OSError:  # smtplib.SMTPException, a refused connection, EMAIL_TIMEOUT
        record.delete()
        raise ReminderRefused(_("The e-mail could not be sent just now. Try again in a while.")) from None
    return record
