"""Every API error as application/problem+json (RFC 9457), with a stable code and a message in the
request's language (Accept-Language, through Django's LocaleMiddleware)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from plans.errors import (
    DuplicateVersion,
    FilePurged,
    NotAllowed,
    NotFound,
    PlansError,
    StorageUnavailable,
    UploadRejected,
)

PROBLEM = "application/problem+json"
TYPE_BASE = "https://plangranskning.example/problems/"


class ProblemSerializer(serializers.Serializer[dict[str, Any]]):
    """The body of every error response (the schema's "Problem")."""

    type = serializers.URLField(help_text="Identifies the kind of problem; ends with the code")
    title = serializers.CharField(help_text="Short, in the request's language")
    status = serializers.IntegerField(help_text="The HTTP status code")
    detail = serializers.CharField(help_text="What went wrong, in the request's language (sv or en)")
    code = serializers.CharField(
        help_text='Stable and machine-readable: "not_found", "invalid", "not_authenticated", '
        '"throttled", "upload_rejected.<reason>", "duplicate_version", …'
    )

    def get_fields(self) -> dict[str, serializers.Field[Any, Any, Any, Any]]:
        fields = super().get_fields()
        # "errors" is also an attribute of every serializer, so it is declared here.
        fields["errors"] = serializers.DictField(
            child=serializers.ListField(child=serializers.CharField()),
            required=False,
            help_text='Validation errors by field name (only when code is "invalid")',
        )
        return fields


def problem(
    *, code: str, title: str, status_code: int, detail: str = "", errors: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": TYPE_BASE + code,
        "title": title,
        "status": status_code,
        "detail": detail or title,
        "code": code,
    }
    if errors:
        body["errors"] = errors
    return body


def _domain(exc: PlansError) -> tuple[int, str, str]:
    if isinstance(exc, UploadRejected):
        return status.HTTP_400_BAD_REQUEST, f"upload_rejected.{exc.code}", _("The file was not accepted")
    if isinstance(exc, DuplicateVersion):
        return status.HTTP_409_CONFLICT, "duplicate_version", _("The same file was uploaded before")
    if isinstance(exc, NotAllowed):
        return status.HTTP_403_FORBIDDEN, "not_allowed", _("Not allowed")
    if isinstance(exc, NotFound):
        return status.HTTP_404_NOT_FOUND, "not_found", _("Not found")
    if isinstance(exc, FilePurged):
        return status.HTTP_410_GONE, exc.code, _("The file has been removed")
    if isinstance(exc, StorageUnavailable):
        # Nothing was stored; 507 when the store is full, 503 when it cannot be written for now.
        if exc.code == "storage_full":
            return status.HTTP_507_INSUFFICIENT_STORAGE, exc.code, _("The file store is full")
        return status.HTTP_503_SERVICE_UNAVAILABLE, exc.code, _("The file store is unavailable")
    # A step the current state does not allow (a review transition out of order, …).
    return status.HTTP_409_CONFLICT, getattr(exc, "code", "refused") or "refused", _("Not possible now")


def _field_errors(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            out.update(_field_errors(value, name))
    elif isinstance(detail, list):
        if all(not isinstance(item, dict | list) for item in detail):
            out[prefix or "non_field_errors"] = [str(item) for item in detail]
        else:
            for index, item in enumerate(detail):
                out.update(_field_errors(item, f"{prefix}[{index}]"))
    else:
        out[prefix or "non_field_errors"] = [str(detail)]
    return out


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, PlansError):
        status_code, code, title = _domain(exc)
        headers = {"Retry-After": "60"} if status_code == status.HTTP_503_SERVICE_UNAVAILABLE else None
        return Response(
            problem(code=code, title=str(title), status_code=status_code, detail=exc.message),
            status=status_code,
            content_type=PROBLEM,
            headers=headers,
        )
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None:
        return None  # a real fault: Django's 500 handling, logged
    if isinstance(exc, exceptions.ValidationError):
        errors = _field_errors(exc.detail)
        names = ", ".join(sorted(errors))
        response.data = problem(
            code="invalid",
            title=str(_("The request is not valid")),
            status_code=response.status_code,
            detail=str(_("Check these fields: %(fields)s.") % {"fields": names}),
            errors=errors,
        )
    else:
        detail = exc.detail if isinstance(exc, exceptions.APIException) else str(exc)
        codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        response.data = problem(
            code=codes if isinstance(codes, str) and codes else "error",
            title=str(getattr(exc, "default_detail", _("Error"))),
            status_code=response.status_code,
            detail=str(detail),
        )
    response.content_type = PROBLEM
    return response


def not_found_view(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    """404 for URLs under /api/ that match no route, in the same shape."""
    body = problem(
        code="not_found", title=str(_("Not found")), status_code=404, detail=str(_("No such address."))
    )
    return JsonResponse(body, status=404, content_type=PROBLEM)
