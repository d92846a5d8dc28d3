"""Looking up a school year by its label, the way every API address and filter does."""

from __future__ import annotations

from typing import cast

from django.utils.translation import gettext as _
from rest_framework.request import Request

from api.permissions import service_token
from plans import permissions
from plans.errors import NotFound
from plans.models import SchoolYear


def school_year_for(request: Request, label: str) -> SchoolYear:
    """A school year by label among those the user sees (?district= when they see several)."""
    years = permissions.visible_school_years(request.user).filter(label=label)
    token = service_token(request)
    if token is not None:
        years = years.filter(district_id=cast(int, token.district_id))
    district = request.query_params.get("district")
    if district and district.isdigit():
        years = years.filter(district_id=int(district))
    year = years.order_by("district_id").first()
    if year is None:
        raise NotFound(_("No school year %(label)s that you can see.") % {"label": label})
    return year
