"""Errors are application/problem+json (RFC 9457) with a stable code and a detail in Swedish by default
or English when asked; validation errors name their fields; unknown /api/ addresses are 404s too."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.api.builders import API, PROBLEM, api_client, seed
from tests.conftest import World

pytestmark = pytest.mark.django_db

PROBLEM_KEYS = {"type", "title", "status", "detail", "code"}


def assert_problem(response, status: int, code: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    assert response.status_code == status
    assert response["Content-Type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert set(body) >= PROBLEM_KEYS
    assert body["status"] == status
    assert body["code"] == code
    assert body["type"].endswith("/" + code)
    return body


def test_not_found_is_swedish_by_default(principal_a: User) -> None:
    body = assert_problem(api_client(principal_a).get(f"{API}/plans/999999/"), 404, "not_found")
    assert body["detail"] == "Hittades inte."


def test_not_found_in_english_when_asked(principal_a: User) -> None:
    body = assert_problem(
        api_client(principal_a, language="en").get(f"{API}/plans/999999/"), 404, "not_found"
    )
    assert body["detail"] == "Not found."


@pytest.mark.parametrize(("language", "word"), [("sv", "uppgifter"), ("en", "credentials")])
def test_unauthenticated_detail_follows_accept_language(world: World, language: str, word: str) -> None:
    response = Client().get(f"{API}/schools/", HTTP_ACCEPT_LANGUAGE=language)
    body = assert_problem(response, 401, "not_authenticated")
    assert word in body["detail"]


def test_the_code_is_the_same_in_both_languages(
    principal_a: User, world: World, district_admin: User
) -> None:
    rows = seed(world, reviewer=district_admin)
    codes = set()
    details = set()
    for language in ("sv", "en"):
        client = api_client(principal_a, language=language)
        response = client.post(f"{API}/plans/{rows.plan_a.pk}/approve/", {}, format="json")
        body = assert_problem(response, 403, "not_allowed")
        codes.add(body["code"])
        details.add(body["detail"])
    assert codes == {"not_allowed"}
    assert len(details) == 2  # translated


def test_validation_errors_name_the_fields(
    reviewer_same_area: User, world: World, district_admin: User
) -> None:
    rows = seed(world, reviewer=district_admin)
    client = api_client(reviewer_same_area, language="en")
    response = client.post(
        f"{API}/feedback-items/", {"version": rows.version_a.pk, "severity": "urgent"}, format="json"
    )
    body = assert_problem(response, 400, "invalid")
    assert set(body["errors"]) == {"severity", "text"}
    assert "severity" in body["detail"] and "text" in body["detail"]
    assert all(isinstance(message, str) for messages in body["errors"].values() for message in messages)


def test_validation_messages_are_swedish_by_default(principal_a: User) -> None:
    response = api_client(principal_a).post(
        f"{API}/plan-versions/", {"school": "123", "school_year": "2025"}, format="multipart"
    )
    body = assert_problem(response, 400, "invalid")
    assert set(body["errors"]) == {"school", "school_year", "file"}
    assert body["errors"]["file"] == ["Ingen fil skickades."]


def test_invalid_filter_value_is_a_named_400(principal_a: User) -> None:
    body = assert_problem(
        api_client(principal_a).get(f"{API}/plan-versions/", {"plan": "9.3e18"}), 400, "invalid"
    )
    assert set(body["errors"]) == {"plan"}
    body = assert_problem(api_client(principal_a).get(f"{API}/schools/", {"status": "lost"}), 400, "invalid")
    assert set(body["errors"]) == {"status"}


def test_state_conflict_is_409_with_a_reason(
    reviewer_same_area: User, world: World, district_admin: User
) -> None:
    rows = seed(world, reviewer=district_admin)
    response = api_client(reviewer_same_area, language="en").post(
        f"{API}/plans/{rows.plan_a.pk}/approve/", {}, format="json"
    )
    body = assert_problem(response, 409, "refused")
    assert "must-fix" in body["detail"]


def test_wrong_method_is_405_problem_json(principal_a: User) -> None:
    assert_problem(api_client(principal_a).delete(f"{API}/schools/"), 405, "method_not_allowed")


@pytest.mark.parametrize(
    "path", ["/api/v2/schools/", "/api/v1/nothing/", "/api/v1/schools/abc/extra/", "/api/"]
)
def test_unknown_api_addresses_are_404_problem_json(path: str, principal_a: User) -> None:
    body = assert_problem(api_client(principal_a).get(path), 404, "not_found")
    assert body["detail"]  # Swedish once the catalogue has it (see the CI's catalogue test)


def test_unknown_api_address_in_english(principal_a: User) -> None:
    body = assert_problem(api_client(principal_a, language="en").get("/api/v1/nothing/"), 404, "not_found")
    assert body["detail"] == "No such address."


def test_unknown_page_outside_the_api_stays_html(principal_a: User) -> None:
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


def test_a_service_tokens_write_is_refused_in_the_asked_language(service_account: User) -> None:
    client = api_client(service_account, service=True, language="en")
    body = assert_problem(client.post(f"{API}/tokens/", {}, format="json"), 403, "permission_denied")
    assert body["detail"] == "A service token is read-only."


def test_unknown_school_year_is_404_naming_it(principal_a: User) -> None:
    response = api_client(principal_a, language="en").get(f"{API}/school-years/2031%2F32/summary/")
    body = assert_problem(response, 404, "not_found")
    assert "2031/32" in body["detail"]
