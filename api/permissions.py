"""DRF adapters over plans.permissions (no rules of their own)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy
from rest_framework import permissions
from rest_framework.request import Request

from api.models import ApiToken
from plans.permissions import grants_of


def service_token(request: Request) -> ApiToken | None:
    auth = getattr(request, "auth", None)
    return auth if isinstance(auth, ApiToken) and auth.is_service else None


class ReadOnlyServiceTokens(permissions.BasePermission):
    """A service token reads; it never writes, whatever its user may do elsewhere. Neither does any
    token of a service account (one made before every such token was a service token)."""

    message = gettext_lazy("A service token is read-only.")

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        if service_token(request) is not None:
            return False
        return not (isinstance(request.auth, ApiToken) and grants_of(request.user).service_districts)
