"""Sending one cell's request as its actor, and judging the answer against the expected outcome."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from django.conf import settings
from django.contrib.messages import constants as message_levels
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Model
from django.http import HttpRequest, HttpResponseBase
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from plans.models import SchoolYear
from reviews.models import Severity
from tests.factories import docx_bytes
from tests.security.actors import MUST_NOT_READ
from tests.security.expectations import Case, Outcome
from tests.security.routes import Route
from tests.security.world import AccessWorld

PROBLEM = "application/problem+json"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# A new plan version, built once: the same bytes twice would be refused as a duplicate, but every
# cell rolls back, so no cell ever sees another's upload.
_NEW_VERSION: list[bytes] = []


def new_version_bytes() -> bytes:
    if not _NEW_VERSION:
        _NEW_VERSION.append(docx_bytes("Ekbacken", "2025/26", seed=99))
    return _NEW_VERSION[0]


def _file() -> SimpleUploadedFile:
    return SimpleUploadedFile("plan.docx", new_version_bytes(), content_type=DOCX)


# Plausible bodies: what the allowed would send. Refused actors send the same.
BODIES: dict[str, Callable[[AccessWorld], dict[str, Any]]] = {
    "upload_form": lambda w: {"school_year": w.year.pk, "file": _file()},
    "upload_api": lambda w: {
        "school": w.school_a.skolenhetskod,
        "school_year": w.year.label,
        "file": _file(),
    },
    "note": lambda w: {"note": "Matrisen."},
    # As the review screen sends a decision: on the version handed in, open problems confirmed.
    "decision": lambda w: {"note": "Matrisen.", "version": w.version.pk, "confirm": True},
    "feedback_form": lambda w: {"anchor": "plan", "severity": Severity.SHOULD_FIX, "text": "Matrisen."},
    "feedback_api": lambda w: {"version": w.version.pk, "severity": Severity.SHOULD_FIX, "text": "Matrisen."},
    "reply": lambda w: {"text": "Matrisen svarar."},
    # A status set with its reason: right whatever the engine found.
    "assessment": lambda w: {"key": "responsible", "status": "partial", "reason": "Matrisen."},
    "new_token": lambda w: {"name": "matrix"},
    "wrong_sign_in": lambda w: {"username": "principal_a", "password": "not-the-password"},
    "wrong_password_change": lambda w: {
        "old_password": "not-the-password",
        "new_password1": "A-new-password-4711",
        "new_password2": "A-new-password-4711",
    },
    "unknown_address": lambda w: {"email": "nobody@example.invalid"},
    "new_password": lambda w: {
        "new_password1": "A-new-password-4711",
        "new_password2": "A-new-password-4711",
    },
}
MULTIPART_BODIES = frozenset({"upload_form", "upload_api"})


def _object_value(world: AccessWorld, target: str) -> str:
    obj = getattr(world, target)
    if isinstance(obj, SchoolYear):
        return obj.label
    assert isinstance(obj, Model), target
    return str(obj.pk)


def page_url(world: AccessWorld, route: Route, case: Case) -> str:
    kwargs: dict[str, Any] = dict(case.kwargs)
    if route.object_kwarg:
        assert case.target, f"{route.name} needs a target for <{route.object_kwarg}>"
        kwargs[route.object_kwarg] = _object_value(world, case.target)
    url = reverse(route.name, kwargs=kwargs or None)
    return f"{url}?{case.query}" if case.query else url


def api_url(world: AccessWorld, path: str, case: Case) -> str:
    if case.target:
        value = _object_value(world, case.target)
        path = path.replace("{id}", value).replace("{label}", value)
    assert "{" not in path, f"{path} needs a target"
    return f"{path}?{case.query}" if case.query else path


@cache
def _client(api: bool) -> Client:
    """One client per surface for the whole run: a new one loads the middleware again, and
    WhiteNoise's scan of the static files then costs more than the request."""
    return APIClient() if api else Client()


def send(world: AccessWorld, actor: str, url: str, case: Case, *, api: bool) -> HttpResponseBase:
    credentials = world.credentials[actor]
    client = _client(api)
    client.cookies.clear()  # nothing carries over from the cell before
    headers: dict[str, str] = {}
    token = credentials.token if api else credentials.page_token
    if token:
        headers["HTTP_AUTHORIZATION"] = f"Token {token}"
    elif credentials.session:
        client.cookies[settings.SESSION_COOKIE_NAME] = credentials.session
    body = BODIES[case.body](world) if case.body else {}
    method = getattr(client, case.method.lower())
    if case.method == "GET":
        return method(url, **headers)  # type: ignore[no-any-return]
    if api:
        encoding = "multipart" if case.body in MULTIPART_BODIES else "json"
        return method(url, body, format=encoding, **headers)  # type: ignore[no-any-return]
    return method(url, body, **headers)  # type: ignore[no-any-return]


def content_of(response: HttpResponseBase) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)  # type: ignore[attr-defined]
    return bytes(response.content)  # type: ignore[attr-defined]


def _error_messages(response: HttpResponseBase) -> list[str]:
    """The error messages a redirect carries to the next page (Django's cookie message storage)."""
    cookie = response.cookies.get(CookieStorage.cookie_name)
    if cookie is None or not cookie.value:
        return []
    request = HttpRequest()
    request.COOKIES[CookieStorage.cookie_name] = cookie.value
    return [str(m.message) for m in CookieStorage(request) if m.level == message_levels.ERROR]


def _status_problem(outcome: Outcome, response: HttpResponseBase, *, api: bool) -> str | None:
    status = response.status_code
    location = response.get("Location", "")
    to_sign_in = location.startswith(reverse("login"))
    if outcome == Outcome.OK:
        ok = status == 200
    elif outcome == Outcome.PROBE:
        ok = status in (200, 503)
    elif outcome == Outcome.WRITES:
        ok = 200 <= status < 300 if api else status == 302 and not to_sign_in
    elif outcome == Outcome.SIGN_IN:
        ok = status == 302 and to_sign_in
    elif outcome == Outcome.REDIRECT:
        ok = status == 302 and not to_sign_in
    elif outcome == Outcome.SENT_BACK:
        ok = status == 302 and not to_sign_in
        if ok and not _error_messages(response):
            return "302 back, but with no message saying why"
    else:
        expected = {
            Outcome.UNAUTHENTICATED: 401,
            Outcome.FORBIDDEN: 403,
            Outcome.NOT_FOUND: 404,
            Outcome.METHOD_NOT_ALLOWED: 405,
        }[outcome]
        ok = status == expected
        # The API's every error, and a 401 anywhere (only DRF sends one), is problem+json.
        if ok and (api or expected == 401) and not response.get("Content-Type", "").startswith(PROBLEM):
            return f"{status} but as {response.get('Content-Type')}, not {PROBLEM}"
    if ok:
        return None
    return f"got {status}{f' → {location}' if location else ''}"


def judge(
    outcome: Outcome,
    response: HttpResponseBase,
    *,
    api: bool,
    actor: str,
    written: list[str],
    files_added: int,
) -> list[str]:
    """Everything wrong with the answer, as sentences; empty when it is what the table says."""
    problems = []
    status = _status_problem(outcome, response, api=api)
    if status:
        problems.append(status)
    if outcome == Outcome.WRITES:
        if not (written or files_added) and not status:
            problems.append("answered as done, but nothing was written")
    else:
        if written:
            problems.append("wrote: " + "; ".join(written))
        if files_added:
            problems.append(f"stored {files_added} file(s)")
    body = content_of(response)
    problems += [
        f"the body shows {marker!r}" for marker in MUST_NOT_READ.get(actor, ()) if marker.encode() in body
    ]
    return problems
