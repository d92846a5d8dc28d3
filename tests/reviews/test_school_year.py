"""One school year, 2025/26, lived through with time travel: the plan of Ekbacken from the first
reminder in September to the written feedback letter in June (BRIEF §7.2).

Each step travels to its date, acts as a person would (the principal uploads through the web page),
and the end of the story reads the plan's audit trail, the reminders sent and the letter itself.
"""

from __future__ import annotations

import datetime
import io
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager

import docx
import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from plans.demo.documents import Quality
from plans.models import CheckStatus, EventKind, Plan, PlanEvent, PlanVersion
from plans.selectors import current_check_run
from reviews import reminders, selectors, services
from reviews.models import (
    Decision,
    DecisionKind,
    FeedbackLetter,
    ItemState,
    PlanStatus,
    ReminderSent,
    ReviewEventKind,
    Severity,
)
from tests.conftest import World, client_for
from tests.factories import docx_bytes

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


@contextmanager
def on(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> Iterator[datetime.datetime]:
    """Travel to a moment of the school year (Swedish time); the clock stands still there."""
    moment = datetime.datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM)
    with time_machine.travel(moment, tick=False):
        yield moment


def upload_on_the_web(principal: User, world: World, content: bytes, name: str, capture) -> PlanVersion:  # type: ignore[no-untyped-def]
    """The principal's upload form; the check runs when the upload commits (eager Celery)."""
    with capture(execute=True):
        response = client_for(principal).post(
            reverse("plans:upload", args=[world.school_a.pk]),
            {"school_year": world.year.pk, "file": SimpleUploadedFile(name, content, content_type=DOCX)},
        )
    assert response.status_code == 302, response.content.decode()
    version = PlanVersion.objects.get(plan__school=world.school_a, original_name=name)
    assert response["Location"] == version.get_absolute_url()
    assert version.check_status == CheckStatus.CHECKED
    return version


def name(user: User, first: str, last: str, email: str) -> None:
    user.first_name, user.last_name, user.email = first, last, email
    user.save()


def trail(plan: Plan) -> list[tuple[str, str, str, int | None]]:
    """The plan's audit trail as (local date, event, username, version number), oldest first."""
    return [
        (
            timezone.localdate(event.at).isoformat(),
            event.kind,
            event.actor.username if event.actor else "",
            event.version.number if event.version else None,
        )
        for event in PlanEvent.objects.filter(plan=plan).select_related("actor", "version")
    ]


def run_reminders() -> list[str]:
    """The daily beat run: the keys of the reminders that went out now."""
    return reminders.send_due_reminders().sent


def status(plan: Plan) -> str:
    plan.refresh_from_db()
    return plan.review.status


def text_of(letter: FeedbackLetter) -> str:
    with letter.file.open("rb") as handle:
        document = docx.Document(io.BytesIO(handle.read()))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_a_plan_lives_through_the_school_year_from_first_reminder_to_feedback_letter(
    world: World,
    principal_a: User,
    reviewer_same_area: User,
    mailoutbox: list[mail.EmailMessage],
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,
) -> None:
    principal, reviewer = principal_a, reviewer_same_area
    name(principal, "Eva", "Exempel", "eva.exempel@ekbacken.example")
    name(reviewer, "Gustav", "Granskare", "gustav.granskare@exempelstad.example")
    settings.REMINDER_DAYS, settings.REVIEW_DAYS = [14, 3, -1, -14], 21  # the documented defaults
    year_id, school_id = world.year.pk, world.school_a.pk

    # Tue 16 September 2025: two weeks before the default due date, 30 September; nothing is in.
    with on(2025, 9, 16):
        assert run_reminders() == [f"plan_due_soon:{year_id}:{school_id}:14"]
        assert run_reminders() == []  # the beat runs again the same day: nothing goes out twice
    assert mailoutbox[-1].to == ["eva.exempel@ekbacken.example"]
    assert (
        mailoutbox[-1].subject
        == "Påminnelse: planen för Ekbacken 2025/26 ska lämnas in senast 30 september 2025"
    )

    # Sat 27 September: three days left.
    with on(2025, 9, 27):
        assert run_reminders() == [f"plan_due_soon:{year_id}:{school_id}:3"]

    # Mon 29 September: the principal uploads the plan on the web page; it is checked at once,
    # but uploading is not handing in.
    with on(2025, 9, 29, 14):
        first = upload_on_the_web(
            principal,
            world,
            docx_bytes("Ekbacken", seed=1, quality=Quality.PARTIAL),
            "plan-v1.docx",
            django_capture_on_commit_callbacks,
        )
    plan = first.plan
    assert first.number == 1
    assert selectors.status_of(plan) == PlanStatus.NOT_SUBMITTED

    # Wed 1 October: the due date has passed without a submission: one overdue reminder.
    with on(2025, 10, 1):
        assert run_reminders() == [f"plan_overdue:{year_id}:{school_id}:-1"]
    assert mailoutbox[-1].subject.startswith("Försenad: planen för Ekbacken 2025/26")

    # Thu 2 October, just after midnight: submitted, a day late. The overdue reminder is not repeated.
    with on(2025, 10, 2, 0, 15):
        services.submit(plan=plan, by=principal)
        assert status(plan) == PlanStatus.SUBMITTED
        assert run_reminders() == []

    # Mon 6 October: the plan is in the reviewer's queue, due three weeks after the Swedish day it came
    # in (2 October, though it was still 1 October in UTC). The reviewer starts and writes two must-fix
    # items: one on a requirement, one on a section.
    with on(2025, 10, 6, 13):
        [row] = selectors.reviewer_queue(reviewer, school_year=world.year, today=datetime.date(2025, 10, 6))
        assert (row.plan, row.status, row.due_on, row.is_overdue) == (
            plan,
            PlanStatus.SUBMITTED,
            datetime.date(2025, 10, 23),
            False,
        )
        services.start_review(plan=plan, by=reviewer)
        run = current_check_run(first)
        assert run is not None
        measures_section = next(
            p for p in selectors.heading_paths(run) if "handlingsplan" in p[-1].casefold()
        )
        evaluation_item = services.add_feedback(
            version=first,
            by=reviewer,
            severity=Severity.MUST_FIX,
            text=(
                "Planen saknar en redogörelse för hur förra årets planerade åtgärder har genomförts. "
                "Redovisa varje åtgärd från planen 2024/25: genomfördes den, hur, och vilken effekt fick den?"
            ),
            requirement_key="previous_year_evaluation",
        )
        measures_item = services.add_feedback(
            version=first,
            by=reviewer,
            severity=Severity.MUST_FIX,
            text=(
                "Åtgärderna saknar ansvarig och tidpunkt. Ange för varje åtgärd vem som ansvarar och "
                "när den ska vara genomförd och följas upp."
            ),
            heading_path=measures_section,
        )

    # Wed 8 October: changes requested; the next morning's run e-mails the principal, once.
    with on(2025, 10, 8, 15):
        services.request_changes(plan=plan, by=reviewer, note="Se synpunkterna.")
        assert status(plan) == PlanStatus.CHANGES_REQUESTED
    request = Decision.objects.get(plan=plan, kind=DecisionKind.CHANGES_REQUESTED)
    with on(2025, 10, 9, 6):
        assert run_reminders() == [f"changes_requested:{request.pk}"]
        assert run_reminders() == []
    assert mailoutbox[-1].to == ["eva.exempel@ekbacken.example"]
    assert mailoutbox[-1].subject == "Komplettering begärd av planen för Ekbacken 2025/26"
    assert f"/reviews/plans/{plan.pk}/" in mailoutbox[-1].body

    # Tue 14 October: two weeks late would have been the second overdue reminder: the plan is in.
    with on(2025, 10, 14):
        assert run_reminders() == []

    # Mon 20 October: version 2 on the web. The principal answers one item naming version 2 and
    # marks the other as addressed in version 2.
    with on(2025, 10, 20, 11):
        second = upload_on_the_web(
            principal,
            world,
            docx_bytes("Ekbacken", seed=1, quality=Quality.COMPLETE),
            "plan-v2.docx",
            django_capture_on_commit_callbacks,
        )
        assert second.number == 2
        services.reply(
            item=evaluation_item,
            by=principal,
            text="Vi har lagt till en utvärdering av förra årets åtgärder i version 2.",
            addressing_version=second,
        )
        services.mark_addressed(item=measures_item, version=second, by=principal)
    for item in (evaluation_item, measures_item):
        item.refresh_from_db()
        assert (item.state, item.addressed_in) == (ItemState.ADDRESSED, second)

    # Tue 21 October: handed in again.
    with on(2025, 10, 21, 8):
        services.submit(plan=plan, by=principal)
        assert status(plan) == PlanStatus.RESUBMITTED
        assert plan.review.submitted_version == second

    # Mon 27 October: the reviewer compares the versions: the text changed, the evaluation of last
    # year's measures is now met, nothing got worse, and the section item is found again in version 2.
    # Both items are resolved and the plan approved.
    with on(2025, 10, 27, 10):
        services.start_review(plan=plan, by=reviewer)
        diff = selectors.version_diff(first, second)
        assert not diff.unreadable and diff.sections
        assert diff.check is not None
        assert "previous_year_evaluation" in diff.check.newly_met
        assert diff.check.worsened == [] and diff.check.newly_missing == []
        page = client_for(reviewer).get(reverse("reviews:diff", args=[plan.pk]))
        assert page.status_code == 200 and page.context["diff"].after == second
        located = {
            view.item.pk: view.located for view in selectors.plan_items(plan, run=current_check_run(second))
        }
        assert located[measures_item.pk].gone is False
        assert located[evaluation_item.pk].requirement_status == "met"
        services.resolve(item=evaluation_item, by=reviewer)
        services.resolve(item=measures_item, by=reviewer)
        services.approve(plan=plan, by=reviewer, note="Planen uppfyller nu kraven.")
        assert status(plan) == PlanStatus.APPROVED

    # Wed 12 November: three weeks after the resubmission the review would be overdue; the reviewer
    # decided in time, so nobody is reminded, then or later in the year.
    for month, day in ((11, 12), (3, 2)):
        with on(2025 if month > 7 else 2026, month, day):
            assert run_reminders() == []
            assert (
                selectors.reviewer_queue(reviewer, school_year=world.year, today=timezone.localdate()) == []
            )

    # Mon 8 June 2026: the end of the school year: the written feedback letter, in Swedish.
    with on(2026, 6, 8, 10):
        letter = services.write_letter(plan=plan, by=reviewer)
    assert letter.version == second
    text = text_of(letter)
    assert "Återkoppling på plan mot diskriminering och kränkande behandling läsåret 2025/26" in text
    assert "Vi har granskat version 2 av planen, uppladdad 2025-10-20." in text
    assert text.count("Löst i version 2") == 2
    assert "Redovisa varje åtgärd från planen 2024/25" in text
    assert "Gustav Granskare" in text
    assert "Eva Exempel" in text

    # The audit trail holds every step in order: when, what, who and which version.
    P, R = "principal_a", "reviewer_same_area"
    assert trail(plan) == [
        ("2025-09-29", EventKind.PLAN_CREATED, P, None),
        ("2025-09-29", EventKind.VERSION_UPLOADED, P, 1),
        ("2025-09-29", EventKind.CHECK_FINISHED, "", 1),
        ("2025-10-02", ReviewEventKind.SUBMITTED, P, 1),
        ("2025-10-06", ReviewEventKind.REVIEW_STARTED, R, 1),
        ("2025-10-06", ReviewEventKind.FEEDBACK_ADDED, R, 1),
        ("2025-10-06", ReviewEventKind.FEEDBACK_ADDED, R, 1),
        ("2025-10-08", ReviewEventKind.CHANGES_REQUESTED, R, 1),
        ("2025-10-20", EventKind.VERSION_UPLOADED, P, 2),
        ("2025-10-20", EventKind.CHECK_FINISHED, "", 2),
        ("2025-10-20", ReviewEventKind.FEEDBACK_REPLIED, P, 2),
        ("2025-10-20", ReviewEventKind.FEEDBACK_ADDRESSED, P, 2),
        ("2025-10-20", ReviewEventKind.FEEDBACK_ADDRESSED, P, 2),
        ("2025-10-21", ReviewEventKind.SUBMITTED, P, 2),
        ("2025-10-27", ReviewEventKind.REVIEW_STARTED, R, 2),
        ("2025-10-27", ReviewEventKind.FEEDBACK_RESOLVED, R, 2),
        ("2025-10-27", ReviewEventKind.FEEDBACK_RESOLVED, R, 2),
        ("2025-10-27", ReviewEventKind.APPROVED, R, 2),
        ("2026-06-08", ReviewEventKind.LETTER_CREATED, R, 2),
    ]
    assert list(Decision.objects.filter(plan=plan).values_list("kind", "version__number", "by")) == [
        (DecisionKind.CHANGES_REQUESTED, 1, reviewer.pk),
        (DecisionKind.APPROVED, 2, reviewer.pk),
    ]

    # Four reminders went out, each once: one row per e-mail, each under its own key.
    sent = list(ReminderSent.objects.order_by("sent_at").values_list("key", "kind", "recipients"))
    assert sent == [
        (
            f"plan_due_soon:{year_id}:{school_id}:14",
            reminders.PLAN_DUE_SOON,
            ["eva.exempel@ekbacken.example"],
        ),
        (f"plan_due_soon:{year_id}:{school_id}:3", reminders.PLAN_DUE_SOON, ["eva.exempel@ekbacken.example"]),
        (f"plan_overdue:{year_id}:{school_id}:-1", reminders.PLAN_OVERDUE, ["eva.exempel@ekbacken.example"]),
        (f"changes_requested:{request.pk}", reminders.CHANGES_REQUESTED, ["eva.exempel@ekbacken.example"]),
    ]
    assert len(mailoutbox) == len(sent)
    assert not ReminderSent.objects.filter(kind=reminders.REVIEW_OVERDUE).exists()
