"""python manage.py loaddemo: the demo district for the README's run command (idempotent).

plans.demo loads the district, users and plans; this command then walks a few of this year's plans
through the review workflow, through reviews.services only, so every state can be seen in the app:
submitted, in review with feedback and a reply, changes requested, approved with a feedback letter.
The other schools have not submitted (overdue once the default due date, 30 September, has passed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from plans import check_pipeline
from plans.demo.district import DISTRICT, REVIEW_YEAR, load_demo
from plans.models import CheckStatus, Plan, PlanVersion
from reviews import services
from reviews.models import PlanReview, Severity


@dataclass(frozen=True)
class People:
    principal: User
    reviewer: User
    admin: User


def _latest(plan: Plan) -> PlanVersion:
    version = plan.versions.order_by("-number").first()
    assert version is not None  # noqa: S101 - only plans with an uploaded version are walked
    if version.check_status == CheckStatus.QUEUED:
        # The reviewer works from the check; do it now instead of waiting for the worker (which
        # finds the version settled and leaves it alone).
        check_pipeline.run_check(version_id=version.pk)
    return version


def _submitted(plan: Plan, people: People) -> None:
    """Handed in by the district administrator (no principal of its own), awaiting the reviewer."""
    _latest(plan)
    services.submit(plan=plan, by=people.admin)


def _in_review(plan: Plan, people: People) -> None:
    """The reviewer is working: a must-fix and a should-fix item, and the principal has answered."""
    version = _latest(plan)
    services.submit(plan=plan, by=people.principal)
    services.start_review(plan=plan, by=people.reviewer)
    evaluation = services.add_feedback(
        version=version,
        by=people.reviewer,
        severity=Severity.MUST_FIX,
        requirement_key="previous_year_evaluation",
        text=(
            "Planen saknar en redogörelse för hur förra årets planerade åtgärder har genomförts. "
            "Redovisa varje åtgärd från förra årets plan: genomfördes den, hur, och vilken effekt fick den?"
        ),
    )
    services.add_feedback(
        version=version,
        by=people.reviewer,
        severity=Severity.SHOULD_FIX,
        requirement_key="survey",
        text=(
            "Kartläggningen anger metoder men inga resultat. Sammanfatta vad observationerna och "
            "samtalen med barnen visade och vilka slutsatser ni drar."
        ),
    )
    services.reply(
        item=evaluation,
        by=people.principal,
        text=(
            "Vi utvärderade åtgärderna på APT i juni. Vi lägger in en tabell med varje åtgärd och "
            "dess effekt i nästa version."
        ),
    )
    services.reply(
        item=evaluation, by=people.reviewer, text="Bra, en tabell med åtgärd, genomförande och effekt räcker."
    )


def _changes_requested(plan: Plan, people: People) -> None:
    """The template handed in unfilled: the reviewer asks for a new version."""
    version = _latest(plan)
    services.submit(plan=plan, by=people.admin)
    services.start_review(plan=plan, by=people.reviewer)
    for severity, key, text in (
        (
            Severity.MUST_FIX,
            "previous_year_evaluation",
            "Mallens hjälptexter står kvar. Redovisa hur förra årets åtgärder har genomförts och vilken "
            "effekt de fick.",
        ),
        (
            Severity.MUST_FIX,
            "preventive_measures",
            "Åtgärderna saknar ansvarig och tidpunkt. Ange för varje åtgärd vem som ansvarar och när den "
            "ska vara genomförd och följas upp.",
        ),
        (
            Severity.MUST_FIX,
            "student_involvement",
            "Det framgår inte hur eleverna har deltagit i att ta fram planen. Beskriv i vilka forum "
            "(t.ex. klassråd, elevråd) och när eleverna bidrog, och hur de deltar i uppföljningen.",
        ),
        (
            Severity.SHOULD_FIX,
            "survey",
            "Kartläggningen är inte ifylld. Sammanfatta vad trivselenkäten och trygghetsvandringen "
            "visade och vilka slutsatser ni drar.",
        ),
    ):
        services.add_feedback(
            version=version, by=people.reviewer, severity=severity, requirement_key=key, text=text
        )
    services.request_changes(
        plan=plan,
        by=people.reviewer,
        note="Planen är mallen utan ifyllt innehåll. Komplettera enligt synpunkterna och lämna in igen.",
    )


def _approved(plan: Plan, people: People) -> None:
    """Reviewed, one remark settled, approved, and the written feedback letter stored."""
    version = _latest(plan)
    services.submit(plan=plan, by=people.principal)
    services.start_review(plan=plan, by=people.reviewer)
    remark = services.add_feedback(
        version=version,
        by=people.reviewer,
        severity=Severity.NOTE,
        requirement_key="minority_rights",
        text="Nämn gärna hur skolan informerar om rätten till modersmålsundervisning.",
    )
    services.reply(
        item=remark, by=people.principal, text="Vi lägger till det i informationen vid terminsstart."
    )
    services.resolve(item=remark, by=people.reviewer)
    services.approve(
        plan=plan,
        by=people.reviewer,
        note="Planen uppfyller kraven. Åtgärderna har ansvarig och tidpunkt och bygger på kartläggningen.",
    )
    services.write_letter(plan=plan, by=people.reviewer)


# (skolenhetskod, what happens, the state it ends in): plans of REVIEW_YEAR uploaded by plans.demo.
SCENARIOS: tuple[tuple[str, Callable[[Plan, People], None], str], ...] = (
    ("90000204", _submitted, "submitted"),
    ("90000101", _in_review, "in review"),
    ("90000202", _changes_requested, "changes requested"),
    ("90000201", _approved, "approved, feedback letter written"),
)


@transaction.atomic
def load_reviews() -> list[str]:
    """Walk the demo plans that have no review yet; a plan already reviewed is left as it is."""
    people = People(
        principal=User.objects.get(username="rektor"),
        reviewer=User.objects.get(username="granskare"),
        admin=User.objects.get(username="admin"),
    )
    walked: list[str] = []
    for code, walk, state in SCENARIOS:
        plan = (
            Plan.objects.filter(
                school__skolenhetskod=code,
                school__district__name=DISTRICT,
                school_year__label=REVIEW_YEAR,
                versions__isnull=False,
            )
            .select_related("school", "school_year")
            .distinct()
            .first()
        )
        if plan is None or PlanReview.objects.filter(plan=plan).exists():
            continue
        walk(plan, people)
        walked.append(f"{plan.school.name} {REVIEW_YEAR}: {state}")
    return walked


class Command(BaseCommand):
    help = (
        "Load the demo district (fictional schools, one user per role, a few plans in every review "
        "state) and print the users."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help="load even when DEBUG is off")

    def handle(self, *args: Any, **options: Any) -> None:
        # The demo users' passwords are published: only on a developer's machine (DEBUG on, or the
        # embedded default's SQLite with DEBUG unset), never on a server without --force.
        if not (settings.DEBUG or settings.EMBEDDED) and not options["force"]:
            raise CommandError(
                "DEBUG is off: the demo users have published passwords. Use --force to load anyway."
            )
        summary = load_demo()
        walked = load_reviews()
        self.stdout.write(f"Demo district: {DISTRICT}")
        if summary.uploaded:
            self.stdout.write("Uploaded plans (checks queued for the worker): " + "; ".join(summary.uploaded))
        if walked:
            self.stdout.write("Reviews: " + "; ".join(walked))
        self.stdout.write("Demo users (username / password: role):")
        for user in summary.users:
            self.stdout.write(f"  {user.username} / {user.password}: {user.description}")
