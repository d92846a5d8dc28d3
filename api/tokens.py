"""Creating and revoking API tokens (the only writers of ApiToken)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext as _

from api.models import ApiToken
from api.models.tokens import digest_of, new_key
from plans.errors import NotAllowed
from plans.models import Role, RoleGrant


def create_token(
    *, user: User, service: bool = False, days: int | None = None, name: str = ""
) -> tuple[str, ApiToken]:
    """A new token; the key is returned once and only its digest is kept.

    Principals, reviewers and district administrators get personal tokens (acting as themselves).
    A service token belongs to a service account and reads one district.
    """
    if not user.is_active:
        raise NotAllowed(_("The user is inactive."))
    roles = set(RoleGrant.objects.filter(user=user).values_list("role", "district_id"))
    district_id = None
    # A service account reads; every token it holds is a read-only service token, asked for or not.
    service = service or any(role == Role.SERVICE_ACCOUNT for role, _district in roles)
    if service:
        districts = {d for role, d in roles if role == Role.SERVICE_ACCOUNT}
        if len(districts) != 1:
            raise NotAllowed(
                _("A service token needs a user who is the service account of exactly one district.")
            )
        district_id = districts.pop()
    elif not roles and not user.is_superuser:
        raise NotAllowed(_("The user has no role, so a token would reach nothing."))
    key = new_key()
    now = timezone.now()
    valid_days = days if days is not None else settings.API_TOKEN_DAYS
    if valid_days < 1:
        raise NotAllowed(_("A token must be valid for at least one day."))
    token = ApiToken.objects.create(
        user=user,
        name=name[:100],
        prefix=key[:12],
        digest=digest_of(key),
        is_service=service,
        district_id=district_id,
        created_at=now,
        expires_at=now + datetime.timedelta(days=valid_days),
    )
    return key, token


def revoke_token(*, token: ApiToken, now: datetime.datetime | None = None) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = now or timezone.now()
        token.save(update_fields=["revoked_at"])
    return token
