"""Cheap polling: ETag and Last-Modified from a small validator, 304 for If-None-Match."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable

from django.utils.http import http_date, parse_http_date_safe
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response


def etag_of(*parts: object) -> str:
    return '"' + hashlib.sha256(repr(parts).encode()).hexdigest()[:32] + '"'


def conditional(
    request: Request,
    *,
    etag: str,
    last_modified: datetime.datetime | None,
    respond: Callable[[], Response],
) -> Response:
    """Answer 304 when the client's copy is current; otherwise build the response and tag it."""
    wanted = request.headers.get("If-None-Match", "")
    if wanted:
        tags = {tag.strip().removeprefix("W/") for tag in wanted.split(",")}
        fresh = etag in tags or "*" in tags
    else:
        since = parse_http_date_safe(request.headers.get("If-Modified-Since", "") or "")
        fresh = since is not None and last_modified is not None and int(last_modified.timestamp()) <= since
    response = Response(status=status.HTTP_304_NOT_MODIFIED) if fresh else respond()
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    response["Cache-Control"] = "private, no-cache"
    return response
