"""The review of a plan through the school year: status, feedback items and their threads,
decisions, milestones, reminders sent, letterheads and feedback letters.

State changes only through reviews.services (which also write the plan's audit trail in plans).
Overdue is never stored: reviews.selectors works it out from the milestones and today's date.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from plans.models import (
    Plan,
    PlanVersion,
    RequirementStatus,
    SchoolForm,
    SchoolYear,
    plan_storage,
    register_event_kinds,
    register_record_kinds,
)


class PlanStatus(models.TextChoices):
    NOT_SUBMITTED = "not_submitted", _("Not submitted")
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    RESUBMITTED = "resubmitted", _("Resubmitted")
    APPROVED = "approved", _("Approved")


class PlanReview(models.Model):
    """The review status of one plan (one school, one school year). Created at the first transition;
    a plan without one has not been submitted."""

    plan = models.OneToOneField(Plan, on_delete=models.PROTECT, related_name="review", verbose_name=_("plan"))
    status = models.CharField(
        _("status"), max_length=32, choices=PlanStatus.choices, default=PlanStatus.NOT_SUBMITTED
    )
    submitted_version = models.ForeignKey(
        PlanVersion,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted version"),
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    changed_at = models.DateTimeField(_("status changed"), null=True, blank=True)

    class Meta:
        verbose_name = _("plan review")
        verbose_name_plural = _("plan reviews")

    def __str__(self) -> str:
        return f"{self.plan}: {self.get_status_display()}"


class DecisionKind(models.TextChoices):
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Approved")


class Decision(models.Model):
    """A reviewer's decision on a version, with the note that goes into the letter."""

    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="decisions", verbose_name=_("plan"))
    version = models.ForeignKey(
        PlanVersion, on_delete=models.PROTECT, related_name="decisions", verbose_name=_("version")
    )
    kind = models.CharField(_("decision"), max_length=32, choices=DecisionKind.choices)
    # The check run the reviewer saw: a later re-check adds a run and leaves this one as it was.
    check_run = models.ForeignKey(
        "plans.CheckRun",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("check run seen"),
    )
    note = models.TextField(_("note"), blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    at = models.DateTimeField(_("when"))

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self) -> str:
        return f"{self.plan}: {self.get_kind_display()}"


class Severity(models.TextChoices):
    MUST_FIX = "must_fix", _("Must fix")
    SHOULD_FIX = "should_fix", _("Should fix")
    NOTE = "note", _("Note")


class ItemState(models.TextChoices):
    OPEN = "open", _("Open")
    ADDRESSED = "addressed", _("Addressed")
    RESOLVED = "resolved", _("Resolved")
    REOPENED = "reopened", _("Reopened")
    DROPPED = "dropped", _("Dropped")


# Items still waiting for someone: the principal (open, reopened) or the reviewer (addressed).
UNSETTLED_STATES = (ItemState.OPEN, ItemState.REOPENED, ItemState.ADDRESSED)


class AnchorKind(models.TextChoices):
    REQUIREMENT = "requirement", _("Requirement")
    SECTION = "section", _("Section")
    FINDING = "finding", _("Finding")
    PLAN = "plan", _("The plan as a whole")


class FeedbackItem(models.Model):
    """One point of feedback, open until the reviewer resolves or drops it; it belongs to the plan and
    carries over to every later version (its anchor is located again in each version)."""

    plan = models.ForeignKey(
        Plan, on_delete=models.PROTECT, related_name="feedback_items", verbose_name=_("plan")
    )
    version = models.ForeignKey(
        PlanVersion,
        on_delete=models.PROTECT,
        related_name="feedback_items",
        verbose_name=_("written on version"),
    )
    anchor_kind = models.CharField(_("about"), max_length=16, choices=AnchorKind.choices)
    requirement_key = models.SlugField(_("requirement"), max_length=50, blank=True)
    heading_path = models.JSONField(_("section"), default=list, blank=True)
    finding_code = models.SlugField(_("finding"), max_length=50, blank=True)
    finding_shown_as = models.CharField(_("finding shown as"), max_length=200, blank=True)
    severity = models.CharField(_("severity"), max_length=16, choices=Severity.choices)
    text = models.TextField(_("feedback"))
    state = models.CharField(_("state"), max_length=16, choices=ItemState.choices, default=ItemState.OPEN)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("written by")
    )
    created_at = models.DateTimeField(_("written"))
    state_changed_at = models.DateTimeField(_("state changed"))
    addressed_in = models.ForeignKey(
        PlanVersion,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("addressed in version"),
    )
    resolved_in = models.ForeignKey(
        PlanVersion,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resolved in version"),
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("feedback item")
        verbose_name_plural = _("feedback items")
        constraints = [
            models.CheckConstraint(
                name="feedback_anchor_fits_kind",
                condition=(
                    models.Q(anchor_kind="requirement") & ~models.Q(requirement_key="")
                    | models.Q(anchor_kind="finding") & ~models.Q(finding_code="")
                    | models.Q(anchor_kind__in=["section", "plan"])
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_severity_display()}: {self.text[:60]}"

    @property
    def is_unsettled(self) -> bool:
        return self.state in UNSETTLED_STATES


class FeedbackReply(models.Model):
    """A message in an item's thread; a principal's reply may name the version that addresses it."""

    item = models.ForeignKey(
        FeedbackItem, on_delete=models.CASCADE, related_name="replies", verbose_name=_("feedback item")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("author")
    )
    text = models.TextField(_("reply"))
    version = models.ForeignKey(
        PlanVersion,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("addressing version"),
    )
    at = models.DateTimeField(_("when"))

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")

    def __str__(self) -> str:
        return self.text[:60]


class MilestoneKind(models.TextChoices):
    PLAN_DUE = "plan_due", _("Plan due")
    WRITTEN_FEEDBACK = "written_feedback", _("Written feedback")
    RESULT_DIALOGUE = "result_dialogue", _("Result dialogue")


class Milestone(models.Model):
    """A date in the district's school year for one school form: deadlines are data, never code."""

    school_year = models.ForeignKey(
        SchoolYear, on_delete=models.CASCADE, related_name="milestones", verbose_name=_("school year")
    )
    school_form = models.ForeignKey(
        SchoolForm, on_delete=models.PROTECT, related_name="+", verbose_name=_("school form")
    )
    kind = models.CharField(_("milestone"), max_length=32, choices=MilestoneKind.choices)
    due_on = models.DateField(_("date"))

    class Meta:
        ordering = ["due_on", "kind"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        constraints = [
            models.UniqueConstraint(
                fields=["school_year", "school_form", "kind"], name="one_milestone_per_form_and_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.school_year.label} {self.school_form_id}: {self.get_kind_display()} {self.due_on}"


class ReminderSent(models.Model):
    """A reminder e-mail that went out. The unique key is what keeps it from going out twice."""

    key = models.CharField(_("key"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=40)
    plan = models.ForeignKey(
        Plan, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("plan")
    )
    # The school year it was about (also when the school had no plan yet): the purge keeps reminder
    # records as long as the district keeps the year (plans.retention).
    school_year = models.ForeignKey(
        SchoolYear,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("school year"),
    )
    recipients = models.JSONField(_("recipients"), default=list)
    sent_at = models.DateTimeField(_("sent"))

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")

    def __str__(self) -> str:
        return self.key


def letterhead_file_name(instance: Letterhead, filename: str) -> str:
    return f"letterheads/{instance.district_id}/{uuid.uuid4().hex}.docx"


def letter_file_name(instance: FeedbackLetter, filename: str) -> str:
    return f"letters/{instance.plan.school.skolenhetskod}/{uuid.uuid4().hex}.docx"


class Letterhead(models.Model):
    """The district's letterhead (.docx) for feedback letters; without one a plain default is used."""

    district = models.OneToOneField(
        "plans.District", on_delete=models.CASCADE, related_name="letterhead", verbose_name=_("district")
    )
    file = models.FileField(_("file"), storage=plan_storage, upload_to=letterhead_file_name, max_length=300)
    administration = models.CharField(_("administration"), max_length=200, blank=True)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now=True)

    class Meta:
        verbose_name = _("letterhead")
        verbose_name_plural = _("letterheads")

    def __str__(self) -> str:
        return str(self.district)


class FeedbackLetter(models.Model):
    """A written feedback letter (.docx) for a school's plan, stored with the plan."""

    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="letters", verbose_name=_("plan"))
    version = models.ForeignKey(
        PlanVersion, on_delete=models.PROTECT, related_name="+", verbose_name=_("version")
    )
    check_run = models.ForeignKey(
        "plans.CheckRun",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("check run reported"),
    )
    file = models.FileField(_("file"), storage=plan_storage, upload_to=letter_file_name, max_length=300)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("written by")
    )
    created_at = models.DateTimeField(_("created"))
    # Set by the purge (reviews.retention): the file is gone and `file` is empty; the row stays.
    purged_at = models.DateTimeField(_("file removed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("feedback letter")
        verbose_name_plural = _("feedback letters")

    def __str__(self) -> str:
        return f"{self.plan} ({self.created_at:%Y-%m-%d})"


class Assessment(models.Model):
    """The reviewer's status for one requirement of one version; where there is one, it is what the
    district reports instead of the engine's. A new version starts without (reviews.assessments)."""

    version = models.ForeignKey(
        PlanVersion, on_delete=models.PROTECT, related_name="assessments", verbose_name=_("version")
    )
    key = models.SlugField(_("requirement"), max_length=50)
    status = models.CharField(_("status"), max_length=8, choices=RequirementStatus.choices)
    # What the engine said when the reviewer assessed: a later re-check may say otherwise.
    engine_status = models.CharField(_("engine's status"), max_length=8, choices=RequirementStatus.choices)
    reason = models.TextField(_("reason"), max_length=500, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("assessed by")
    )
    at = models.DateTimeField(_("assessed"))

    class Meta:
        ordering = ["version", "key"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="one_assessment_per_requirement"),
            # Differing from the check needs a reason; confirming it does not.
            models.CheckConstraint(
                name="assessment_differing_has_reason",
                condition=models.Q(status=models.F("engine_status")) | ~models.Q(reason=""),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.key}: {self.status}"


class ReviewEventKind(models.TextChoices):
    """What reviews writes into the plan's audit trail (owned by plans)."""

    SUBMITTED = "plan_submitted", _("Plan submitted")
    REVIEW_STARTED = "review_started", _("Review started")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "plan_approved", _("Plan approved")
    FEEDBACK_ADDED = "feedback_added", _("Feedback added")
    FEEDBACK_REPLIED = "feedback_replied", _("Feedback answered")
    FEEDBACK_ADDRESSED = "feedback_addressed", _("Feedback addressed")
    FEEDBACK_RESOLVED = "feedback_resolved", _("Feedback resolved")
    FEEDBACK_REOPENED = "feedback_reopened", _("Feedback reopened")
    FEEDBACK_DROPPED = "feedback_dropped", _("Feedback dropped")
    LETTER_CREATED = "letter_created", _("Feedback letter written")
    ASSESSED = "requirement_assessed", _("Requirement assessed")


register_event_kinds(ReviewEventKind)
# Decisions and letters are based on a version's check: a bulk re-check leaves them alone by default.
register_record_kinds(
    ReviewEventKind.CHANGES_REQUESTED, ReviewEventKind.APPROVED, ReviewEventKind.LETTER_CREATED
)
