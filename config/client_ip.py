"""The client's address for the sign-in lockout (django-axes' AXES_CLIENT_IP_CALLABLE).

Without proxies it is REMOTE_ADDR. Behind TRUSTED_PROXY_COUNT reverse proxies, each of which appends
the address it received the request from to X-Forwarded-For, the client is that many entries from
the right; entries further left were written by the client and could be anything.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    remote: str | None = request.META.get("REMOTE_ADDR")
    proxies: int = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    header: str = request.META.get("HTTP_X_FORWARDED_FOR", "")
    forwarded = [part.strip() for part in header.split(",") if part.strip()]
    if len(forwarded) < proxies:
        return remote  # the request did not come through every proxy: trust only the connection
    return forwarded[-proxies]
