"""Each role lands on its own start page after signing in; a safe `next` wins; `/` stays the schools page."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from plans.models import Role
from plans.start import start_page_for
from tests.conftest import PASSWORD, World, client_for
from tests.factories import RoleGrantFactory, UserFactory

pytestmark = pytest.mark.django_db


def sign_in(username: str, next_url: str | None = None) -> str:
    data = {"username": username, "password": PASSWORD}
    if next_url is not None:
        data["next"] = next_url
    response = Client().post(reverse("login"), data)
    assert response.status_code == 302, response.content.decode()[:500]
    return str(response["Location"])


@pytest.mark.parametrize(
    ("fixture", "page"),
    [
        ("principal_a", "home"),
        ("reviewer_same_area", "reviews:queue"),
        ("district_admin", "reviews:overview"),
        ("service_account", "home"),
        ("nobody", "home"),
    ],
)
def test_each_role_lands_on_its_start_page(request: pytest.FixtureRequest, fixture: str, page: str) -> None:
    user: User = request.getfixturevalue(fixture)
    assert sign_in(user.username) == reverse(page)
    assert start_page_for(user) == reverse(page)


def test_several_roles_go_to_the_most_specific(world: World, reviewer_same_area: User) -> None:
    RoleGrantFactory(
        user=reviewer_same_area, role=Role.PRINCIPAL, school=world.school_a, district=world.district
    )
    assert sign_in("reviewer_same_area") == reverse("reviews:queue")
    RoleGrantFactory(user=reviewer_same_area, role=Role.DISTRICT_ADMIN, district=world.district)
    assert sign_in("reviewer_same_area") == reverse("reviews:overview")


def test_superuser_lands_on_the_overview(db: None) -> None:
    UserFactory(username="operator", is_superuser=True, is_staff=True)
    assert sign_in("operator") == reverse("reviews:overview")


def test_a_safe_next_wins(principal_a: User, world: World) -> None:
    wanted = reverse("plans:school", args=[world.school_a.pk])
    assert sign_in("principal_a", wanted) == wanted


@pytest.mark.parametrize(
    "unsafe", ["https://evil.example/", "//evil.example/path", "javascript:alert(1)", "http:///evil.example"]
)
def test_an_unsafe_next_is_ignored(reviewer_same_area: User, unsafe: str) -> None:
    assert sign_in("reviewer_same_area", unsafe) == reverse("reviews:queue")


def test_start_redirects_a_signed_in_user_and_asks_others_to_sign_in(reviewer_same_area: User) -> None:
    response = client_for(reviewer_same_area).get(reverse("start"))
    assert (response.status_code, response["Location"]) == (302, reverse("reviews:queue"))
    anonymous = Client().get(reverse("start"))
    assert anonymous["Location"].startswith(reverse("login"))


def test_signed_in_user_visiting_the_login_page_goes_to_the_start_page(district_admin: User) -> None:
    response = client_for(district_admin).get(reverse("login"))
    assert (response.status_code, response["Location"]) == (302, reverse("reviews:overview"))


def test_slash_stays_the_schools_page_for_every_role(reviewer_same_area: User, district_admin: User) -> None:
    for user in (reviewer_same_area, district_admin):
        response = client_for(user).get("/")
        assert response.status_code == 200
