"""What goes into a school's feedback letter, read from the database into plain LetterContent."""

from __future__ import annotations

import datetime

from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from plans.finding_texts import FINDINGS, reason_text
from plans.models import CheckRun, District, Plan, PlanVersion, RequirementStatus, Role
from reviews.assessments import Effective, effective_of
from reviews.letters.render import LetterContent, LetterItem, LetterRequirement
from reviews.models import (
    AnchorKind,
    Assessment,
    Decision,
    FeedbackItem,
    ItemState,
    Letterhead,
    PlanReview,
    PlanStatus,
    Severity,
)


def _swedish() -> bool:
    return (get_language() or "sv").startswith("sv")


def _person(user: User) -> str:
    return user.get_full_name() or user.get_username()


def _decision(plan: Plan, items: list[FeedbackItem]) -> str:
    try:
        status = plan.review.status
    except PlanReview.DoesNotExist:
        return "in_review"
    if status == PlanStatus.APPROVED:
        remarks = any(i.state != ItemState.DROPPED and i.severity != Severity.MUST_FIX for i in items)
        return "approved_with_remarks" if remarks else "approved"
    if status == PlanStatus.CHANGES_REQUESTED:
        return "changes_requested"
    return "in_review"


def _outcome(item: FeedbackItem) -> str:
    if item.state == ItemState.RESOLVED:
        if item.resolved_in is not None:
            return _("Resolved in version %(number)s") % {"number": item.resolved_in.number}
        return _("Resolved")
    if item.state == ItemState.ADDRESSED:
        return _("Answered, awaiting the reviewer")
    if item.state == ItemState.DROPPED:
        return _("Dropped")
    return _("Still open")


def _anchor(item: FeedbackItem, titles: dict[str, str]) -> str:
    if item.anchor_kind == AnchorKind.REQUIREMENT:
        return titles.get(item.requirement_key, item.requirement_key)
    if item.anchor_kind == AnchorKind.SECTION:
        return " › ".join(item.heading_path)
    if item.anchor_kind == AnchorKind.FINDING:
        label = FINDINGS.get(item.finding_code)
        return str(label).split(":")[0] if label else item.finding_code
    return _("The plan as a whole")


def _comment(reported: Effective, engine_reason: str) -> str:
    """The reviewer's reason where they gave one; else the check's, for what is not met."""
    if reported.reason:
        return reported.reason
    if reported.status == RequirementStatus.MET or reported.status != reported.engine_status:
        return ""
    return engine_reason


def _assessed(reported: Effective) -> str:
    if reported.assessed_at is None:
        return _("automatic check")
    return _("assessed by %(name)s, %(date)s") % {
        "name": reported.assessed_by,
        "date": timezone.localdate(reported.assessed_at).isoformat(),
    }


def _next_steps(decision: str) -> str:
    if decision == "changes_requested":
        return _(
            "Answer each open feedback item, upload a corrected version of the plan and submit it again. "
            "Contact the reviewer if anything is unclear."
        )
    if decision in ("approved", "approved_with_remarks"):
        return _(
            "The plan is approved for this school year. Keep the remarks in mind when the plan is "
            "evaluated and the next year's plan is drawn up."
        )
    return _("The review continues; you will hear from the reviewer.")


def letter_content(
    *,
    plan: Plan,
    version: PlanVersion,
    by: User,
    today: datetime.date,
    run: CheckRun | None,
) -> LetterContent:
    """The letter about `version`, reporting the results of `run` (the one its decision saw)."""
    school = plan.school
    swedish = _swedish()
    titles: dict[str, str] = {}
    requirements: list[LetterRequirement] = []
    if run is not None:
        by_key = {r.key: r for r in run.template.requirements.all()} if run.template else {}
        titles = {k: (r.title_sv if swedish else r.title_en) for k, r in by_key.items()}
        results = list(run.results.all())
        effective = effective_of(
            {r.key: r.status for r in results},
            Assessment.objects.filter(version=version).select_related("by"),
        )
        for result in results:
            requirement = by_key.get(result.key)
            reported = effective[result.key]
            requirements.append(
                LetterRequirement(
                    title=titles.get(result.key, result.key),
                    status=reported.status,
                    status_label=str(RequirementStatus(reported.status).label),
                    comment=_comment(reported, reason_text(result.reason, result.params)),
                    legal_basis=requirement.legal_basis if requirement else "",
                    assessed=_assessed(reported),
                )
            )
    items = list(
        FeedbackItem.objects.filter(plan=plan).select_related("resolved_in").order_by("created_at", "pk")
    )
    decision = _decision(plan, items)
    latest_decision = Decision.objects.filter(plan=plan).order_by("-at", "-pk").first()
    principals = [
        _person(g.user)
        for g in school.district.role_grants.filter(role=Role.PRINCIPAL, school=school).select_related("user")
    ]
    letterhead = Letterhead.objects.filter(district_id=school.district_id).first()
    return LetterContent(
        district_name=school.district.name,
        administration=letterhead.administration if letterhead else "",
        diarienummer="",
        date=today,
        school_name=school.name,
        skolenhetskod=school.skolenhetskod,
        principal_name=", ".join(principals),
        school_forms=tuple(str(form) for form in school.forms.all()),
        school_year=plan.school_year.label,
        version_number=version.number,
        version_uploaded=timezone.localdate(version.uploaded_at),
        decision=decision,
        overall=latest_decision.note if latest_decision else "",
        requirements=tuple(requirements),
        items=tuple(
            LetterItem(
                severity_label=str(Severity(item.severity).label),
                anchor=_anchor(item, titles),
                text=item.text,
                outcome=_outcome(item),
            )
            for item in items
        ),
        strengths=(),
        next_steps=_next_steps(decision),
        reviewer_name=_person(by),
        reviewer_title=_("Reviewer, %(district)s") % {"district": school.district.name},
        contact=by.email,
    )


def letterhead_bytes(district: District) -> bytes | None:
    letterhead = Letterhead.objects.filter(district=district).first()
    if letterhead is None or not letterhead.file:
        return None
    try:
        with letterhead.file.open("rb") as handle:
            data: bytes = handle.read()
    except FileNotFoundError:
        return None
    return data
