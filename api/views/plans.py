"""Organisation, plans, versions (upload, download), check runs and templates. Thin: fetch what the
user may see (plans.permissions), call one service, serialize."""

from __future__ import annotations

from typing import Any, cast

from django.db.models import Count, Max, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import FileResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.generics import get_object_or_404 as drf_get_object_or_404
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from api.conditional import conditional, etag_of
from api.errors import PROBLEM, ProblemSerializer
from api.filters import PlanFilter, PlanVersionFilter, SchoolFilter
from api.lookups import school_year_for
from api.permissions import service_token
from api.serializers.plans import (
    AreaSerializer,
    CheckRunSerializer,
    DistrictSerializer,
    PlanEventSerializer,
    PlanSerializer,
    PlanVersionSerializer,
    RequirementSerializer,
    SchoolSerializer,
    SchoolYearSerializer,
    TemplateSerializer,
    UploadSerializer,
)
from api.serializers.status import SchoolSummarySerializer, SchoolYearSummarySerializer
from plans import permissions, selectors, uploads
from plans.errors import FilePurged
from plans.models import CheckRun, Plan, PlanTemplate, PlanVersion, Requirement, SchoolYear
from reviews import selectors as review_selectors
from reviews.models import PlanReview, PlanStatus


def _problem(description: str) -> OpenApiResponse:
    return OpenApiResponse(ProblemSerializer, description=description)


PROBLEMS = {
    400: _problem("Invalid request: a parameter or field is not valid (they are named in errors)"),
    401: _problem("No token, or an unknown, revoked or expired one"),
    403: _problem("Not allowed (a service token is read-only; the role does not allow this)"),
    404: _problem("No such object, or one you may not see"),
    409: _problem("Not possible in the current state, or identical to an earlier version"),
    410: _problem("The file was removed under the district's retention rule; its record remains"),
    429: _problem("Too many requests; see the Retry-After header"),
}
Responses = dict[int | tuple[int, str], Any]


IF_NONE_MATCH = OpenApiParameter(
    "If-None-Match",
    str,
    OpenApiParameter.HEADER,
    description="The ETag of your copy: 304 Not Modified when nothing changed (cheap polling)",
)


def read_problems(*codes: int) -> Responses:
    """Error responses (application/problem+json) of an operation: 401, 404 and 429 always."""
    return {(code, PROBLEM): PROBLEMS[code] for code in (401, 404, 429, *codes)}


class Scoped:
    """Service tokens see one district, whatever else their user reaches."""

    district_path = "district_id"

    def scoped(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        token = service_token(cast(Request, getattr(self, "request")))  # noqa: B009 - set by the view
        if token is not None:
            return queryset.filter(**{self.district_path: token.district_id})
        return queryset


@extend_schema_view(
    list=extend_schema(responses={200: DistrictSerializer(many=True), **read_problems(400)}),
    retrieve=extend_schema(responses={200: DistrictSerializer, **read_problems()}),
)
class DistrictViewSet(Scoped, viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    serializer_class = DistrictSerializer
    district_path = "id"

    def get_queryset(self) -> QuerySet[Any]:
        return self.scoped(permissions.visible_districts(self.request.user)).order_by("name", "id")


@extend_schema_view(
    list=extend_schema(responses={200: AreaSerializer(many=True), **read_problems(400)}),
    retrieve=extend_schema(responses={200: AreaSerializer, **read_problems()}),
)
class AreaViewSet(Scoped, viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    serializer_class = AreaSerializer
    filterset_fields = ["district"]
    ordering_fields = ["name", "id"]

    def get_queryset(self) -> QuerySet[Any]:
        return self.scoped(permissions.visible_areas(self.request.user)).order_by("name", "id")


@extend_schema_view(
    list=extend_schema(responses={200: SchoolYearSerializer(many=True), **read_problems(400)}),
    retrieve=extend_schema(responses={200: SchoolYearSerializer, **read_problems()}),
)
class SchoolYearViewSet(Scoped, viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    serializer_class = SchoolYearSerializer
    lookup_field = "label"
    lookup_value_regex = r"[0-9]{4}/[0-9]{2}"
    filterset_fields = ["district"]
    ordering_fields = ["starts_on", "label", "id"]

    def get_queryset(self) -> QuerySet[Any]:
        return self.scoped(permissions.visible_school_years(self.request.user)).order_by("-starts_on", "id")

    def get_object(self) -> SchoolYear:
        return school_year_for(self.request, self.kwargs["label"])

    @extend_schema(
        summary="The school year's status: counts by plan status, requirement results, overdue",
        parameters=[
            OpenApiParameter("district", int, description="when you see several districts"),
            IF_NONE_MATCH,
        ],
        responses={
            200: SchoolYearSummarySerializer,
            304: OpenApiResponse(description="Not modified"),
            **read_problems(),
        },
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def summary(self, request: Request, label: str) -> Response:
        year = self.get_object()
        schools = self.scoped(permissions.visible_schools(request.user))
        plans = Plan.objects.filter(school_year=year, school__in=schools)
        validator = (
            year.pk,
            timezone.localdate().isoformat(),  # overdue changes with the date
            plans.aggregate(n=Max("events__id"))["n"],
            schools.count(),
        )

        def respond() -> Response:
            summary = review_selectors.school_year_summary(
                schools, school_year=year, today=timezone.localdate()
            )
            return Response(
                SchoolYearSummarySerializer(
                    {
                        "school_year": year.label,
                        "schools": summary.schools,
                        "by_status": summary.by_status,
                        "requirements": [
                            {"key": k, "met": m, "partial": p, "missing": x}
                            for k, m, p, x in summary.requirements
                        ],
                        "overdue": [
                            {
                                "school": row.school.skolenhetskod,
                                "name": row.school.name,
                                "status": row.status,
                                "due_on": row.due_on,
                                "kind": row.kind,
                            }
                            for row in summary.overdue
                        ],
                    }
                ).data
            )

        return conditional(request, etag=etag_of(*validator), last_modified=None, respond=respond)


@extend_schema_view(
    list=extend_schema(
        parameters=[
            OpenApiParameter(
                "school_year", str, description='Label, e.g. "2025/26": adds status and latest version'
            )
        ],
        responses={200: SchoolSerializer(many=True), **read_problems(400)},
    ),
    retrieve=extend_schema(responses={200: SchoolSerializer, **read_problems()}),
)
class SchoolViewSet(Scoped, viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    serializer_class = SchoolSerializer
    filterset_class = SchoolFilter
    ordering_fields = ["name", "skolenhetskod", "id"]

    def get_queryset(self) -> QuerySet[Any]:
        schools = self.scoped(permissions.visible_schools(self.request.user)).prefetch_related("forms")
        label = self.request.query_params.get("school_year")
        if label:
            year = school_year_for(self.request, label)
            schools = schools.filter(district_id=year.district_id).annotate(
                # No review row yet means not submitted.
                review_status=Coalesce(
                    Subquery(
                        PlanReview.objects.filter(plan__school=OuterRef("pk"), plan__school_year=year).values(
                            "status"
                        )[:1]
                    ),
                    Value(PlanStatus.NOT_SUBMITTED.value),
                ),
                latest_version_id=Subquery(
                    PlanVersion.objects.filter(plan__school=OuterRef("pk"), plan__school_year=year)
                    .order_by("-number")
                    .values("id")[:1]
                ),
            )
        return schools.order_by("name", "id")

    @extend_schema(
        summary="One school's year: status, latest version and its check, open feedback, due dates",
        parameters=[OpenApiParameter("school_year", str, required=True, description='Label, e.g. "2025/26"')],
        responses={200: SchoolSummarySerializer, **read_problems(400)},
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def summary(self, request: Request, pk: str) -> Response:
        school = self.get_object()
        label = request.query_params.get("school_year", "")
        if not label:
            raise ValidationError({"school_year": [_("Give the school year's label, e.g. 2025/26.")]})
        year = school_year_for(request, label)
        summary = review_selectors.school_summary(school, school_year=year, today=timezone.localdate())
        latest = summary.latest_version
        state = summary.state
        return Response(
            SchoolSummarySerializer(
                {
                    "school": school.skolenhetskod,
                    "name": school.name,
                    "school_year": year.label,
                    "status": summary.status,
                    "overdue": summary.overdue,
                    "plan": summary.plan.pk if summary.plan else None,
                    "latest_version": latest.pk if latest else None,
                    "check_status": latest.check_status if latest else None,
                    "requirements": summary.requirements,
                    "status_version": state.version_id,
                    "status_version_number": state.version_number,
                    "status_changed_at": state.status_at,
                    "check_run": state.run_id,
                    "newer_version_not_submitted": state.newer_not_submitted,
                    "open_feedback": summary.open_feedback,
                    "due": summary.due,
                }
            ).data
        )


@extend_schema_view(
    list=extend_schema(responses={200: PlanSerializer(many=True), **read_problems(400)}),
    retrieve=extend_schema(responses={200: PlanSerializer, **read_problems()}),
)
class PlanViewSet(Scoped, viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    serializer_class = PlanSerializer
    filterset_class = PlanFilter
    district_path = "school__district_id"
    ordering_fields = ["created_at", "id"]

    def get_queryset(self) -> QuerySet[Any]:
        return (
            self.scoped(permissions.visible_plans(self.request.user))
            .select_related("school", "school_year")
            .prefetch_related(Prefetch("versions", queryset=PlanVersion.objects.order_by("number")))
            .order_by("school__name", "-school_year__starts_on", "id")
        )

    @extend_schema(
        summary="The plan's audit trail", responses={200: PlanEventSerializer(many=True), **read_problems()}
    )
    @action(detail=True, methods=["get"], filter_backends=[])  # the plans' filters are not the events'
    def events(self, request: Request, pk: str) -> Response:
        plan = self.get_object()
        events = selectors.plan_events(plan)
        page = self.paginate_queryset(events)
        return self.get_paginated_response(PlanEventSerializer(page, many=True).data)


@extend_schema_view(
    list=extend_schema(responses={200: PlanVersionSerializer(many=True), **read_problems(400)}),
    retrieve=extend_schema(
        parameters=[IF_NONE_MATCH],
        responses={
            200: PlanVersionSerializer,
            304: OpenApiResponse(description="Not modified"),
            **read_problems(),
        },
    ),
    create=extend_schema(
        summary="Upload a new version of a school's plan (multipart)",
        request={"multipart/form-data": UploadSerializer},
        responses={
            201: PlanVersionSerializer,
            **read_problems(400, 403, 409),
        },
    ),
)
class PlanVersionViewSet(Scoped, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    serializer_class = PlanVersionSerializer
    filterset_class = PlanVersionFilter
    district_path = "plan__school__district_id"
    parser_classes = [MultiPartParser, FormParser]
    ordering_fields = ["uploaded_at", "number", "id"]

    def get_queryset(self) -> QuerySet[Any]:
        return (
            self.scoped(permissions.visible_versions(self.request.user))
            .select_related("plan__school", "plan__school_year", "current_run")
            .prefetch_related("current_run__results", "current_run__findings", "assessments__by")
            .order_by("-uploaded_at", "-id")
        )

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        # Polling is the common case: the validator is one narrow query; the version with its
        # check run is loaded only when the client's copy is stale.
        stamp = drf_get_object_or_404(
            self.scoped(permissions.visible_versions(request.user))
            # A reviewer's assessment changes the requirements' status: part of the validator.
            .annotate(assessed_at=Max("assessments__at"), assessed=Count("assessments"))
            .values(
                "pk",
                "check_status",
                "check_started_at",
                "check_finished_at",
                "check_attempts",
                "uploaded_at",
                "assessed_at",
                "assessed",
            ),
            pk=kwargs["pk"],
        )
        validator = (
            stamp["pk"],
            stamp["check_status"],
            stamp["check_finished_at"],
            stamp["check_attempts"],
            stamp["assessed_at"],
            stamp["assessed"],
        )
        return conditional(
            request,
            etag=etag_of(*validator, request.LANGUAGE_CODE if hasattr(request, "LANGUAGE_CODE") else ""),
            last_modified=max(
                filter(
                    None,
                    (
                        stamp["assessed_at"],
                        stamp["check_finished_at"] or stamp["check_started_at"] or stamp["uploaded_at"],
                    ),
                )
            ),
            respond=lambda: Response(self.get_serializer(self.get_object()).data),
        )

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        form = UploadSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        school = get_object_or_404(
            self.scoped(permissions.visible_schools(request.user)),
            skolenhetskod=form.validated_data["school"],
        )
        year = get_object_or_404(
            SchoolYear, district_id=school.district_id, label=form.validated_data["school_year"]
        )
        upload = form.validated_data["file"]
        version = uploads.submit_plan(
            school=school,
            school_year=year,
            file=upload,
            original_name=upload.name or "plan.docx",
            by=request.user,
            declared_size=upload.size,
        )
        data = self.get_serializer(self.get_queryset().get(pk=version.pk)).data
        return Response(data, status=status.HTTP_201_CREATED, headers={"Location": data["url"]})

    @extend_schema(
        summary="The original file",
        responses={
            (
                200,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ): OpenApiTypes.BINARY,
            **read_problems(410),
        },
    )
    @action(detail=True, methods=["get"])
    def download(self, request: Request, pk: str) -> FileResponse:
        version = self.get_object()
        if version.purged_at is not None:
            raise FilePurged(version.purged_at)
        return FileResponse(version.file.open("rb"), as_attachment=True, filename=version.original_name)


@extend_schema_view(
    list=extend_schema(
        parameters=[OpenApiParameter("version", int, description="only this version's runs")],
        responses={200: CheckRunSerializer(many=True), **read_problems(400)},
    ),
    retrieve=extend_schema(responses={200: CheckRunSerializer, **read_problems()}),
)
class CheckRunViewSet(Scoped, viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    serializer_class = CheckRunSerializer
    district_path = "version__plan__school__district_id"
    filterset_fields = ["version"]
    ordering_fields = ["created_at", "id"]

    def get_queryset(self) -> QuerySet[Any]:
        versions = permissions.visible_versions(self.request.user)
        return self.scoped(
            CheckRun.objects.filter(version__in=versions)
            .prefetch_related("results", "findings")
            .order_by("-created_at", "-id")
        )


def _visible_templates(request: Request) -> QuerySet[PlanTemplate]:
    """The templates the user sees; through a service token only the shipped ones and its district's
    (like Scoped, whatever else the token's user reaches)."""
    templates = permissions.visible_templates(request.user)
    token = service_token(request)
    if token is not None:
        templates = templates.filter(Q(district__isnull=True) | Q(district_id=token.district_id))
    return templates


@extend_schema_view(
    list=extend_schema(responses={200: TemplateSerializer(many=True), **read_problems(400)}),
    retrieve=extend_schema(responses={200: TemplateSerializer, **read_problems()}),
)
class TemplateViewSet(viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    serializer_class = TemplateSerializer
    ordering_fields = ["version", "id"]

    def get_queryset(self) -> QuerySet[Any]:
        return (
            _visible_templates(self.request)
            .prefetch_related(Prefetch("requirements", queryset=Requirement.objects.order_by("order")))
            .order_by("district_id", "key", "-version", "id")
        )


@extend_schema_view(
    list=extend_schema(
        parameters=[OpenApiParameter("template", int), OpenApiParameter("key", str)],
        responses={200: RequirementSerializer(many=True), **read_problems(400)},
    ),
    retrieve=extend_schema(responses={200: RequirementSerializer, **read_problems()}),
)
class RequirementViewSet(viewsets.ReadOnlyModelViewSet):  # type: ignore[type-arg]
    serializer_class = RequirementSerializer
    filterset_fields = ["template", "key"]

    def get_queryset(self) -> QuerySet[Any]:
        templates = _visible_templates(self.request)
        return Requirement.objects.filter(template__in=templates).order_by("template_id", "order", "id")


__all__ = [
    "AreaViewSet",
    "CheckRunViewSet",
    "DistrictViewSet",
    "PlanVersionViewSet",
    "PlanViewSet",
    "RequirementViewSet",
    "SchoolViewSet",
    "SchoolYearViewSet",
    "TemplateViewSet",
]
