"""Serializers of the organisation, plans, versions, check results and templates (read, plus upload)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import get_language
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from plans.finding_texts import finding_text, part_name, reason_text
from plans.models import (
    Area,
    CheckRun,
    CheckStatus,
    District,
    Finding,
    FindingSeverity,
    Plan,
    PlanEvent,
    PlanTemplate,
    PlanVersion,
    Requirement,
    RequirementResult,
    RequirementStatus,
    School,
    SchoolFormCode,
    SchoolYear,
)
from reviews.assessments import Effective, effective_of


class DistrictSerializer(serializers.ModelSerializer[District]):
    class Meta:
        model = District
        fields = ["id", "name", "organisation_number"]


class AreaSerializer(serializers.ModelSerializer[Area]):
    class Meta:
        model = Area
        fields = ["id", "name", "district"]


class SchoolYearSerializer(serializers.ModelSerializer[SchoolYear]):
    template: serializers.PrimaryKeyRelatedField[PlanTemplate] = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True
    )

    class Meta:
        model = SchoolYear
        fields = ["id", "label", "district", "starts_on", "ends_on", "template"]


class SchoolSerializer(serializers.ModelSerializer[School]):
    forms = serializers.SerializerMethodField()
    status = serializers.SerializerMethodField(help_text="Review status of the school year's plan")
    latest_version = serializers.SerializerMethodField()

    class Meta:
        model = School
        fields = [
            "id",
            "skolenhetskod",
            "name",
            "district",
            "area",
            "forms",
            "is_active",
            "status",
            "latest_version",
        ]

    @extend_schema_field(
        serializers.ChoiceField(
            choices=[
                "not_submitted",
                "submitted",
                "in_review",
                "changes_requested",
                "resubmitted",
                "approved",
            ],
            allow_null=True,
        )
    )
    def get_status(self, school: School) -> str | None:
        return getattr(school, "review_status", None)

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(choices=SchoolFormCode.choices)))
    def get_forms(self, school: School) -> list[str]:
        return sorted(form.code for form in school.forms.all())

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_latest_version(self, school: School) -> int | None:
        return getattr(school, "latest_version_id", None)


class PartEvidenceSerializer(serializers.Serializer[dict[str, object]]):
    heading_path = serializers.ListField(child=serializers.CharField(), read_only=True)
    first_block = serializers.IntegerField(read_only=True)
    last_block = serializers.IntegerField(read_only=True)
    quote = serializers.CharField(read_only=True, help_text="Identity numbers masked")


class RequirementPartSerializer(serializers.Serializer[dict[str, object]]):
    """One part the brief names for the requirement (the survey's sources and results, …)."""

    name = serializers.CharField(read_only=True, help_text="Stable code: sources, results, owner, time, …")
    title = serializers.SerializerMethodField(help_text="The part in the request's language")
    found = serializers.BooleanField(read_only=True)
    evidence = PartEvidenceSerializer(read_only=True, allow_null=True)

    def get_title(self, part: dict[str, object]) -> str:
        return part_name(str(part.get("name", "")))


class RequirementResultSerializer(serializers.ModelSerializer[RequirementResult]):
    status = serializers.ChoiceField(choices=RequirementStatus.choices, read_only=True)
    reason = serializers.SerializerMethodField(help_text="Why, in the request's language")
    reason_code = serializers.CharField(source="reason", read_only=True)
    evidence = serializers.JSONField(read_only=True)
    parts = RequirementPartSerializer(many=True, read_only=True)

    class Meta:
        model = RequirementResult
        fields = ["key", "status", "reason", "reason_code", "evidence", "parts"]

    def get_reason(self, result: RequirementResult) -> str:
        return reason_text(result.reason, result.params)


class AssessedRequirementSerializer(RequirementResultSerializer):
    """A version's requirement as reported: the reviewer's status where assessed, else the engine's."""

    # The reported status replaces the engine's under the same name; the engine's is engine_status.
    status = serializers.SerializerMethodField(  # type: ignore[assignment]
        help_text="The reviewer's status where assessed, else the engine's"
    )
    engine_status = serializers.ChoiceField(
        source="status", choices=RequirementStatus.choices, read_only=True, help_text="What the check found"
    )
    assessed_by = serializers.SerializerMethodField(help_text="The reviewer's name; null: automatic")
    assessed_at = serializers.SerializerMethodField(help_text="When the reviewer assessed; null: automatic")

    class Meta(RequirementResultSerializer.Meta):
        fields = [*RequirementResultSerializer.Meta.fields, "engine_status", "assessed_by", "assessed_at"]

    def _effective(self, result: RequirementResult) -> Effective:
        found: Effective | None = self.context.get("effective", {}).get(result.key)
        return found or Effective(status=result.status, engine_status=result.status)

    @extend_schema_field(serializers.ChoiceField(choices=RequirementStatus.choices))
    def get_status(self, result: RequirementResult) -> str:
        return self._effective(result).status

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_assessed_by(self, result: RequirementResult) -> str | None:
        return self._effective(result).assessed_by or None

    @extend_schema_field(serializers.DateTimeField(allow_null=True))
    def get_assessed_at(self, result: RequirementResult) -> str | None:
        at = self._effective(result).assessed_at
        return serializers.DateTimeField().to_representation(at) if at else None


class FindingSerializer(serializers.ModelSerializer[Finding]):
    severity = serializers.ChoiceField(choices=FindingSeverity.choices, read_only=True)
    message = serializers.SerializerMethodField(
        help_text="In the request's language; identity numbers masked"
    )
    shown_as = serializers.CharField(source="masked", read_only=True)
    evidence = serializers.JSONField(read_only=True)

    class Meta:
        model = Finding
        fields = ["code", "severity", "message", "shown_as", "evidence"]

    def get_message(self, finding: Finding) -> str:
        return finding_text(finding.code, {**finding.params, "masked": finding.masked})


class CheckRunSerializer(serializers.ModelSerializer[CheckRun]):
    requirements = RequirementResultSerializer(source="results", many=True, read_only=True)
    findings = FindingSerializer(many=True, read_only=True)

    class Meta:
        model = CheckRun
        fields = [
            "id",
            "version",
            "template",
            "engine_version",
            "language",
            "duration_ms",
            "created_at",
            "requirements",
            "findings",
        ]


class PlanVersionSerializer(serializers.ModelSerializer[PlanVersion]):
    # "queued" also while a check's worker has stopped holding it (its lease lapsed): it waits again.
    status = serializers.ChoiceField(choices=CheckStatus.choices, source="shown_check_status", read_only=True)
    url = serializers.SerializerMethodField()
    school = serializers.CharField(source="plan.school.skolenhetskod", read_only=True)
    school_year = serializers.CharField(source="plan.school_year.label", read_only=True)
    failure = serializers.SerializerMethodField(help_text="Why the check failed, when it did")
    check_run: serializers.PrimaryKeyRelatedField[CheckRun] = serializers.PrimaryKeyRelatedField(
        source="current_run",
        read_only=True,
        allow_null=True,
        help_text="The check run the requirements and findings come from (the version's current run)",
    )
    requirements = serializers.SerializerMethodField()
    findings = serializers.SerializerMethodField()
    download = serializers.SerializerMethodField()

    class Meta:
        model = PlanVersion
        fields = [
            "id",
            "url",
            "plan",
            "school",
            "school_year",
            "number",
            "original_name",
            "size",
            "sha256",
            "uploaded_at",
            "status",
            "check_queued_at",
            "check_started_at",
            "check_finished_at",
            "failure",
            "check_run",
            "requirements",
            "findings",
            "download",
            "purged_at",
        ]
        extra_kwargs = {
            "purged_at": {
                "read_only": True,
                "help_text": "When the file was removed under the district's retention rule (download "
                "then answers 410 Gone); null while it is kept",
            }
        }

    def get_url(self, version: PlanVersion) -> str:
        return reverse("api:planversion-detail", args=[version.pk], request=self.context.get("request"))

    def get_download(self, version: PlanVersion) -> str:
        return reverse("api:planversion-download", args=[version.pk], request=self.context.get("request"))

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_failure(self, version: PlanVersion) -> str | None:
        return str(version.get_check_failure_display()) if version.check_failure else None

    def _run(self, version: PlanVersion) -> CheckRun | None:
        # The version's current run (plans.selectors), selected with its rows by the view.
        return version.current_run

    @extend_schema_field(AssessedRequirementSerializer(many=True, allow_null=True))
    def get_requirements(self, version: PlanVersion) -> list[dict[str, Any]] | None:
        run = self._run(version) if version.check_status == CheckStatus.CHECKED else None
        if run is None:
            return None
        results = run.results.all()
        # The assessments are prefetched with their reviewer by the view (reviews.assessments decides).
        effective = effective_of({r.key: r.status for r in results}, version.assessments.all())
        context = {**self.context, "effective": effective}
        return AssessedRequirementSerializer(results, many=True, context=context).data  # type: ignore[return-value]

    @extend_schema_field(FindingSerializer(many=True, allow_null=True))
    def get_findings(self, version: PlanVersion) -> list[dict[str, Any]] | None:
        run = self._run(version) if version.check_status == CheckStatus.CHECKED else None
        if run is None:
            return None
        return FindingSerializer(run.findings.all(), many=True, context=self.context).data  # type: ignore[return-value]


class UploadSerializer(serializers.Serializer[None]):
    school = serializers.RegexField(r"^[0-9]{8}$", help_text="The school's skolenhetskod (8 digits)")
    school_year = serializers.RegexField(
        r"^[0-9]{4}/[0-9]{2}$", help_text='The school year\'s label, e.g. "2025/26"'
    )
    # An empty file is refused with the web form's message (Django's), not DRF's own wording.
    file = serializers.FileField(
        help_text="The plan as a .docx file",
        error_messages={"empty": forms.FileField.default_error_messages["empty"]},
    )


class PlanSerializer(serializers.ModelSerializer[Plan]):
    school = serializers.CharField(source="school.skolenhetskod", read_only=True)
    school_name = serializers.CharField(source="school.name", read_only=True)
    school_year = serializers.CharField(source="school_year.label", read_only=True)
    versions: serializers.PrimaryKeyRelatedField[PlanVersion] = serializers.PrimaryKeyRelatedField(
        many=True, read_only=True
    )

    class Meta:
        model = Plan
        fields = ["id", "school", "school_name", "school_year", "created_at", "versions"]


class PlanEventSerializer(serializers.ModelSerializer[PlanEvent]):
    title = serializers.CharField(source="kind_label", read_only=True)
    by = serializers.CharField(source="actor_label", read_only=True)
    version: serializers.PrimaryKeyRelatedField[PlanVersion] = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True
    )
    details = serializers.JSONField(source="data", read_only=True)

    class Meta:
        model = PlanEvent
        fields = ["id", "kind", "title", "at", "by", "version", "details"]


class RequirementSerializer(serializers.ModelSerializer[Requirement]):
    title = serializers.SerializerMethodField()
    advice = serializers.SerializerMethodField()
    headings = serializers.ListField(child=serializers.CharField(), read_only=True)
    signals = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()), read_only=True
    )

    class Meta:
        model = Requirement
        fields = [
            "id",
            "key",
            "order",
            "title",
            "title_sv",
            "title_en",
            "legal_basis",
            "required",
            "advice",
            "headings",
            "signals",
        ]

    def get_title(self, requirement: Requirement) -> str:
        return requirement.title_sv if (get_language() or "sv").startswith("sv") else requirement.title_en

    def get_advice(self, requirement: Requirement) -> str:
        return requirement.advice_sv if (get_language() or "sv").startswith("sv") else requirement.advice_en


class TemplateSerializer(serializers.ModelSerializer[PlanTemplate]):
    requirements = RequirementSerializer(many=True, read_only=True)

    class Meta:
        model = PlanTemplate
        fields = ["id", "key", "version", "name", "district", "created_at", "requirements"]
