"""Plans brought to a given review status quickly, for queue, reminder and page tests.

The versions are stubs (not .docx, never checked): submitting and deciding only need a version to
exist, and building a real plan for each of a dozen schools would make the tests slow.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User

from plans.models import Plan, PlanVersion, School, SchoolYear
from reviews import services
from reviews.models import PlanStatus, Severity
from tests.factories import PlanFactory, PlanVersionFactory

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime.datetime:
    """A moment in the district's time zone."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM)


def stub_version(plan: Plan) -> PlanVersion:
    number = plan.versions.count() + 1
    return PlanVersionFactory(plan=plan, number=number, content=f"stub {plan.pk} v{number}".encode())


def plan_with_status(
    school: School, year: SchoolYear, status: str, *, by: User, when: datetime.datetime
) -> Plan:
    """A plan of `school` moved to `status` at `when` by `by` (a district admin may take every step)."""
    plan = PlanFactory(school=school, school_year=year)
    stub_version(plan)
    if status == PlanStatus.NOT_SUBMITTED:
        return plan
    services.submit(plan=plan, by=by, now=when)
    if status == PlanStatus.SUBMITTED:
        return plan
    services.start_review(plan=plan, by=by, now=when)
    if status == PlanStatus.IN_REVIEW:
        return plan
    if status == PlanStatus.APPROVED:
        services.approve(plan=plan, by=by, now=when)
        return plan
    services.add_feedback(
        version=plan.versions.get(number=1), by=by, severity=Severity.MUST_FIX, text="Komplettera."
    )
    services.request_changes(plan=plan, by=by, now=when)
    if status == PlanStatus.CHANGES_REQUESTED:
        return plan
    stub_version(plan)
    services.submit(plan=plan, by=by, now=when)
    assert status == PlanStatus.RESUBMITTED
    return plan
