"""What every page's menu needs to know about the signed-in user (plans.permissions decides)."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from plans.models import Role
from plans.permissions import may_see_overview, role_names

# Roles that review plans: reviewers and district administrators (a superuser is both).
REVIEWING_ROLES = frozenset({Role.REVIEWER, Role.DISTRICT_ADMIN, "superuser"})


def navigation(request: HttpRequest) -> dict[str, object]:
    """`can_review`: show the review queue in the menu; `can_see_overview`: the overview. Lazy, so
    pages that never ask pay nothing."""
    user = getattr(request, "user", None)
    return {
        "can_review": SimpleLazyObject(
            lambda: user is not None and bool(REVIEWING_ROLES.intersection(role_names(user)))
        ),
        "can_see_overview": SimpleLazyObject(lambda: user is not None and may_see_overview(user)),
    }
