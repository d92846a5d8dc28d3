"""Who sees and does what: the access matrix over every page and every role."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.urls import reverse

from plans import permissions
from plans.models import PlanVersion
from plans.permissions import Action
from tests.conftest import World, client_for
from tests.factories import PlanFactory, PlanVersionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def versions(world: World) -> dict[str, PlanVersion]:
    return {
        "a": PlanVersionFactory(plan=PlanFactory(school=world.school_a, school_year=world.year), number=1),
        "b": PlanVersionFactory(plan=PlanFactory(school=world.school_b, school_year=world.year), number=1),
        "other": PlanVersionFactory(
            plan=PlanFactory(school=world.school_other_district, school_year=world.other_year), number=1
        ),
    }


def test_principal_sees_only_own_schools_plans(principal_a: User, versions: dict[str, PlanVersion]) -> None:
    assert list(permissions.visible_plans(principal_a)) == [versions["a"].plan]
    assert list(permissions.visible_versions(principal_a)) == [versions["a"]]


def test_principal_cannot_see_another_schools_plan(
    principal_a: User, versions: dict[str, PlanVersion]
) -> None:
    client = client_for(principal_a)
    for version in (versions["b"], versions["other"]):
        assert client.get(reverse("plans:plan", args=[version.plan.pk])).status_code == 404
        assert client.get(reverse("plans:version", args=[version.pk])).status_code == 404
        assert client.get(reverse("plans:version-download", args=[version.pk])).status_code == 404
        assert client.get(reverse("plans:school", args=[version.plan.school.pk])).status_code == 404


def test_reviewer_never_sees_another_districts_plans(
    reviewer_same_area: User, versions: dict[str, PlanVersion]
) -> None:
    visible = set(permissions.visible_versions(reviewer_same_area))
    assert visible == {versions["a"], versions["b"]}  # the whole own district, nothing else
    client = client_for(reviewer_same_area)
    assert client.get(reverse("plans:version", args=[versions["other"].pk])).status_code == 404
    assert client.get(reverse("plans:version", args=[versions["b"].pk])).status_code == 200


def test_reviewer_reviews_only_assigned_schools(
    reviewer_same_area: User, reviewer_other_area: User, versions: dict[str, PlanVersion]
) -> None:
    plan_a = versions["a"].plan
    assert permissions.can(reviewer_same_area, Action.REVIEW, plan_a)
    assert not permissions.can(reviewer_other_area, Action.REVIEW, plan_a)
    assert permissions.can(reviewer_other_area, Action.VIEW, plan_a)


def test_service_account_reads_district_and_changes_nothing(
    service_account: User, versions: dict[str, PlanVersion]
) -> None:
    plan = versions["a"].plan
    assert set(permissions.visible_versions(service_account)) == {versions["a"], versions["b"]}
    for action in (Action.UPLOAD_VERSION, Action.SUBMIT, Action.REVIEW, Action.DECIDE, Action.ADMINISTER):
        assert not permissions.can(service_account, action, plan)


def test_district_admin_administers_only_own_district(
    district_admin: User, world: World, versions: dict[str, PlanVersion]
) -> None:
    assert permissions.can(district_admin, Action.ADMINISTER, world.school_a)
    assert permissions.can(district_admin, Action.UPLOAD_VERSION, versions["b"].plan)
    assert not permissions.can(district_admin, Action.ADMINISTER, world.school_other_district)
    assert not permissions.can(district_admin, Action.VIEW, versions["other"])


def test_user_without_roles_and_anonymous_see_nothing(nobody: User, versions: dict[str, PlanVersion]) -> None:
    for user in (nobody, AnonymousUser()):
        assert not permissions.visible_plans(user).exists()
        assert not permissions.visible_schools(user).exists()
        assert not permissions.can(user, Action.VIEW, versions["a"])


def test_inactive_user_loses_every_right(principal_a: User, versions: dict[str, PlanVersion]) -> None:
    principal_a.is_active = False
    permissions.forget_grants(principal_a)
    assert not permissions.visible_plans(principal_a).exists()


# Every page × every role: 200 where the role may see, 404 where it may not (never 403, never 500).
ROLES = [
    "principal_a",
    "principal_b",
    "reviewer_same_area",
    "reviewer_other_district",
    "district_admin",
    "service_account",
    "nobody",
]
SEES_A = {"principal_a", "reviewer_same_area", "district_admin", "service_account"}
UPLOADS_A = {"principal_a", "district_admin"}


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(role: str, request: pytest.FixtureRequest, versions: dict[str, PlanVersion]) -> None:
    user = request.getfixturevalue(role)
    client = client_for(user)
    version = versions["a"]
    pages = {
        reverse("plans:school", args=[version.plan.school.pk]): SEES_A,
        reverse("plans:plan", args=[version.plan.pk]): SEES_A,
        reverse("plans:version", args=[version.pk]): SEES_A,
        reverse("plans:version-status", args=[version.pk]): SEES_A,
        reverse("plans:version-download", args=[version.pk]): SEES_A,
    }
    for url, allowed in pages.items():
        expected = 200 if role in allowed else 404
        assert client.get(url).status_code == expected, url
    upload_url = reverse("plans:upload", args=[version.plan.school.pk])
    expected = 200 if role in UPLOADS_A else (403 if role in SEES_A else 404)
    assert client.get(upload_url).status_code == expected
    assert client.get(reverse("home")).status_code == 200


def test_anonymous_is_sent_to_sign_in(client, versions: dict[str, PlanVersion]) -> None:  # type: ignore[no-untyped-def]
    response = client.get(reverse("plans:version", args=[versions["a"].pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
