"""THE permission module: who may see and do what. Views, the admin, commands and the API call it.

Rules in one place:
- a principal sees and works on the plans of their own schools only;
- a reviewer sees every school of their district (the district lawyer needs the whole picture) and
  reviews the schools assigned to them, through an area or one school;
- a district administrator sees and manages everything in their district;
- a service account reads everything in its district and changes nothing;
- nobody sees anything of another district. Superusers operate the platform and may do everything.
An object someone may not see answers 404, never 403, so its existence does not leak.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Final

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Model, Q, QuerySet
from django.utils.translation import gettext as _

from plans.errors import NotAllowed
from plans.models import (
    Area,
    District,
    Plan,
    PlanEvent,
    PlanTemplate,
    PlanVersion,
    Requirement,
    Role,
    RoleGrant,
    School,
    SchoolYear,
)


class Action(enum.StrEnum):
    VIEW = "view"  # see the object (district, area, school, school year, plan, version)
    UPLOAD_VERSION = "upload_version"  # upload a new version of a school's plan
    SUBMIT = "submit"  # hand the plan in for review
    ANSWER_FEEDBACK = "answer_feedback"  # reply to feedback on a plan
    REVIEW = "review"  # write feedback on a plan
    DECIDE = "decide"  # request changes or approve
    ADMINISTER = "administer"  # manage the district's areas, schools, school years, users and roles


class Operator:
    """Someone at the server's command line: already has the database, so may do everything."""

    is_authenticated: Final = True
    is_active: Final = True
    is_superuser: Final = True
    pk = None

    def __str__(self) -> str:
        return "command line"


OPERATOR: Final = Operator()

Actor = User | AbstractBaseUser | AnonymousUser | Operator


@dataclass(frozen=True)
class Grants:
    """What one user may reach, read once from RoleGrant rows and kept on the user object."""

    superuser: bool = False
    view_districts: frozenset[int] = field(default_factory=frozenset)
    admin_districts: frozenset[int] = field(default_factory=frozenset)
    service_districts: frozenset[int] = field(default_factory=frozenset)
    principal_schools: frozenset[int] = field(default_factory=frozenset)
    review_areas: frozenset[int] = field(default_factory=frozenset)
    review_schools: frozenset[int] = field(default_factory=frozenset)


NO_GRANTS: Final = Grants()
_CACHE_ATTRIBUTE = "_plans_grants"


def grants_of(user: Actor) -> Grants:
    if isinstance(user, Operator):
        return Grants(superuser=True)
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return NO_GRANTS
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if isinstance(cached, Grants):
        return cached
    if getattr(user, "is_superuser", False):
        grants = Grants(superuser=True)
    elif user.pk is None:
        grants = NO_GRANTS
    else:
        view, admin, service, principal, areas, schools = set(), set(), set(), set(), set(), set()
        for role, district_id, area_id, school_id in RoleGrant.objects.filter(user__pk=user.pk).values_list(
            "role", "district_id", "area_id", "school_id"
        ):
            if role == Role.PRINCIPAL:
                principal.add(school_id)
            elif role == Role.REVIEWER:
                view.add(district_id)
                if area_id:
                    areas.add(area_id)
                else:
                    schools.add(school_id)
            elif role == Role.DISTRICT_ADMIN:
                view.add(district_id)
                admin.add(district_id)
            elif role == Role.SERVICE_ACCOUNT:
                view.add(district_id)
                service.add(district_id)
        grants = Grants(
            view_districts=frozenset(view),
            admin_districts=frozenset(admin),
            service_districts=frozenset(service),
            principal_schools=frozenset(principal),
            review_areas=frozenset(areas),
            review_schools=frozenset(schools),
        )
    setattr(user, _CACHE_ATTRIBUTE, grants)
    return grants


def forget_grants(user: Actor) -> None:
    """Call after changing a user's roles within the same request."""
    if hasattr(user, _CACHE_ATTRIBUTE):
        delattr(user, _CACHE_ATTRIBUTE)


# --- Visibility: querysets that every list and lookup starts from ---


def _school_q(grants: Grants, prefix: str = "") -> Q:
    if grants.superuser:
        return Q()
    return Q(**{f"{prefix}district_id__in": grants.view_districts}) | Q(
        **{f"{prefix}id__in": grants.principal_schools}
    )


def _nothing(grants: Grants) -> bool:
    return not grants.superuser and not grants.view_districts and not grants.principal_schools


def visible_schools(user: Actor) -> QuerySet[School]:
    grants = grants_of(user)
    if _nothing(grants):
        return School.objects.none()
    return School.objects.filter(_school_q(grants))


def visible_plans(user: Actor) -> QuerySet[Plan]:
    grants = grants_of(user)
    if _nothing(grants):
        return Plan.objects.none()
    return Plan.objects.filter(_school_q(grants, "school__"))


def visible_versions(user: Actor) -> QuerySet[PlanVersion]:
    grants = grants_of(user)
    if _nothing(grants):
        return PlanVersion.objects.none()
    return PlanVersion.objects.filter(_school_q(grants, "plan__school__"))


def visible_events(user: Actor) -> QuerySet[PlanEvent]:
    grants = grants_of(user)
    if _nothing(grants):
        return PlanEvent.objects.none()
    return PlanEvent.objects.filter(_school_q(grants, "plan__school__"))


def _district_ids_seen(grants: Grants) -> Q:
    """Districts a user reaches at all: their grants' districts, or their schools' districts."""
    return Q(id__in=grants.view_districts) | Q(schools__id__in=grants.principal_schools)


def visible_districts(user: Actor) -> QuerySet[District]:
    grants = grants_of(user)
    if grants.superuser:
        return District.objects.all()
    if _nothing(grants):
        return District.objects.none()
    return District.objects.filter(_district_ids_seen(grants)).distinct()


def visible_school_years(user: Actor) -> QuerySet[SchoolYear]:
    grants = grants_of(user)
    if grants.superuser:
        return SchoolYear.objects.all()
    if _nothing(grants):
        return SchoolYear.objects.none()
    return SchoolYear.objects.filter(
        Q(district_id__in=grants.view_districts) | Q(district__schools__id__in=grants.principal_schools)
    ).distinct()


def visible_areas(user: Actor) -> QuerySet[Area]:
    grants = grants_of(user)
    if grants.superuser:
        return Area.objects.all()
    if _nothing(grants):
        return Area.objects.none()
    return Area.objects.filter(
        Q(district_id__in=grants.view_districts) | Q(schools__id__in=grants.principal_schools)
    ).distinct()


# --- Administration (the admin site and imports) ---


def administered_districts(user: Actor) -> QuerySet[District]:
    grants = grants_of(user)
    if grants.superuser:
        return District.objects.all()
    return District.objects.filter(id__in=grants.admin_districts)


def administered_users(user: Actor) -> QuerySet[User]:
    """Users a district admin manages: those holding a role in their district, or no role at all yet."""
    grants = grants_of(user)
    if grants.superuser:
        return User.objects.all()
    if not grants.admin_districts:
        return User.objects.none()
    return User.objects.filter(
        Q(role_grants__district_id__in=grants.admin_districts)
        | Q(role_grants__isnull=True, is_superuser=False)
    ).distinct()


def visible_templates(user: Actor) -> QuerySet[PlanTemplate]:
    """The shipped templates and those of the user's districts."""
    grants = grants_of(user)
    if grants.superuser:
        return PlanTemplate.objects.all()
    if _nothing(grants):
        return PlanTemplate.objects.none()
    districts = visible_districts(user).values("id")
    return PlanTemplate.objects.filter(Q(district__isnull=True) | Q(district_id__in=districts))


def is_district_admin(user: Actor) -> bool:
    grants = grants_of(user)
    return grants.superuser or bool(grants.admin_districts)


# --- Decisions about one object ---


def _district_id(obj: Model) -> int | None:
    if isinstance(obj, District):
        return obj.pk
    if isinstance(obj, Area | School | SchoolYear | RoleGrant | PlanTemplate):
        return obj.district_id
    if isinstance(obj, Requirement):
        return obj.template.district_id
    if isinstance(obj, Plan):
        return obj.school.district_id
    if isinstance(obj, PlanVersion | PlanEvent):
        return obj.plan.school.district_id
    return None


def _school(obj: Model) -> School | None:
    if isinstance(obj, School):
        return obj
    if isinstance(obj, Plan):
        return obj.school
    if isinstance(obj, PlanVersion | PlanEvent):
        return obj.plan.school
    return None


def _reviews_school(grants: Grants, school: School) -> bool:
    return school.pk in grants.review_schools or (
        school.area_id is not None and school.area_id in grants.review_areas
    )


def can(user: Actor, action: Action, obj: Model) -> bool:
    grants = grants_of(user)
    if grants.superuser:
        return True
    if grants is NO_GRANTS:
        return False
    district_id = _district_id(obj)
    school = _school(obj)
    is_principal = school is not None and school.pk in grants.principal_schools
    is_admin = district_id in grants.admin_districts
    if action == Action.VIEW:
        if isinstance(obj, District | SchoolYear | Area) and district_id is not None:
            # A principal sees the district, its areas and its school years through their schools.
            return district_id in grants.view_districts or _principal_in_district(grants, district_id)
        return district_id in grants.view_districts or is_principal
    if action in (Action.UPLOAD_VERSION, Action.SUBMIT, Action.ANSWER_FEEDBACK):
        return school is not None and (is_principal or is_admin)
    if action in (Action.REVIEW, Action.DECIDE):
        return school is not None and (is_admin or _reviews_school(grants, school))
    if action == Action.ADMINISTER:
        return is_admin
    return False


def _principal_in_district(grants: Grants, district_id: int) -> bool:
    if not grants.principal_schools:
        return False
    return School.objects.filter(id__in=grants.principal_schools, district_id=district_id).exists()


def require(user: Actor, action: Action, obj: Model) -> None:
    """Raise NotAllowed unless `user` may do `action` to `obj` (callers make unseen objects 404 first)."""
    if not can(user, action, obj):
        raise NotAllowed(_("You are not allowed to do this (%(action)s).") % {"action": action_label(action)})


def action_label(action: Action) -> str:
    labels: dict[Action, str] = {
        Action.VIEW: _("view"),
        Action.UPLOAD_VERSION: _("upload a new version"),
        Action.SUBMIT: _("submit the plan"),
        Action.ANSWER_FEEDBACK: _("answer feedback"),
        Action.REVIEW: _("review the plan"),
        Action.DECIDE: _("decide on the plan"),
        Action.ADMINISTER: _("administer the district"),
    }
    return labels[action]


def role_names(user: Actor) -> list[str]:
    """The roles a user holds, for the start page and the menu."""
    grants = grants_of(user)
    names: list[str] = []
    if grants.superuser:
        names.append("superuser")
    if grants.principal_schools:
        names.append(Role.PRINCIPAL)
    if grants.review_areas or grants.review_schools:
        names.append(Role.REVIEWER)
    if grants.admin_districts:
        names.append(Role.DISTRICT_ADMIN)
    if grants.service_districts:
        names.append(Role.SERVICE_ACCOUNT)
    return names


# Who reads the whole district's picture (the overview and its exports): its lawyers, its
# administrators and its read-only service account, which reads everything in its district.
OVERVIEW_ROLES = frozenset({Role.REVIEWER, Role.DISTRICT_ADMIN, Role.SERVICE_ACCOUNT, "superuser"})


def may_see_overview(user: Actor) -> bool:
    return bool(OVERVIEW_ROLES.intersection(role_names(user)))
