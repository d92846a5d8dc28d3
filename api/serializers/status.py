"""Serializers of the status summaries: per school year and per school."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from reviews.models import PlanStatus


class RequirementCountsSerializer(serializers.Serializer[Any]):
    key = serializers.CharField()
    met = serializers.IntegerField()
    missing = serializers.IntegerField()

    def get_fields(self) -> dict[str, serializers.Field[Any, Any, Any, Any]]:
        fields = super().get_fields()
        # "partial" is also an attribute of every serializer, so it is declared here.
        fields["partial"] = serializers.IntegerField()
        return {name: fields[name] for name in ("key", "met", "partial", "missing")}


class OverdueSchoolSerializer(serializers.Serializer[Any]):
    school = serializers.CharField(help_text="skolenhetskod")
    name = serializers.CharField()
    status = serializers.ChoiceField(choices=PlanStatus.choices)
    due_on = serializers.DateField(allow_null=True)
    kind = serializers.ChoiceField(choices=["plan", "review"])


class SchoolYearSummarySerializer(serializers.Serializer[Any]):
    school_year = serializers.CharField()
    schools = serializers.IntegerField()
    by_status = serializers.DictField(child=serializers.IntegerField())
    requirements = RequirementCountsSerializer(many=True)
    overdue = OverdueSchoolSerializer(many=True)


class DueDatesSerializer(serializers.Serializer[Any]):
    plan_due = serializers.DateField(allow_null=True)
    written_feedback = serializers.DateField(allow_null=True)
    result_dialogue = serializers.DateField(allow_null=True)
    review_due = serializers.DateField(allow_null=True)


class SchoolSummarySerializer(serializers.Serializer[Any]):
    school = serializers.CharField()
    name = serializers.CharField()
    school_year = serializers.CharField()
    status = serializers.ChoiceField(choices=PlanStatus.choices)
    overdue = serializers.BooleanField()
    plan = serializers.IntegerField(allow_null=True)
    latest_version = serializers.IntegerField(allow_null=True)
    check_status = serializers.CharField(allow_null=True)
    requirements = serializers.DictField(
        child=serializers.CharField(),
        help_text="key → met/partial/missing, of the version the status refers to (status_version): "
        "for a decided plan as the decision saw it (check_run)",
    )
    status_version = serializers.IntegerField(
        allow_null=True,
        help_text="The version the status refers to: the one handed in or decided on; before "
        "submission the newest checked version",
    )
    status_version_number = serializers.IntegerField(allow_null=True)
    status_changed_at = serializers.DateTimeField(allow_null=True)
    check_run = serializers.IntegerField(
        allow_null=True, help_text="The check run the requirements come from"
    )
    newer_version_not_submitted = serializers.BooleanField(
        help_text="A version newer than status_version exists and has not been handed in"
    )
    open_feedback = serializers.IntegerField()
    due = DueDatesSerializer()
