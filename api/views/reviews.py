"""Review transitions, feedback items and replies, and personal tokens. Every change goes through
reviews.services (or api.tokens), which check who may act."""

from __future__ import annotations

from typing import Any, cast

from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import JSONParser
from rest_framework.request import Request
from rest_framework.response import Response

from api import tokens
from api.models import ApiToken
from api.serializers.reviews import (
    AssessmentSerializer,
    DecisionSerializer,
    FeedbackItemSerializer,
    NewAssessmentSerializer,
    NewFeedbackSerializer,
    NewReplySerializer,
    ReviewStatusSerializer,
    TransitionSerializer,
)
from api.views.plans import PlanVersionViewSet, PlanViewSet, Scoped, read_problems
from plans import permissions
from reviews import assessments, services
from reviews.models import FeedbackItem

WRITE_PROBLEMS = read_problems(400, 403, 409)


def _transition(name: str, summary: str) -> Any:
    def step(self: PlanViewSet, request: Request, pk: str) -> Response:
        plan = self.get_object()
        body = TransitionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        service = getattr(services, name)
        kwargs: dict[str, Any] = {"plan": plan, "by": request.user}
        if name in ("request_changes", "approve"):
            kwargs["note"] = body.validated_data["note"]
            if "version" in body.validated_data:
                kwargs["reading"] = plan.versions.filter(pk=body.validated_data["version"]).first()
                if kwargs["reading"] is None:
                    raise serializers.ValidationError({"version": [_("Not a version of this plan.")]})
        if name == "approve":
            kwargs["confirmed"] = body.validated_data["confirm"]
        review = service(**kwargs)
        return Response({"plan": plan.pk, "status": review.status})

    # The router maps the HTTP method to the function's name, so it is named before decorating.
    step.__name__ = step.__qualname__ = name
    # extend_schema goes outside action(): action() replaces the function's kwargs, where the schema is kept.
    routed = action(detail=True, methods=["post"], url_path=name.replace("_", "-"))(step)
    return extend_schema(
        summary=summary,
        request=TransitionSerializer,
        responses={200: ReviewStatusSerializer, **WRITE_PROBLEMS},
    )(routed)


class ReviewedPlanViewSet(PlanViewSet):
    """Plans, with the review's transitions as actions and its decisions."""

    submit = _transition("submit", "Submit the plan's latest version for review (principal)")
    start_review = _transition("start_review", "Start the review (reviewer)")
    request_changes = _transition("request_changes", "Request changes (reviewer; needs open feedback)")
    approve = _transition("approve", "Approve (reviewer; refused while must-fix feedback is open)")

    @extend_schema(
        summary="The review's decisions", responses={200: DecisionSerializer(many=True), **read_problems()}
    )
    @action(detail=True, methods=["get"], filter_backends=[])  # paginated like every list
    def decisions(self, request: Request, pk: str) -> Response:
        plan = self.get_object()
        page = self.paginate_queryset(plan.decisions.select_related("by", "version").order_by("at", "id"))
        return self.get_paginated_response(DecisionSerializer(page, many=True).data)


class ReviewedPlanVersionViewSet(PlanVersionViewSet):
    """Plan versions, with the reviewer's assessment per requirement."""

    @extend_schema(
        summary="Assess a requirement of the version (reviewer): confirm the check's status or set another",
        request=NewAssessmentSerializer,
        responses={201: AssessmentSerializer, **read_problems(400, 403)},
    )
    @action(detail=True, methods=["post"], parser_classes=[JSONParser], filter_backends=[])
    def assessments(self, request: Request, pk: str) -> Response:
        version = self.get_object()
        body = NewAssessmentSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        try:
            effective = assessments.assess(
                version=version,
                key=data["key"],
                status=data["status"],
                reason=data["reason"],
                by=request.user,
            )
        except assessments.AssessmentRefused as refusal:
            raise serializers.ValidationError({refusal.field: [refusal.message]}) from None
        row = {
            "key": data["key"],
            "status": effective.status,
            "engine_status": effective.engine_status,
            "assessed_by": effective.assessed_by or None,
            "assessed_at": effective.assessed_at,
            "reason": effective.reason,
        }
        return Response(AssessmentSerializer(row).data, status=status.HTTP_201_CREATED)


@extend_schema_view(
    list=extend_schema(responses={200: FeedbackItemSerializer(many=True), **read_problems(400)}),
    retrieve=extend_schema(responses={200: FeedbackItemSerializer, **read_problems()}),
    create=extend_schema(
        summary="Write feedback on a version (reviewer)",
        request=NewFeedbackSerializer,
        responses={201: FeedbackItemSerializer, **WRITE_PROBLEMS},
    ),
)
class FeedbackItemViewSet(Scoped, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    serializer_class = FeedbackItemSerializer
    district_path = "plan__school__district_id"
    filterset_fields = ["plan", "state", "severity", "anchor_kind", "requirement_key"]
    ordering_fields = ["created_at", "id"]

    def get_queryset(self) -> QuerySet[Any]:
        plans = permissions.visible_plans(self.request.user)
        return self.scoped(
            FeedbackItem.objects.filter(plan__in=plans)
            .select_related("version", "created_by")
            .prefetch_related("replies__author", "replies__version")
            .order_by("created_at", "id")
        )

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        body = NewFeedbackSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        # Service tokens never get here (read-only), so what the user sees is the whole scope.
        version = get_object_or_404(permissions.visible_versions(request.user), pk=data["version"])
        item = services.add_feedback(
            version=version,
            by=request.user,
            severity=data["severity"],
            text=data["text"],
            requirement_key=data["requirement_key"],
            heading_path=data["heading_path"],
            finding_code=data["finding_code"],
        )
        return Response(
            self.get_serializer(self.get_queryset().get(pk=item.pk)).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(
        summary="Answer (principal: marks the item addressed) or comment (reviewer)",
        request=NewReplySerializer,
        responses={201: FeedbackItemSerializer, **WRITE_PROBLEMS},
    )
    @action(detail=True, methods=["post"])
    def reply(self, request: Request, pk: str) -> Response:
        item = self.get_object()
        body = NewReplySerializer(data=request.data)
        body.is_valid(raise_exception=True)
        number = body.validated_data["version"]
        version = None
        if number is not None:
            version = item.plan.versions.filter(number=number).first()
            if version is None:
                raise serializers.ValidationError(
                    {"version": [_("The plan has no version %(number)s.") % {"number": number}]}
                )
        services.reply(
            item=item, by=request.user, text=body.validated_data["text"], addressing_version=version
        )
        return Response(
            self.get_serializer(self.get_queryset().get(pk=item.pk)).data, status=status.HTTP_201_CREATED
        )

    def _change(self, request: Request, name: str) -> Response:
        item = self.get_object()
        getattr(services, name)(item=item, by=request.user)
        return Response(self.get_serializer(self.get_queryset().get(pk=item.pk)).data)

    @extend_schema(
        summary="Resolve (reviewer)", request=None, responses={200: FeedbackItemSerializer, **WRITE_PROBLEMS}
    )
    @action(detail=True, methods=["post"])
    def resolve(self, request: Request, pk: str) -> Response:
        return self._change(request, "resolve")

    @extend_schema(
        summary="Reopen (reviewer)", request=None, responses={200: FeedbackItemSerializer, **WRITE_PROBLEMS}
    )
    @action(detail=True, methods=["post"])
    def reopen(self, request: Request, pk: str) -> Response:
        return self._change(request, "reopen")

    @extend_schema(
        summary="Drop (reviewer)", request=None, responses={200: FeedbackItemSerializer, **WRITE_PROBLEMS}
    )
    @action(detail=True, methods=["post"])
    def drop(self, request: Request, pk: str) -> Response:
        return self._change(request, "drop")


class TokenSerializer(serializers.ModelSerializer[ApiToken]):
    key = serializers.SerializerMethodField(help_text="Shown once, when the token is created")

    class Meta:
        model = ApiToken
        fields = [
            "id",
            "name",
            "prefix",
            "is_service",
            "created_at",
            "expires_at",
            "revoked_at",
            "last_used_at",
            "key",
        ]
        read_only_fields = fields

    def get_key(self, token: ApiToken) -> str | None:
        return self.context.get("key")


class NewTokenSerializer(serializers.Serializer[None]):
    name = serializers.CharField(max_length=100, required=False, allow_blank=True, default="")
    days = serializers.IntegerField(min_value=1, max_value=730, required=False, allow_null=True, default=None)


@extend_schema_view(
    list=extend_schema(
        summary="Your tokens", responses={200: TokenSerializer(many=True), **read_problems(400)}
    ),
    retrieve=extend_schema(responses={200: TokenSerializer, **read_problems()}),
    create=extend_schema(
        summary="Create a personal token (the key is in this response only)",
        request=NewTokenSerializer,
        responses={201: TokenSerializer, **read_problems(400, 403)},
    ),
    destroy=extend_schema(summary="Revoke a token", responses={204: None, **read_problems(403)}),
)
class TokenViewSet(
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.ReadOnlyModelViewSet,  # type: ignore[type-arg]
):
    serializer_class = TokenSerializer

    def get_queryset(self) -> QuerySet[Any]:
        return ApiToken.objects.filter(user_id=cast(int, self.request.user.pk)).order_by("-created_at", "-id")

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        body = NewTokenSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        key, token = tokens.create_token(
            user=cast(User, request.user), name=body.validated_data["name"], days=body.validated_data["days"]
        )
        return Response(TokenSerializer(token, context={"key": key}).data, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance: ApiToken) -> None:
        tokens.revoke_token(token=instance)


__all__ = ["FeedbackItemViewSet", "ReviewedPlanVersionViewSet", "ReviewedPlanViewSet", "TokenViewSet"]
