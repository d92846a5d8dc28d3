"""Issue 13.2: failures outside a view's own handling are named, never a bare 500, and every
/api/ error is problem+json — including 413, the framework's own 400s and a database that is down."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import User
from django.db import OperationalError
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from plans import permissions
from tests.api.builders import API, api_client
from tests.conftest import World

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def client(user: User) -> APIClient:
    """A token client that gets the response a real client would, not the test's exception."""
    api = api_client(user, language="en")
    api.raise_request_exception = False
    return api


def assert_problem(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def, type-arg]
    assert response.status_code == status
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status and body["code"] == code and body["detail"]
    return body  # type: ignore[no-any-return]


def test_a_database_that_cannot_be_reached_is_503_with_retry_after(  # type: ignore[no-untyped-def]
    principal_a: User, world: World, monkeypatch
) -> None:
    api = client(principal_a)

    def down(*args: object, **kwargs: object) -> None:
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(permissions, "visible_schools", down)
    response = api.get(f"{API}/schools/")
    assert_problem(response, 503, "database_unavailable")
    assert int(response["Retry-After"]) > 0


def test_a_page_with_the_database_down_says_so_in_swedish(  # type: ignore[no-untyped-def]
    principal_a: User, world: World, monkeypatch
) -> None:
    web = Client(raise_request_exception=False)
    web.force_login(principal_a)

    def down(*args: object, **kwargs: object) -> None:
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(permissions, "visible_schools", down)
    response = web.get("/", HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 503 and response["Retry-After"]
    assert "databasen" in response.content.decode().lower()


def test_a_body_nested_five_thousand_levels_deep_is_400_problem_json(principal_a: User, world: World) -> None:
    body = '{"name": ' + "[" * 5000 + "]" * 5000 + "}"
    response = client(principal_a).post(f"{API}/tokens/", body, content_type="application/json")
    assert_problem(response, 400, "too_deeply_nested")


def test_a_body_with_too_many_fields_is_400_problem_json(principal_a: User, world: World) -> None:
    fields = {f"field{i}": "x" for i in range(300)}
    response = client(principal_a).post(f"{API}/plan-versions/", fields, format="multipart")
    assert_problem(response, 400, "too_many_fields")


def test_a_body_over_the_limit_is_413_problem_json(principal_a: User, world: World, settings) -> None:  # type: ignore[no-untyped-def]
    settings.REQUEST_MAX_BYTES = 1000
    response = client(principal_a).post(
        f"{API}/tokens/", json.dumps({"name": "x" * 2000}), content_type="application/json"
    )
    assert_problem(response, 413, "too_large")


def test_a_cache_that_cannot_be_reached_lets_requests_through(  # type: ignore[no-untyped-def]
    principal_a: User, world: World, settings
) -> None:
    """Throttling counts in Redis; while Redis restarts the limits fail open instead of every request
    failing (the fault suite found a 500 on every API call while Redis was away)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing answers there
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
    response = client(principal_a).get(f"{API}/plan-versions/")
    assert response.status_code == 200
    reset = Client().post(reverse("password_reset"), {"email": "rektor@example.invalid"})
    assert reset.status_code in (200, 302)
