"""Shared fixtures: two districts, schools in two areas, and one user per role (STYLE 3.8)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.http import HttpRequest
from django.test import Client

from plans.models import Area, District, Role, School, SchoolYear
from tests.factories import (
    AreaFactory,
    DistrictFactory,
    RoleGrantFactory,
    SchoolFactory,
    SchoolYearFactory,
    UserFactory,
)
from worker.celery import app as celery_app

PASSWORD = "test-password-123"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(autouse=True)
def _isolated_files(settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each test stores plan files in its own folder."""
    settings.PLAN_FILES_DIR = tmp_path / "plan-files"


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    """Rate-limit and throttle counters live in the cache: each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _eager_celery() -> Iterator[None]:
    """Unit tests run tasks in-process; the integration tests start real workers instead."""
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    yield
    celery_app.conf.task_always_eager = False


@pytest.fixture(autouse=True)
def _login_passes_a_request(monkeypatch: pytest.MonkeyPatch) -> None:
    """django-axes needs the request in authenticate(); Client.login gives none, so give it a blank one.

    This is axes' own advice for tests (docs/3_usage: "supply ... a blank HttpRequest()").
    """
    login = Client.login

    def login_with_request(self: Client, **credentials: object) -> bool:
        request = HttpRequest()
        request.META["REMOTE_ADDR"] = "127.0.0.1"  # the test client's address
        credentials.setdefault("request", request)
        return login(self, **credentials)

    monkeypatch.setattr(Client, "login", login_with_request)


@dataclass
class World:
    district: District
    other_district: District
    area_a: Area
    area_b: Area
    school_a: School
    school_b: School
    school_other_district: School
    year: SchoolYear
    other_year: SchoolYear


@pytest.fixture
def world(db: None) -> World:
    district = DistrictFactory(name="Exempelstad")
    other = DistrictFactory(name="Annanstad")
    area_a = AreaFactory(district=district, name="Grundskoleavdelningen")
    area_b = AreaFactory(district=district, name="Gymnasieavdelningen")
    return World(
        district=district,
        other_district=other,
        area_a=area_a,
        area_b=area_b,
        school_a=SchoolFactory(area=area_a, name="Ekbacken", skolenhetskod="11111111"),
        school_b=SchoolFactory(
            area=area_b, name="Västra gymnasiet", skolenhetskod="22222222", forms=["gymnasieskola"]
        ),
        school_other_district=SchoolFactory(
            area=AreaFactory(district=other), name="Annanskolan", skolenhetskod="33333333"
        ),
        year=SchoolYearFactory(district=district, label="2025/26"),
        other_year=SchoolYearFactory(district=other, label="2025/26"),
    )


def _user(username: str, **grant: object) -> User:
    user = UserFactory(username=username, first_name=username.capitalize())
    if grant:
        RoleGrantFactory(user=user, **grant)
    return user


@pytest.fixture
def principal_a(world: World) -> User:
    return _user("principal_a", role=Role.PRINCIPAL, school=world.school_a, district=world.district)


@pytest.fixture
def principal_b(world: World) -> User:
    return _user("principal_b", role=Role.PRINCIPAL, school=world.school_b, district=world.district)


@pytest.fixture
def reviewer_same_area(world: World) -> User:
    return _user("reviewer_same_area", role=Role.REVIEWER, area=world.area_a, district=world.district)


@pytest.fixture
def reviewer_other_area(world: World) -> User:
    return _user("reviewer_other_area", role=Role.REVIEWER, area=world.area_b, district=world.district)


@pytest.fixture
def reviewer_other_district(world: World) -> User:
    area = world.school_other_district.area
    return _user("reviewer_other_district", role=Role.REVIEWER, area=area, district=world.other_district)


@pytest.fixture
def district_admin(world: World) -> User:
    user = _user("district_admin", role=Role.DISTRICT_ADMIN, district=world.district)
    user.is_staff = True
    user.save()
    return user


@pytest.fixture
def other_district_admin(world: World) -> User:
    user = _user("other_district_admin", role=Role.DISTRICT_ADMIN, district=world.other_district)
    user.is_staff = True
    user.save()
    return user


@pytest.fixture
def service_account(world: World) -> User:
    return _user("service_account", role=Role.SERVICE_ACCOUNT, district=world.district)


@pytest.fixture
def nobody(world: World) -> User:
    return _user("nobody")


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client
