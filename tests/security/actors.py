"""Who knocks: the matrix's columns, and how each one authenticates on pages and on the API.

People sign in to pages with a session and call the API with their personal token. The service
account's two tokens send only the Authorization header, so pages must treat them as anonymous.
"""

from __future__ import annotations

from typing import Final

ANONYMOUS: Final = "anonymous"
PRINCIPAL_A: Final = "principal_a"  # principal of school A (area A), whose objects every URL names
PRINCIPAL_B: Final = "principal_b"  # principal of school B (area B), same district
REVIEWER_HERE: Final = "reviewer_this_area"  # reviews area A
REVIEWER_ELSEWHERE: Final = "reviewer_other_area"  # reviews area B: sees school A, reviews none of it
DEPUTY: Final = "deputy"  # stands in for the reviewer of area A
ADMIN: Final = "district_admin"
SERVICE_ACCOUNT: Final = "service_account"  # the service account's user, signed in (it has a password)
SERVICE_TOKEN: Final = "service_token"
SERVICE_PERSONAL_TOKEN: Final = "service_personal_token"  # a token of the service account, not marked service
OTHER_ADMIN: Final = "other_district_admin"
OTHER_PRINCIPAL: Final = "other_district_principal"

ACTORS: Final = (
    ANONYMOUS,
    PRINCIPAL_A,
    PRINCIPAL_B,
    REVIEWER_HERE,
    REVIEWER_ELSEWHERE,
    DEPUTY,
    ADMIN,
    SERVICE_ACCOUNT,
    SERVICE_TOKEN,
    SERVICE_PERSONAL_TOKEN,
    OTHER_ADMIN,
    OTHER_PRINCIPAL,
)
EVERYONE: Final = frozenset(ACTORS)

# Actors that reach the API only through a token: on a page they carry no session.
TOKENS_ONLY: Final = frozenset({SERVICE_TOKEN, SERVICE_PERSONAL_TOKEN})
# What a page sees as nobody signed in.
NO_SESSION: Final = frozenset({ANONYMOUS}) | TOKENS_ONLY
SIGNED_IN: Final = EVERYONE - NO_SESSION
AUTHENTICATED: Final = EVERYONE - {ANONYMOUS}

OTHER_DISTRICT: Final = frozenset({OTHER_ADMIN, OTHER_PRINCIPAL})
# Signed in, and may not see school A at all.
OUTSIDERS: Final = OTHER_DISTRICT | {PRINCIPAL_B}
# Everyone of school A's district, through any credential.
IN_DISTRICT: Final = AUTHENTICATED - OTHER_DISTRICT
SEES_A: Final = IN_DISTRICT - {PRINCIPAL_B}
SEES_A_ON_PAGES: Final = SEES_A - TOKENS_ONLY
SCHOOL_SIDE_A: Final = frozenset({PRINCIPAL_A, ADMIN})  # upload, submit, answer feedback
REVIEWS_A: Final = frozenset({REVIEWER_HERE, DEPUTY, ADMIN})  # feedback, decisions, letters
# Read-only whatever they ask for: the service account however it authenticates.
SERVICE: Final = TOKENS_ONLY | {SERVICE_ACCOUNT}

# Text that must never reach someone who may not see it, in any response body.
SCHOOL_A_MARKERS: Final = ("Ekbacken", "11111111")
DISTRICT_MARKERS: Final = ("Exempelstad",)
MUST_NOT_READ: Final[dict[str, tuple[str, ...]]] = {
    ANONYMOUS: SCHOOL_A_MARKERS + DISTRICT_MARKERS,
    PRINCIPAL_B: SCHOOL_A_MARKERS,
    OTHER_ADMIN: SCHOOL_A_MARKERS + DISTRICT_MARKERS,
    OTHER_PRINCIPAL: SCHOOL_A_MARKERS + DISTRICT_MARKERS,
}
