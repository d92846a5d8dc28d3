"""Where each role starts after signing in: the page for the work they do most.

A district administrator starts on the district overview, a reviewer on the review queue and a
principal (or anyone else) on their schools. Someone with several roles starts on the most
specific one and reaches the others through the menu.
"""

from __future__ import annotations

from django.urls import reverse

from plans.models import Role
from plans.permissions import Actor, role_names

# Most specific first; the first role a user holds decides. URL names, so plans imports no reviews.
START_PAGES: tuple[tuple[str, str], ...] = (
    ("superuser", "reviews:overview"),
    (Role.DISTRICT_ADMIN, "reviews:overview"),
    (Role.REVIEWER, "reviews:queue"),
    (Role.PRINCIPAL, "home"),
)
DEFAULT_START_PAGE = "home"


def start_page_for(user: Actor) -> str:
    """The path of `user`'s start page."""
    roles = set(role_names(user))
    name = next((page for role, page in START_PAGES if role in roles), DEFAULT_START_PAGE)
    return reverse(name)
