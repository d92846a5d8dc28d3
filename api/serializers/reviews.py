"""Serializers of feedback items, replies, decisions and the review transitions."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from plans.models import RequirementStatus
from reviews.assessments import REASON_MAX
from reviews.models import (
    AnchorKind,
    Decision,
    DecisionKind,
    FeedbackItem,
    FeedbackReply,
    ItemState,
    PlanStatus,
    Severity,
)


class ReplySerializer(serializers.ModelSerializer[FeedbackReply]):
    author = serializers.CharField(source="author.get_username", read_only=True)
    version = serializers.SerializerMethodField()

    class Meta:
        model = FeedbackReply
        fields = ["id", "author", "text", "version", "at"]

    def get_version(self, reply: FeedbackReply) -> int | None:
        return reply.version.number if reply.version else None


class FeedbackItemSerializer(serializers.ModelSerializer[FeedbackItem]):
    anchor_kind = serializers.ChoiceField(choices=AnchorKind.choices, read_only=True)
    severity = serializers.ChoiceField(choices=Severity.choices, read_only=True)
    state = serializers.ChoiceField(choices=ItemState.choices, read_only=True)
    heading_path = serializers.ListField(child=serializers.CharField(), read_only=True)
    version = serializers.IntegerField(source="version.number", read_only=True)
    written_by = serializers.CharField(source="created_by.get_username", read_only=True)
    replies = ReplySerializer(many=True, read_only=True)

    class Meta:
        model = FeedbackItem
        fields = [
            "id",
            "plan",
            "version",
            "anchor_kind",
            "requirement_key",
            "heading_path",
            "finding_code",
            "finding_shown_as",
            "severity",
            "text",
            "state",
            "written_by",
            "created_at",
            "state_changed_at",
            "replies",
        ]


class NewFeedbackSerializer(serializers.Serializer[None]):
    version = serializers.IntegerField(help_text="The plan version's id the feedback is written on")
    severity = serializers.ChoiceField(choices=Severity.choices)
    text = serializers.CharField(max_length=5000)
    requirement_key = serializers.SlugField(required=False, allow_blank=True, default="")
    heading_path = serializers.ListField(
        child=serializers.CharField(max_length=300), required=False, max_length=10, default=list
    )
    finding_code = serializers.SlugField(required=False, allow_blank=True, default="")


class NewReplySerializer(serializers.Serializer[None]):
    text = serializers.CharField(max_length=5000)
    version = serializers.IntegerField(
        required=False,
        allow_null=True,
        default=None,
        help_text="Number of the version that addresses the item",
    )


class DecisionSerializer(serializers.ModelSerializer[Decision]):
    kind = serializers.ChoiceField(choices=DecisionKind.choices, read_only=True)
    version = serializers.IntegerField(source="version.number", read_only=True)
    by = serializers.CharField(source="by.get_username", read_only=True)

    class Meta:
        model = Decision
        fields = ["id", "kind", "version", "note", "by", "at"]


class TransitionSerializer(serializers.Serializer[None]):
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)
    version = serializers.IntegerField(
        required=False,
        min_value=1,
        help_text="The id of the version the decision was made on reading (request changes, approve): "
        "refused with 409 not_the_version_handed_in unless it is the version handed in",
    )
    confirm = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Approve although required parts are missing, personal data was found or feedback is "
        "open; without it such an approval is refused with 409 approval_needs_confirmation",
    )


class ReviewStatusSerializer(serializers.Serializer[None]):
    plan = serializers.IntegerField()
    status = serializers.ChoiceField(choices=PlanStatus.choices)


class NewAssessmentSerializer(serializers.Serializer[None]):
    key = serializers.SlugField(max_length=50, help_text="The requirement's key in the version's check")
    status = serializers.ChoiceField(
        choices=RequirementStatus.choices, help_text="The engine's status confirms it; another needs a reason"
    )
    reason = serializers.CharField(max_length=REASON_MAX, required=False, allow_blank=True, default="")


class AssessmentSerializer(serializers.Serializer[dict[str, Any]]):
    """A requirement's status as reported after the reviewer's assessment."""

    key = serializers.SlugField(read_only=True)
    status = serializers.ChoiceField(choices=RequirementStatus.choices, read_only=True)
    engine_status = serializers.ChoiceField(choices=RequirementStatus.choices, read_only=True)
    assessed_by = serializers.CharField(read_only=True, allow_null=True)
    assessed_at = serializers.DateTimeField(read_only=True, allow_null=True)
    reason = serializers.CharField(read_only=True)
