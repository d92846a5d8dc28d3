"""The authorization matrix as data: every page and every API operation, by every actor → outcome.

A page of the URLconf or an operation of the schema without an entry here fails
test_every_page_has_an_expectation or test_every_api_operation_has_an_expectation, naming it; an
entry whose route is gone fails them too. Adding an endpoint or a
rule means one edit here (STYLE 3.4). Objects named by a URL are school A's (tests/security/world.py).

Project conventions the outcomes follow: pages send the anonymous to sign in; an object someone may
not see is 404, never 403; a page that refuses a step someone may see sends them back to the page
with the reason as a message; the API answers 401/403/404 as problem+json; the service account
reads everything of its district and writes nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from tests.security.actors import (
    ADMIN,
    ANONYMOUS,
    AUTHENTICATED,
    DEPUTY,
    EVERYONE,
    IN_DISTRICT,
    NO_SESSION,
    OTHER_ADMIN,
    OTHER_DISTRICT,
    OUTSIDERS,
    PRINCIPAL_A,
    REVIEWER_ELSEWHERE,
    REVIEWER_HERE,
    REVIEWS_A,
    SCHOOL_SIDE_A,
    SEES_A,
    SEES_A_ON_PAGES,
    SERVICE_ACCOUNT,
    SIGNED_IN,
    TOKENS_ONLY,
)


class Outcome(enum.Enum):
    OK = "200, nothing written"
    WRITES = "done (2xx from the API, 302 from a page) and something written"
    SIGN_IN = "302 to the sign-in page, nothing written"
    REDIRECT = "302 somewhere other than sign-in, nothing written"
    SENT_BACK = "302 back to the page, which says why not; nothing written"
    UNAUTHENTICATED = "401 problem+json, nothing written"
    FORBIDDEN = "403, nothing written"
    NOT_FOUND = "404, nothing written"
    METHOD_NOT_ALLOWED = "405, nothing written"
    PROBE = "200 or 503 (the health probe's verdict), nothing written"


def cells(**by_outcome: Iterable[str]) -> Mapping[str, Outcome]:
    """Actors grouped by outcome name → actor → outcome. An actor named twice is an error here;
    one left out fails test_every_case_names_every_actor_once."""
    table: dict[str, Outcome] = {}
    for name, group in by_outcome.items():
        for actor in group:
            if actor in table:
                raise ValueError(f"{actor} is given both {table[actor].name} and {name}")
            table[actor] = Outcome[name]
    return MappingProxyType(table)


@dataclass(frozen=True)
class Case:
    """One request: the method, the world object whose pk fills the URL, and what each actor gets."""

    method: str
    expect: Mapping[str, Outcome]
    target: str | None = None  # an attribute of AccessWorld (its pk, or a school year's label)
    kwargs: Mapping[str, str] = field(default_factory=dict)  # literal URL arguments (a step's name)
    query: str = ""
    body: str | None = None  # a name in tests/security/probes.BODIES

    def label(self) -> str:
        extra = " ".join(f"{k}={v}" for k, v in self.kwargs.items())
        return " ".join(part for part in (self.method, extra, self.query) if part)


# --- Pages ---


def page(**by_outcome: Iterable[str]) -> Mapping[str, Outcome]:
    """A page behind sign-in: whoever has no session is sent to sign in."""
    return cells(SIGN_IN=NO_SESSION, **by_outcome)


SEES_A_PAGE = page(OK=SEES_A_ON_PAGES, NOT_FOUND=OUTSIDERS)
# The district's picture is for its reviewers and administrators (reviews/views.py OVERVIEW_ROLES);
# another district's administrator sees their own district's.
# The service account reads everything in its district, the overview too (issue 14.8).
OVERVIEW = page(
    OK={REVIEWER_HERE, REVIEWER_ELSEWHERE, DEPUTY, ADMIN, OTHER_ADMIN, SERVICE_ACCOUNT},
    FORBIDDEN=SIGNED_IN - {REVIEWER_HERE, REVIEWER_ELSEWHERE, DEPUTY, ADMIN, OTHER_ADMIN, SERVICE_ACCOUNT},
)


def page_step(doers: frozenset[str]) -> Mapping[str, Outcome]:
    """A POST on school A's objects: done by `doers`, sent back for the rest who see them, 404 beyond."""
    return page(WRITES=doers, SENT_BACK=SEES_A_ON_PAGES - doers, NOT_FOUND=OUTSIDERS)


WEB: dict[str, tuple[Case, ...]] = {
    "home": (Case("GET", page(OK=SIGNED_IN)),),
    "plans:school": (Case("GET", SEES_A_PAGE, "school_a"),),
    "plans:upload": (
        Case(
            "GET",
            page(OK=SCHOOL_SIDE_A, FORBIDDEN=SEES_A_ON_PAGES - SCHOOL_SIDE_A, NOT_FOUND=OUTSIDERS),
            "school_a",
        ),
        Case(
            "POST",
            page(WRITES=SCHOOL_SIDE_A, FORBIDDEN=SEES_A_ON_PAGES - SCHOOL_SIDE_A, NOT_FOUND=OUTSIDERS),
            "school_a",
            body="upload_form",
        ),
    ),
    "plans:plan": (Case("GET", SEES_A_PAGE, "plan"),),
    "plans:version": (Case("GET", SEES_A_PAGE, "version"),),
    "plans:version-status": (Case("GET", SEES_A_PAGE, "version"),),
    "plans:version-download": (Case("GET", SEES_A_PAGE, "version"),),
    "reviews:queue": (Case("GET", page(OK=SIGNED_IN)),),
    "reviews:overview": (Case("GET", OVERVIEW),),
    "reviews:overview-engine": (Case("GET", OVERVIEW),),
    "reviews:overview-csv": (Case("GET", OVERVIEW),),
    "reviews:overview-xlsx": (Case("GET", OVERVIEW),),
    "reviews:plan": (Case("GET", SEES_A_PAGE, "plan"),),
    "reviews:diff": (Case("GET", SEES_A_PAGE, "plan"),),
    "reviews:write-letter": (Case("POST", page_step(REVIEWS_A), "plan"),),
    "reviews:remind": (Case("POST", page_step(REVIEWS_A), "plan_draft"),),  # a plan not handed in
    "reviews:transition": (
        Case("POST", page_step(SCHOOL_SIDE_A), "plan_draft", {"name": "submit"}),
        Case("POST", page_step(REVIEWS_A), "plan_submitted", {"name": "start_review"}),
        Case("POST", page_step(REVIEWS_A), "plan", {"name": "request_changes"}, body="decision"),
        Case("POST", page_step(REVIEWS_A), "plan", {"name": "approve"}, body="decision"),
        Case("POST", page(NOT_FOUND=SIGNED_IN), "plan", {"name": "publish"}),
    ),
    "reviews:add-feedback": (Case("POST", page_step(REVIEWS_A), "version", body="feedback_form"),),
    "reviews:reply": (Case("POST", page_step(REVIEWS_A | SCHOOL_SIDE_A), "item_open", body="reply"),),
    "reviews:assess": (Case("POST", page_step(REVIEWS_A), "version", body="assessment"),),
    "reviews:item-action": (
        Case("POST", page_step(REVIEWS_A), "item_open", {"name": "resolve"}),
        Case("POST", page_step(REVIEWS_A), "item_open", {"name": "drop"}),
        Case("POST", page_step(REVIEWS_A), "item_resolved", {"name": "reopen"}),
        # Addressing is the school's answer (a reply), never an action URL.
        Case("POST", page(NOT_FOUND=SIGNED_IN), "item_open", {"name": "address"}),
    ),
    "reviews:letter": (
        Case(
            "GET",
            page(
                OK=REVIEWS_A | SCHOOL_SIDE_A,
                # Only the school and its reviewers read the letter (reviews/views.py).
                FORBIDDEN=SEES_A_ON_PAGES - REVIEWS_A - SCHOOL_SIDE_A,
                NOT_FOUND=OUTSIDERS,
            ),
            "letter",
        ),
    ),
    # The API's root and documentation: the root lists the endpoints to the signed-in, the schema
    # and its two readers are public (no data in them).
    "api:api-root": (Case("GET", cells(UNAUTHENTICATED={ANONYMOUS}, OK=AUTHENTICATED)),),
    "api:schema": (Case("GET", cells(OK=EVERYONE)),),
    "api:swagger": (Case("GET", cells(OK=EVERYONE)),),
    "api:redoc": (Case("GET", cells(OK=EVERYONE)),),
    # Signing in and out, and passwords. Wrong credentials and a bogus reset link change nothing.
    "login": (
        Case("GET", cells(OK=NO_SESSION, REDIRECT=SIGNED_IN)),
        Case("POST", cells(OK=NO_SESSION, REDIRECT=SIGNED_IN), body="wrong_sign_in"),
    ),
    "logout": (Case("POST", cells(SIGN_IN=EVERYONE)),),
    "start": (Case("GET", page(REDIRECT=SIGNED_IN)),),
    "password_change": (
        Case("GET", page(OK=SIGNED_IN)),
        Case("POST", page(OK=SIGNED_IN), body="wrong_password_change"),
    ),
    "password_change_done": (Case("GET", page(OK=SIGNED_IN)),),
    "password_reset": (
        Case("GET", cells(OK=EVERYONE)),
        Case("POST", cells(REDIRECT=EVERYONE), body="unknown_address"),
    ),
    "password_reset_done": (Case("GET", cells(OK=EVERYONE)),),
    "password_reset_confirm": (
        Case("GET", cells(OK=EVERYONE), kwargs={"uidb64": "MQ", "token": "not-a-token"}),
        Case(
            "POST", cells(OK=EVERYONE), kwargs={"uidb64": "MQ", "token": "not-a-token"}, body="new_password"
        ),
    ),
    "password_reset_complete": (Case("GET", cells(OK=EVERYONE)),),
    "healthz": (Case("GET", cells(PROBE=EVERYONE)),),
}

# URL names left out of the page matrix, each with why.
SKIPPED_ROUTES: dict[str, str] = {
    "set_language": "Django's language switch: sets a cookie, reads and writes no data",
}
SKIPPED_NAMESPACES: dict[str, str] = {
    "admin": "the Django admin: its own gate (is_staff) and querysets from plans.permissions, "
    "tested in tests/plans/test_admin.py and tests/reviews/test_admin.py",
}


# --- API operations (method, path in the schema) ---


def api(**by_outcome: Iterable[str]) -> Mapping[str, Outcome]:
    return cells(UNAUTHENTICATED={ANONYMOUS}, **by_outcome)


LIST = api(OK=AUTHENTICATED)
SEES_A_API = api(OK=SEES_A, NOT_FOUND=OUTSIDERS)
IN_DISTRICT_API = api(OK=IN_DISTRICT, NOT_FOUND=OTHER_DISTRICT)


def api_step(doers: frozenset[str]) -> Mapping[str, Outcome]:
    """A write on school A's objects: done by `doers`; 403 for the rest who see them (and for any
    token of the service account, which is read-only before anything is looked up); 404 beyond."""
    return api(WRITES=doers, FORBIDDEN=SEES_A - doers, NOT_FOUND=OUTSIDERS)


V1 = "/api/v1"
API: dict[tuple[str, str], Case] = {
    ("GET", f"{V1}/districts/"): Case("GET", LIST),
    ("GET", f"{V1}/districts/{{id}}/"): Case("GET", IN_DISTRICT_API, "district"),
    ("GET", f"{V1}/areas/"): Case("GET", LIST),
    # A principal sees the areas of their own schools (plans.permissions.visible_areas), although
    # can(VIEW, area) would say yes to every area of the district: the API answers by the queryset.
    ("GET", f"{V1}/areas/{{id}}/"): Case("GET", api(OK=SEES_A, NOT_FOUND=OUTSIDERS), "area_a"),
    ("GET", f"{V1}/school-years/"): Case("GET", LIST),
    ("GET", f"{V1}/school-years/{{label}}/"): Case("GET", IN_DISTRICT_API, "year_only_here"),
    ("GET", f"{V1}/school-years/{{label}}/summary/"): Case("GET", IN_DISTRICT_API, "year_only_here"),
    ("GET", f"{V1}/schools/"): Case("GET", LIST),
    ("GET", f"{V1}/schools/{{id}}/"): Case("GET", SEES_A_API, "school_a"),
    ("GET", f"{V1}/schools/{{id}}/summary/"): Case(
        "GET", SEES_A_API, "school_a", query="school_year=2025/26"
    ),
    ("GET", f"{V1}/plans/"): Case("GET", LIST),
    ("GET", f"{V1}/plans/{{id}}/"): Case("GET", SEES_A_API, "plan"),
    ("GET", f"{V1}/plans/{{id}}/events/"): Case("GET", SEES_A_API, "plan"),
    ("GET", f"{V1}/plans/{{id}}/decisions/"): Case("GET", SEES_A_API, "plan"),
    ("POST", f"{V1}/plans/{{id}}/submit/"): Case("POST", api_step(SCHOOL_SIDE_A), "plan_draft", body="note"),
    ("POST", f"{V1}/plans/{{id}}/start-review/"): Case(
        "POST", api_step(REVIEWS_A), "plan_submitted", body="note"
    ),
    ("POST", f"{V1}/plans/{{id}}/request-changes/"): Case(
        "POST", api_step(REVIEWS_A), "plan", body="decision"
    ),
    ("POST", f"{V1}/plans/{{id}}/approve/"): Case("POST", api_step(REVIEWS_A), "plan", body="decision"),
    ("GET", f"{V1}/plan-versions/"): Case("GET", LIST),
    ("POST", f"{V1}/plan-versions/"): Case("POST", api_step(SCHOOL_SIDE_A), body="upload_api"),
    ("GET", f"{V1}/plan-versions/{{id}}/"): Case("GET", SEES_A_API, "version"),
    ("GET", f"{V1}/plan-versions/{{id}}/download/"): Case("GET", SEES_A_API, "version"),
    ("POST", f"{V1}/plan-versions/{{id}}/assessments/"): Case(
        "POST", api_step(REVIEWS_A), "version", body="assessment"
    ),
    ("GET", f"{V1}/check-runs/"): Case("GET", LIST),
    ("GET", f"{V1}/check-runs/{{id}}/"): Case("GET", SEES_A_API, "check_run"),
    ("GET", f"{V1}/templates/"): Case("GET", LIST),
    ("GET", f"{V1}/templates/{{id}}/"): Case("GET", IN_DISTRICT_API, "template"),
    ("GET", f"{V1}/requirements/"): Case("GET", LIST),
    ("GET", f"{V1}/requirements/{{id}}/"): Case("GET", IN_DISTRICT_API, "requirement"),
    ("GET", f"{V1}/feedback-items/"): Case("GET", LIST),
    ("POST", f"{V1}/feedback-items/"): Case("POST", api_step(REVIEWS_A), body="feedback_api"),
    ("GET", f"{V1}/feedback-items/{{id}}/"): Case("GET", SEES_A_API, "item_open"),
    ("POST", f"{V1}/feedback-items/{{id}}/reply/"): Case(
        "POST", api_step(REVIEWS_A | SCHOOL_SIDE_A), "item_open", body="reply"
    ),
    ("POST", f"{V1}/feedback-items/{{id}}/resolve/"): Case("POST", api_step(REVIEWS_A), "item_open"),
    ("POST", f"{V1}/feedback-items/{{id}}/drop/"): Case("POST", api_step(REVIEWS_A), "item_open"),
    ("POST", f"{V1}/feedback-items/{{id}}/reopen/"): Case("POST", api_step(REVIEWS_A), "item_resolved"),
    ("GET", f"{V1}/tokens/"): Case("GET", LIST),
    # Everyone with a role makes their own token (the signed-in service account gets a read-only
    # service token: api/tokens.py); the service account's tokens write nothing.
    ("POST", f"{V1}/tokens/"): Case(
        "POST", api(WRITES=AUTHENTICATED - TOKENS_ONLY, FORBIDDEN=TOKENS_ONLY), body="new_token"
    ),
    # Principal A's spare token: only its owner sees or revokes it.
    ("GET", f"{V1}/tokens/{{id}}/"): Case(
        "GET", api(OK={PRINCIPAL_A}, NOT_FOUND=AUTHENTICATED - {PRINCIPAL_A}), "spare_token"
    ),
    ("DELETE", f"{V1}/tokens/{{id}}/"): Case(
        "DELETE",
        api(
            WRITES={PRINCIPAL_A}, FORBIDDEN=TOKENS_ONLY, NOT_FOUND=AUTHENTICATED - TOKENS_ONLY - {PRINCIPAL_A}
        ),
        "spare_token",
    ),
}
