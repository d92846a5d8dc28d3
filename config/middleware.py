"""Refuse oversized request bodies before Django reads them."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _


class RequestSizeLimitMiddleware:
    """A body larger than REQUEST_MAX_BYTES gets 413 with a readable message, not a parsed upload.

    The reverse proxy should enforce the same limit (docs/deployment.md); this is the last line.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.REQUEST_MAX_BYTES:
            message = _("The request is too large (%(size)s). The largest plan accepted is %(limit)s.") % {
                "size": filesizeformat(length),
                "limit": filesizeformat(settings.UPLOAD_MAX_BYTES),
            }
            from config.failures import respond  # a page, problem+json under /api/ or to a script

            return respond(request, 413, "too_large", _("The request is too large"), message)
        return self.get_response(request)
