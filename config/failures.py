"""What a request that failed outside any view's own handling answers (Django's 400 and 500 handlers).

Never a bare 500 for a failure the server can name: the database unavailable is 503 with
Retry-After, the file store full 507, a body nested too deep or with too many fields 400, a body
too large 413. Under /api/ the answer is problem+json like every other API error; pages get a short
page in the user's language. Anything else is a real fault: 500, logged by Django as usual.
"""

from __future__ import annotations

import errno
import sys

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from api.errors import PROBLEM, problem
from plans.errors import StorageUnavailable

RETRY_AFTER = "30"


def _named(error: BaseException | None) -> tuple[int, str, str, str] | None:
    """(status, code, title, detail) for a failure we can name, or None."""
    if isinstance(error, OperationalError | InterfaceError):
        return (
            503,
            "database_unavailable",
            _("The service is unavailable"),
            _("The database cannot be reached just now. Nothing was changed; try again in a minute."),
        )
    if isinstance(error, StorageUnavailable):
        status = 507 if error.code == "storage_full" else 503
        return status, error.code, _("The file store cannot take this"), error.message
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
        return _named(
            StorageUnavailable("storage_full" if error.errno != errno.EROFS else "storage_unavailable")
        )
    if isinstance(error, RecursionError):
        return (
            400,
            "too_deeply_nested",
            _("The request is not valid"),
            _("The request body is nested too deeply to be read."),
        )
    if isinstance(error, RequestDataTooBig):
        return 413, "too_large", _("The request is too large"), _("The request body is too large.")
    if isinstance(error, TooManyFieldsSent | TooManyFilesSent):
        return (
            400,
            "too_many_fields",
            _("The request is not valid"),
            _("The request has too many fields or files."),
        )
    return None


def respond(request: HttpRequest, status: int, code: str, title: str, detail: str) -> HttpResponse:
    headers = {"Retry-After": RETRY_AFTER} if status == 503 else {}
    # The API, and a page's own script asking for JSON (the upload form), get the words as data.
    if request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", ""):
        body = problem(code=code, title=title, status_code=status, detail=detail)
        return JsonResponse(body, status=status, content_type=PROBLEM, headers=headers)
    try:
        page = render_to_string("failure.html", {"title": title, "detail": detail}, request=None)
    except Exception:  # the template machinery itself may be what failed: plain text still answers
        text = f"{title}\n\n{detail}\n"
        return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8", headers=headers)
    return HttpResponse(page, status=status, headers=headers)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    named = _named(exception)
    if named is None:
        named = (400, "bad_request", _("The request is not valid"), _("The request could not be read."))
    return respond(request, *named)


def server_error(request: HttpRequest) -> HttpResponse:
    named = _named(sys.exc_info()[1])
    if named is None:
        named = (
            500,
            "server_error",
            _("Something went wrong"),
            _("The server could not complete the request. The fault has been logged."),
        )
    return respond(request, *named)
