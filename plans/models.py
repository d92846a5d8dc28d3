"""The district's organisation, school years, plans, versions, check results and the audit trail."""

from __future__ import annotations

import datetime
import re
import uuid
from typing import Any

import pgtrigger
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SKOLENHETSKOD_PATTERN = r"^[0-9]{8}$"
# Retention (docs/retention.md): the school year running and the one before it always stay, since this
# year's plan must account for last year's measures (Skollagen 6 kap. 8 §) and the check reads them.
MIN_KEEP_SCHOOL_YEARS = 2
# One more by default: the follow-up over two years, and a complaint about last year that comes late.
DEFAULT_KEEP_SCHOOL_YEARS = 3
SCHOOL_YEAR_LABEL = re.compile(r"^(?P<start>[0-9]{4})/(?P<end>[0-9]{2})$")


class SchoolFormCode(models.TextChoices):
    # Legal categories keep Swedish values (STYLE 3.9); Skollagen's names since 2 July 2023.
    FORSKOLA = "forskola", _("Preschool")
    FORSKOLEKLASS = "forskoleklass", _("Preschool class")
    GRUNDSKOLA = "grundskola", _("Compulsory school")
    ANPASSAD_GRUNDSKOLA = "anpassad_grundskola", _("Adapted compulsory school")
    FRITIDSHEM = "fritidshem", _("School-age educare")
    GYMNASIESKOLA = "gymnasieskola", _("Upper secondary school")
    ANPASSAD_GYMNASIESKOLA = "anpassad_gymnasieskola", _("Adapted upper secondary school")


class District(models.Model):
    """A huvudman: the body legally responsible for its schools' plans."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    organisation_number = models.CharField(_("organisation number"), max_length=11, blank=True)
    keep_school_years = models.PositiveSmallIntegerField(
        _("school years kept"),
        default=DEFAULT_KEEP_SCHOOL_YEARS,
        validators=[MinValueValidator(MIN_KEEP_SCHOOL_YEARS)],
        help_text=_(
            "How many school years, counting the current one, keep their plan files, feedback letters "
            "and reminder records. The purge (gallring) removes those of older school years; their "
            "history, decisions and feedback stay. At least 2: this year's plan accounts for last year's."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(keep_school_years__gte=MIN_KEEP_SCHOOL_YEARS),
                name="district_keeps_at_least_two_school_years",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Area(models.Model):
    """A division of a district, e.g. the compulsory-school department."""

    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="areas", verbose_name=_("district")
    )
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["district__name", "name"]
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        constraints = [
            models.UniqueConstraint(fields=["district", "name"], name="area_name_unique_in_district")
        ]

    def __str__(self) -> str:
        return self.name


class SchoolForm(models.Model):
    """One of the fixed school forms; rows are created by a migration so schools can hold several."""

    code = models.CharField(_("code"), max_length=32, primary_key=True, choices=SchoolFormCode.choices)

    class Meta:
        ordering = ["code"]
        verbose_name = _("school form")
        verbose_name_plural = _("school forms")

    def __str__(self) -> str:
        return str(SchoolFormCode(self.code).label)


class School(models.Model):
    """A skolenhet: the unit with one principal that must have its own plan each year."""

    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="schools", verbose_name=_("district")
    )
    area = models.ForeignKey(
        Area, on_delete=models.PROTECT, related_name="schools", null=True, blank=True, verbose_name=_("area")
    )
    name = models.CharField(_("name"), max_length=200)
    skolenhetskod = models.CharField(
        _("school unit code"),
        max_length=8,
        unique=True,
        validators=[RegexValidator(SKOLENHETSKOD_PATTERN, _("A school unit code is exactly 8 digits."))],
        help_text=_("The 8-digit code in Skolverket's school unit register."),
    )
    forms = models.ManyToManyField(SchoolForm, related_name="schools", verbose_name=_("school forms"))
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(skolenhetskod__regex=SKOLENHETSKOD_PATTERN),
                name="skolenhetskod_is_8_digits",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.skolenhetskod})"

    def get_absolute_url(self) -> str:
        return reverse("plans:school", args=[self.pk])

    def clean(self) -> None:
        if (
            self.area is not None
            and self.district_id is not None
            and self.area.district_id != self.district_id
        ):
            raise ValidationError({"area": _("The area belongs to another district.")})


def validate_school_year_label(label: str) -> None:
    match = SCHOOL_YEAR_LABEL.match(label)
    if not match or (int(match["start"]) + 1) % 100 != int(match["end"]):
        raise ValidationError(
            _("Write the school year as start year/two-digit end year, e.g. 2025/26."), code="invalid_label"
        )


class SchoolYear(models.Model):
    """A läsår of one district, e.g. 2025/26, with the dates it runs."""

    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="school_years", verbose_name=_("district")
    )
    label = models.CharField(_("label"), max_length=7, validators=[validate_school_year_label])
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    template = models.ForeignKey(
        "PlanTemplate",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="school_years",
        verbose_name=_("template"),
        help_text=_(
            "The template plans of this school year are checked against; empty: the district's newest."
        ),
    )

    class Meta:
        ordering = ["district__name", "-starts_on"]
        verbose_name = _("school year")
        verbose_name_plural = _("school years")
        constraints = [
            models.UniqueConstraint(
                fields=["district", "label"], name="school_year_label_unique_in_district"
            ),
            models.CheckConstraint(
                condition=models.Q(ends_on__gt=models.F("starts_on")), name="school_year_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on <= self.starts_on:
            raise ValidationError({"ends_on": _("The school year must end after it starts.")})

    def contains(self, day: datetime.date) -> bool:
        return self.starts_on <= day <= self.ends_on


class Role(models.TextChoices):
    PRINCIPAL = "principal", _("Principal")
    REVIEWER = "reviewer", _("Reviewer")
    DISTRICT_ADMIN = "district_admin", _("District administrator")
    SERVICE_ACCOUNT = "service_account", _("Service account (read only)")


class RoleGrant(models.Model):
    """What a user is, and where: the only input to plans.permissions."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="role_grants", verbose_name=_("user")
    )
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    district = models.ForeignKey(
        District, on_delete=models.CASCADE, related_name="role_grants", verbose_name=_("district")
    )
    area = models.ForeignKey(Area, on_delete=models.CASCADE, null=True, blank=True, verbose_name=_("area"))
    school = models.ForeignKey(
        School, on_delete=models.CASCADE, null=True, blank=True, verbose_name=_("school")
    )
    is_deputy = models.BooleanField(
        _("deputy"),
        default=False,
        help_text=_("A reviewer who stands in for the assigned reviewer of this area or school."),
    )

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.CheckConstraint(
                name="role_grant_scope_fits_role",
                condition=(
                    models.Q(role=Role.PRINCIPAL, school__isnull=False, area__isnull=True)
                    | models.Q(role=Role.REVIEWER, school__isnull=False, area__isnull=True)
                    | models.Q(role=Role.REVIEWER, school__isnull=True, area__isnull=False)
                    | models.Q(
                        role__in=[Role.DISTRICT_ADMIN, Role.SERVICE_ACCOUNT],
                        school__isnull=True,
                        area__isnull=True,
                    )
                ),
            ),
            models.UniqueConstraint(
                fields=["user", "role", "school"],
                condition=models.Q(school__isnull=False),
                name="role_grant_unique_school",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "area"],
                condition=models.Q(area__isnull=False),
                name="role_grant_unique_area",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "district"],
                condition=models.Q(area__isnull=True, school__isnull=True),
                name="role_grant_unique_district",
            ),
        ]

    def __str__(self) -> str:
        scope = self.school or self.area or self.district
        return f"{self.get_role_display()}: {scope}"

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if self.role == Role.PRINCIPAL and not self.school_id:
            errors["school"] = _("A principal is principal of a school: choose the school.")
        if self.role == Role.REVIEWER and bool(self.school_id) == bool(self.area_id):
            errors["area"] = _("A reviewer reviews either an area or a single school: choose one of them.")
        if self.is_deputy and self.role != Role.REVIEWER:
            errors["is_deputy"] = _("Only reviewers have deputies.")
        if self.role in (Role.DISTRICT_ADMIN, Role.SERVICE_ACCOUNT) and (self.school_id or self.area_id):
            errors["role"] = _("This role covers the whole district: leave area and school empty.")
        if self.school is not None and self.district_id and self.school.district_id != self.district_id:
            errors["school"] = _("The school belongs to another district.")
        if self.area is not None and self.district_id and self.area.district_id != self.district_id:
            errors["area"] = _("The area belongs to another district.")
        if errors:
            raise ValidationError(errors)


class Plan(models.Model):
    """A school's plan for one school year; its content arrives as versions."""

    school = models.ForeignKey(
        School, on_delete=models.PROTECT, related_name="plans", verbose_name=_("school")
    )
    school_year = models.ForeignKey(
        SchoolYear, on_delete=models.PROTECT, related_name="plans", verbose_name=_("school year")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["school__name", "-school_year__starts_on"]
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        constraints = [
            models.UniqueConstraint(fields=["school", "school_year"], name="one_plan_per_school_and_year")
        ]

    def __str__(self) -> str:
        return f"{self.school.name} {self.school_year.label}"

    def get_absolute_url(self) -> str:
        return reverse("plans:plan", args=[self.pk])


class CheckStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting for a worker")
    CHECKING = "checking", _("Checking")
    CHECKED = "checked", _("Checked")
    FAILED = "failed", _("Failed")


class CheckFailure(models.TextChoices):
    UNREADABLE = "unreadable", _("The document could not be read")
    TIMEOUT = "timeout", _("The check took too long")
    ABANDONED = "abandoned", _("The check was abandoned after repeated attempts")
    FILE_MISSING = "file_missing", _("The stored file could not be found")
    NO_TEMPLATE = (
        "no_template",
        _("No template to check against: the district has none and the default is missing"),
    )


def plan_file_name(instance: PlanVersion, filename: str) -> str:
    # The uploader's name is kept in original_name; the stored name reveals nothing and never collides.
    return f"plans/{instance.plan.school.skolenhetskod}/{uuid.uuid4().hex}.docx"


def plan_storage() -> Any:
    return storages["plans"]


class PlanVersion(models.Model):
    """One uploaded file of a plan. Its check status is the truth about its check, not Celery's."""

    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="versions", verbose_name=_("plan"))
    number = models.PositiveIntegerField(_("version"))
    file = models.FileField(_("file"), storage=plan_storage, upload_to=plan_file_name, max_length=300)
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="uploaded_versions",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    check_status = models.CharField(
        _("check status"), max_length=16, choices=CheckStatus.choices, default=CheckStatus.QUEUED
    )
    check_queued_at = models.DateTimeField(_("check queued"), null=True, blank=True)
    check_started_at = models.DateTimeField(_("check started"), null=True, blank=True)
    check_finished_at = models.DateTimeField(_("check finished"), null=True, blank=True)
    check_attempts = models.PositiveIntegerField(_("check attempts"), default=0)
    check_failure = models.CharField(_("failure"), max_length=32, choices=CheckFailure.choices, blank=True)
    check_failure_detail = models.TextField(_("failure detail"), blank=True)
    # When the broker got the check's message; empty while it has not (it was down): the sweep sends it.
    check_sent_at = models.DateTimeField(_("check sent"), null=True, blank=True)
    # The worker holding the check and until when; its heartbeat renews the lease (plans.check_pipeline).
    check_worker = models.CharField(_("checked by worker"), max_length=200, blank=True)
    check_lease_until = models.DateTimeField(_("held until"), null=True, blank=True)
    # The run whose results are the version's: written once per finish, by the check's guarded finish
    # (plans.check_pipeline). Every page, export and API endpoint reads results through it.
    current_run = models.ForeignKey(
        "CheckRun",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("current check run"),
    )
    # Set by the purge (plans.retention): the file is gone and `file` is empty; the row and its history
    # stay, so a download answers 410 Gone.
    purged_at = models.DateTimeField(_("file removed"), null=True, blank=True)

    class Meta:
        ordering = ["plan", "-number"]
        verbose_name = _("plan version")
        verbose_name_plural = _("plan versions")
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="version_number_unique_in_plan"),
            models.UniqueConstraint(fields=["plan", "sha256"], name="version_bytes_unique_in_plan"),
            models.CheckConstraint(condition=models.Q(number__gte=1), name="version_number_from_1"),
        ]
        indexes = [models.Index(fields=["check_status", "check_queued_at"], name="version_check_queue")]

    def __str__(self) -> str:
        return f"{self.plan} v{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("plans:version", args=[self.pk])

    @property
    def is_settled(self) -> bool:
        return self.check_status in (CheckStatus.CHECKED, CheckStatus.FAILED)

    @property
    def shown_check_status(self) -> str:
        """What a person is told: a check whose worker stopped holding it is waiting, not checking."""
        lapsed = self.check_lease_until is not None and self.check_lease_until < timezone.now()
        if self.check_status == CheckStatus.CHECKING and lapsed:
            return CheckStatus.QUEUED
        return self.check_status


class PlanTemplate(models.Model):
    """A district's template (mall): the requirements plans are checked against. Versioned.

    The shipped default has no district. A version that has checked plans is frozen: change it by
    copying it into a new version, so old results keep the template they were made with.
    """

    district = models.ForeignKey(
        District,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="templates",
        verbose_name=_("district"),
    )
    key = models.SlugField(_("key"), max_length=50, default="default")
    version = models.PositiveIntegerField(_("version"), default=1)
    name = models.CharField(_("name"), max_length=200)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["district__name", "key", "-version"]
        verbose_name = _("template")
        verbose_name_plural = _("templates")
        constraints = [
            models.UniqueConstraint(fields=["district", "key", "version"], name="template_version_unique"),
            models.UniqueConstraint(
                fields=["key", "version"],
                condition=models.Q(district__isnull=True),
                name="shipped_template_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"


class Requirement(models.Model):
    """One part a plan must (or should) contain, with the words that signal it."""

    template = models.ForeignKey(
        PlanTemplate, on_delete=models.CASCADE, related_name="requirements", verbose_name=_("template")
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    key = models.SlugField(_("key"), max_length=50)
    title_sv = models.CharField(_("title (Swedish)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    legal_basis = models.CharField(_("legal basis"), max_length=300, blank=True)
    required = models.BooleanField(_("required"), default=True)
    headings = models.JSONField(_("heading variants"), default=list, blank=True)
    signals = models.JSONField(_("content signals"), default=dict, blank=True)
    advice_sv = models.TextField(_("advice (Swedish)"), blank=True)
    advice_en = models.TextField(_("advice (English)"), blank=True)

    class Meta:
        ordering = ["template", "order", "key"]
        verbose_name = _("requirement")
        verbose_name_plural = _("requirements")
        constraints = [models.UniqueConstraint(fields=["template", "key"], name="requirement_key_unique")]

    def __str__(self) -> str:
        return f"{self.key}: {self.title_sv}"

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if not isinstance(self.headings, list) or not all(isinstance(h, str) for h in self.headings):
            errors["headings"] = _("Heading variants must be a list of texts.")
        if not isinstance(self.signals, dict) or not all(
            isinstance(name, str)
            and isinstance(values, list)
            and all(isinstance(v, str) and v.strip() for v in values)
            for name, values in (self.signals.items() if isinstance(self.signals, dict) else [])
        ):
            errors["signals"] = _("Content signals must map a group name to a list of words.")
        if errors:
            raise ValidationError(errors)


class CheckRun(models.Model):
    """The result of checking one version with one engine version; written once, by the check."""

    version = models.ForeignKey(
        PlanVersion, on_delete=models.PROTECT, related_name="check_runs", verbose_name=_("version")
    )
    template = models.ForeignKey(
        PlanTemplate,
        on_delete=models.PROTECT,
        null=True,
        related_name="check_runs",
        verbose_name=_("template"),
    )
    engine_version = models.CharField(_("engine version"), max_length=32)
    outline = models.JSONField(_("outline"), default=dict)
    language = models.CharField(_("language"), max_length=8, blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("check run")
        verbose_name_plural = _("check runs")
        constraints = [
            models.UniqueConstraint(
                fields=["version", "template", "engine_version"], name="one_check_run_per_template_and_engine"
            )
        ]

    def __str__(self) -> str:
        return f"{self.version} ({self.engine_version})"


class RequirementStatus(models.TextChoices):
    MET = "met", _("Met")
    PARTIAL = "partial", _("Partly met")
    MISSING = "missing", _("Missing")


class RequirementResult(models.Model):
    """How one requirement fared in one check run, and where the engine looked."""

    check_run = models.ForeignKey(
        CheckRun, on_delete=models.CASCADE, related_name="results", verbose_name=_("check run")
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    key = models.SlugField(_("key"), max_length=50)
    status = models.CharField(_("status"), max_length=8, choices=RequirementStatus.choices)
    reason = models.CharField(_("reason"), max_length=80)
    params = models.JSONField(_("details"), default=dict, blank=True)
    evidence = models.JSONField(_("evidence"), default=list, blank=True)
    # The parts the brief names for the requirement, each found or not with its own evidence.
    parts = models.JSONField(_("parts"), default=list, blank=True)

    class Meta:
        ordering = ["check_run", "order"]
        verbose_name = _("requirement result")
        verbose_name_plural = _("requirement results")
        constraints = [
            models.UniqueConstraint(fields=["check_run", "key"], name="one_result_per_requirement")
        ]

    def __str__(self) -> str:
        return f"{self.key}: {self.status}"


class FindingSeverity(models.TextChoices):
    HIGH = "high", _("High")
    MEDIUM = "medium", _("Medium")
    LOW = "low", _("Low")


class Finding(models.Model):
    """Something found beyond the template (identity numbers, images without alt text, …).

    Identity numbers are stored masked only: plans are public, this table should not add a copy.
    """

    check_run = models.ForeignKey(
        CheckRun, on_delete=models.CASCADE, related_name="findings", verbose_name=_("check run")
    )
    code = models.SlugField(_("code"), max_length=50)
    severity = models.CharField(_("severity"), max_length=8, choices=FindingSeverity.choices)
    masked = models.CharField(_("shown as"), max_length=200, blank=True)
    params = models.JSONField(_("details"), default=dict, blank=True)
    evidence = models.JSONField(_("evidence"), default=list, blank=True)

    class Meta:
        ordering = ["check_run", "pk"]
        verbose_name = _("finding")
        verbose_name_plural = _("findings")

    def __str__(self) -> str:
        return f"{self.code} ({self.severity})"


class EventKind(models.TextChoices):
    PLAN_CREATED = "plan_created", _("Plan created")
    VERSION_UPLOADED = "version_uploaded", _("Version uploaded")
    CHECK_STARTED = "check_started", _("Check started")
    CHECK_FINISHED = "check_finished", _("Check finished")
    CHECK_FAILED = "check_failed", _("Check failed")
    CHECK_REQUEUED = "check_requeued", _("Check sent again")
    RETENTION_PURGE = "retention_purge", _("Files removed under the retention rule")


# Labels of every event kind; reviews registers its own kinds here (the trail is shared).
EVENT_LABELS: dict[str, Any] = dict(EventKind.choices)


def register_event_kinds(choices: type[models.TextChoices]) -> None:
    EVENT_LABELS.update(choices.choices)


# Event kinds that record something a person based on a version's check (a decision, a letter);
# reviews registers its own. A bulk re-check leaves those versions alone unless asked to include them.
RECORD_EVENT_KINDS: set[str] = set()


def register_record_kinds(*kinds: str) -> None:
    RECORD_EVENT_KINDS.update(str(kind) for kind in kinds)


class AppendOnlyError(Exception):
    """Audit rows are never changed or deleted."""


class PlanEvent(models.Model):
    """The plan's append-only audit trail: who did what, when, to which version. Both apps write it."""

    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="events", verbose_name=_("plan"))
    version = models.ForeignKey(
        PlanVersion,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("version"),
    )
    kind = models.CharField(_("event"), max_length=40)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    actor_label = models.CharField(_("by (as recorded)"), max_length=150, blank=True)
    at = models.DateTimeField(_("when"), db_index=True)
    data = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("plan event")
        verbose_name_plural = _("plan events")
        # save()/delete() below stop the ORM's single rows; on PostgreSQL the database itself refuses
        # every UPDATE and DELETE (QuerySet.update(), .delete(), raw SQL, another client).
        triggers = [
            pgtrigger.Protect(name="plan_event_append_only", operation=pgtrigger.Update | pgtrigger.Delete)
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.kind_label}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError("Plan events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("Plan events are append-only.")

    @property
    def kind_label(self) -> str:
        return str(EVENT_LABELS.get(self.kind, self.kind))
