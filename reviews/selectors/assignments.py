"""Who reviews which school: per-school reviewer grants over the area's, deputies beside them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.contrib.auth.models import User

from plans.models import Role, RoleGrant, School


@dataclass
class Assignment:
    reviewers: list[int] = field(default_factory=list)
    deputies: list[int] = field(default_factory=list)


def assignments(schools: Sequence[School]) -> dict[int, Assignment]:
    """Each school's reviewers: its own reviewer grants if it has any (a per-school override), else
    its area's. Deputies stand in for them."""
    district_ids = {school.district_id for school in schools}
    by_school: dict[int, Assignment] = defaultdict(Assignment)
    by_area: dict[int, Assignment] = defaultdict(Assignment)
    grants = RoleGrant.objects.filter(role=Role.REVIEWER, district_id__in=district_ids, user__is_active=True)
    for user_id, area_id, school_id, deputy in grants.values_list(
        "user_id", "area_id", "school_id", "is_deputy"
    ):
        target = by_school[school_id] if school_id else by_area[area_id]
        (target.deputies if deputy else target.reviewers).append(user_id)
    result: dict[int, Assignment] = {}
    for school in schools:
        own = by_school.get(school.pk)
        if own and own.reviewers:
            result[school.pk] = own
        else:
            area = by_area.get(school.area_id, Assignment()) if school.area_id else Assignment()
            result[school.pk] = Assignment(
                reviewers=list(area.reviewers), deputies=list(area.deputies) + (own.deputies if own else [])
            )
    return result


def reviewer_names(assigned: dict[int, Assignment]) -> dict[int, str]:
    """school id → its reviewers' names (not the deputies'), for exports: one query."""
    user_ids = {user_id for a in assigned.values() for user_id in a.reviewers}
    names = {u.pk: u.get_full_name() or u.get_username() for u in User.objects.filter(pk__in=user_ids)}
    return {
        school_id: ", ".join(sorted(names[u] for u in a.reviewers if u in names))
        for school_id, a in assigned.items()
    }
