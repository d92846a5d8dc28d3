"""The admin: a district admin manages their own district only; others get no admin at all."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from plans.models import Role, RoleGrant
from tests.conftest import World, client_for

pytestmark = pytest.mark.django_db


def test_district_admin_lists_only_own_districts_schools(district_admin: User, world: World) -> None:
    response = client_for(district_admin).get(reverse("admin:plans_school_changelist"))
    body = response.content.decode()
    assert response.status_code == 200
    assert world.school_a.name in body
    assert world.school_other_district.name not in body


def test_district_admin_cannot_open_another_districts_school(district_admin: User, world: World) -> None:
    url = reverse("admin:plans_school_change", args=[world.school_other_district.pk])
    response = client_for(district_admin).get(url)
    assert response.status_code in (302, 404)
    assert world.school_other_district.name not in response.content.decode()


def test_district_admin_can_edit_own_school(district_admin: User, world: World) -> None:
    url = reverse("admin:plans_school_change", args=[world.school_a.pk])
    assert client_for(district_admin).get(url).status_code == 200


@pytest.mark.parametrize(
    "model", ["area", "school", "schoolyear", "plan", "planversion", "planevent", "district"]
)
def test_district_admin_reaches_each_list_with_search_and_filters(district_admin: User, model: str) -> None:
    response = client_for(district_admin).get(reverse(f"admin:plans_{model}_changelist") + "?q=x")
    assert response.status_code == 200


def test_district_admin_sees_users_of_own_district_only(
    district_admin: User, principal_a: User, other_district_admin: User
) -> None:
    body = client_for(district_admin).get(reverse("admin:auth_user_changelist")).content.decode()
    assert "principal_a" in body
    assert "other_district_admin" not in body


def test_district_admin_cannot_make_a_superuser(district_admin: User, principal_a: User) -> None:
    body = (
        client_for(district_admin)
        .get(reverse("admin:auth_user_change", args=[principal_a.pk]))
        .content.decode()
    )
    assert 'name="is_superuser"' not in body
    assert 'name="role_grants-0-role"' in body


def test_district_admin_grants_a_role_only_in_own_district(district_admin: User, world: World) -> None:
    body = client_for(district_admin).get(reverse("admin:auth_user_add")).content.decode()
    assert world.other_district.name not in body


def test_audit_trail_is_read_only_in_the_admin(district_admin: User, world: World) -> None:
    assert client_for(district_admin).get(reverse("admin:plans_planevent_add")).status_code == 403


@pytest.mark.parametrize("role", ["principal_a", "reviewer_same_area", "service_account"])
def test_other_roles_have_no_admin(role: str, request: pytest.FixtureRequest) -> None:
    user = request.getfixturevalue(role)
    user.is_staff = True  # even if someone ticks the box, our permission module decides
    user.save()
    response = client_for(user).get(reverse("admin:plans_school_changelist"))
    assert response.status_code == 403


def test_roles_are_granted_through_the_admin_inline(district_admin: User, nobody: User, world: World) -> None:
    url = reverse("admin:auth_user_change", args=[nobody.pk])
    data = {
        "username": "nobody",
        "first_name": "",
        "last_name": "",
        "email": "",
        "is_active": "on",
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "2025-01-01",
        "date_joined_1": "00:00:00",
        "role_grants-TOTAL_FORMS": "1",
        "role_grants-INITIAL_FORMS": "0",
        "role_grants-MIN_NUM_FORMS": "0",
        "role_grants-MAX_NUM_FORMS": "1000",
        "role_grants-0-role": Role.PRINCIPAL,
        "role_grants-0-district": world.district.pk,
        "role_grants-0-school": world.school_a.pk,
        "role_grants-0-area": "",
    }
    response = client_for(district_admin).post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert RoleGrant.objects.filter(user=nobody, role=Role.PRINCIPAL, school=world.school_a).exists()


@pytest.mark.parametrize(
    "model", ["plans_school", "plans_area", "plans_schoolyear", "plans_plan", "plans_plantemplate"]
)
def test_another_districts_names_never_appear_in_the_filters(
    district_admin: User, world: World, model: str
) -> None:
    """Issue 14.8: the filters offer only what the district admin's own lists hold."""
    from tests.factories import PlanFactory

    PlanFactory(school=world.school_a, school_year=world.year)
    PlanFactory(school=world.school_other_district, school_year=world.other_year)
    body = client_for(district_admin).get(reverse(f"admin:{model}_changelist")).content.decode()
    assert world.other_district.name not in body
    other_area = world.school_other_district.area
    assert other_area is not None and other_area.name not in body
