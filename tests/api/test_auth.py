"""Tokens (hashed, expiring, revocable, last use recorded; personal and read-only service tokens),
the createtoken command, session auth with CSRF, and access through plans.permissions."""

from __future__ import annotations

import datetime
import io

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import timezone
from rest_framework.test import APIClient

from api.models import ApiToken
from tests.api.builders import API, PROBLEM, api_client, client_with, results, seed, token_for
from tests.conftest import World

pytestmark = pytest.mark.django_db


def test_no_token_is_401_problem_json_and_names_the_scheme(world: World) -> None:
    response = APIClient().get(f"{API}/schools/")
    assert response.status_code == 401
    assert response["Content-Type"] == PROBLEM
    assert response["WWW-Authenticate"] == "Token"
    assert response.json()["code"] == "not_authenticated"


@pytest.mark.parametrize("header", ["Token", "Token a b", "Token pgr_unknown"])
def test_malformed_or_unknown_token_is_401(world: World, header: str) -> None:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=header)
    response = client.get(f"{API}/schools/")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


def test_token_reads_and_records_last_use(principal_a: User) -> None:
    key = token_for(principal_a)
    token = ApiToken.objects.get()
    assert token.last_used_at is None
    response = client_with(key).get(f"{API}/schools/")
    assert response.status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None
    assert timezone.now() - token.last_used_at < datetime.timedelta(seconds=5)


def test_last_use_is_written_at_most_once_a_minute(principal_a: User) -> None:
    client = client_with(token_for(principal_a))
    client.get(f"{API}/schools/")
    first = ApiToken.objects.get().last_used_at
    client.get(f"{API}/schools/")
    assert ApiToken.objects.get().last_used_at == first


def test_only_a_digest_is_stored(principal_a: User) -> None:
    key = token_for(principal_a)
    token = ApiToken.objects.get()
    assert token.digest != key and len(token.digest) == 64
    assert key.startswith(token.prefix)
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM api_apitoken")
        rows = cursor.fetchall()
    assert not any(key in str(value) for row in rows for value in row)


def test_revoked_token_is_401_afterwards(principal_a: User) -> None:
    client = api_client(principal_a)
    token = ApiToken.objects.get()
    response = client.delete(f"{API}/tokens/{token.pk}/")
    assert response.status_code == 204
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert client.get(f"{API}/schools/").status_code == 401


def test_expired_token_is_401(principal_a: User) -> None:
    client = client_with(token_for(principal_a, days=1))
    assert client.get(f"{API}/schools/").status_code == 200
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1, minutes=1)):
        response = client.get(f"{API}/schools/")
    assert response.status_code == 401
    assert response["Content-Type"] == PROBLEM


def test_token_of_an_inactive_user_is_401(principal_a: User) -> None:
    client = client_with(token_for(principal_a))
    principal_a.is_active = False
    principal_a.save()
    assert client.get(f"{API}/schools/").status_code == 401


@pytest.mark.parametrize("role", ["principal_a", "reviewer_same_area"])
def test_principals_and_reviewers_create_personal_tokens(role: str, request) -> None:  # type: ignore[no-untyped-def]
    user = request.getfixturevalue(role)
    response = api_client(user).post(f"{API}/tokens/", {"name": "skript", "days": 30}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert body["key"].startswith(body["prefix"])
    assert body["is_service"] is False
    # The new key works, and is never shown again.
    assert client_with(body["key"]).get(f"{API}/schools/").status_code == 200
    listed = results(client_with(body["key"]).get(f"{API}/tokens/"))
    assert {row["name"] for row in listed} == {"", "skript"}
    assert all(row["key"] is None for row in listed)


def test_user_without_a_role_gets_no_token(nobody: User) -> None:
    client = APIClient()
    client.force_login(nobody)
    response = client.post(f"{API}/tokens/", {}, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    assert not ApiToken.objects.exists()


def test_tokens_list_only_your_own(principal_a: User, principal_b: User) -> None:
    token_for(principal_b)
    client = api_client(principal_a)
    listed = results(client.get(f"{API}/tokens/"))
    assert [row["id"] for row in listed] == [ApiToken.objects.get(user=principal_a).pk]
    other = ApiToken.objects.get(user=principal_b)
    assert client.delete(f"{API}/tokens/{other.pk}/").status_code == 404
    assert ApiToken.objects.get(pk=other.pk).revoked_at is None


def test_createtoken_prints_a_personal_token(principal_a: User) -> None:
    out, err = io.StringIO(), io.StringIO()
    call_command("createtoken", "principal_a", stdout=out, stderr=err)
    key = out.getvalue().strip()
    assert "personal" in err.getvalue()
    token = ApiToken.objects.get()
    assert token.user == principal_a and not token.is_service
    assert client_with(key).get(f"{API}/schools/").status_code == 200


def test_createtoken_service_prints_a_district_token(service_account: User, world: World) -> None:
    out = io.StringIO()
    call_command("createtoken", "service_account", "--service", stdout=out, stderr=io.StringIO())
    token = ApiToken.objects.get()
    assert token.is_service and token.district == world.district
    assert client_with(out.getvalue().strip()).get(f"{API}/schools/").status_code == 200


def test_a_service_accounts_token_is_read_only_even_without_service(
    service_account: User, world: World
) -> None:
    out = io.StringIO()
    call_command("createtoken", "service_account", stdout=out, stderr=io.StringIO())
    token = ApiToken.objects.get()
    assert token.is_service  # no personal token that writes, whatever was asked for
    client = client_with(out.getvalue().strip())
    assert client.post(f"{API}/tokens/", {"name": "more"}, format="json").status_code == 403
    # A personal token made before this rule reads, and writes nothing either.
    ApiToken.objects.filter(pk=token.pk).update(is_service=False, district=None)
    assert client.get(f"{API}/schools/").status_code == 200
    assert client.post(f"{API}/tokens/", {"name": "more"}, format="json").status_code == 403
    assert ApiToken.objects.count() == 1


def test_createtoken_refuses_a_service_token_for_a_principal(principal_a: User) -> None:
    with pytest.raises(CommandError, match=r"tjänstekonto|service account"):
        call_command("createtoken", "principal_a", "--service", stdout=io.StringIO(), stderr=io.StringIO())
    with pytest.raises(CommandError, match="No user"):
        call_command("createtoken", "ghost", stdout=io.StringIO(), stderr=io.StringIO())


def test_service_token_reads_its_district_only(service_account: User, world: World) -> None:
    client = api_client(service_account, service=True)
    codes = {row["skolenhetskod"] for row in results(client.get(f"{API}/schools/"))}
    assert codes == {"11111111", "22222222"}
    assert client.get(f"{API}/schools/{world.school_other_district.pk}/").status_code == 404
    assert [row["name"] for row in results(client.get(f"{API}/districts/"))] == ["Exempelstad"]


def test_service_token_is_read_only(service_account: User, world: World, district_admin: User) -> None:
    rows = seed(world, reviewer=district_admin)
    client = api_client(service_account, service=True)
    assert client.get(f"{API}/plans/{rows.plan_a.pk}/").status_code == 200
    for path in [f"/plans/{rows.plan_b.pk}/submit/", f"/feedback-items/{rows.item.pk}/resolve/", "/tokens/"]:
        response = client.post(API + path, {}, format="json")
        assert response.status_code == 403, path
        assert response["Content-Type"] == PROBLEM
    token = ApiToken.objects.get(user=service_account)
    assert client.delete(f"{API}/tokens/{token.pk}/").status_code == 403


def test_session_auth_needs_csrf_for_writes(principal_a: User) -> None:
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(principal_a)
    assert client.get(f"{API}/schools/").status_code == 200
    response = client.post(f"{API}/tokens/", {"name": "x"}, format="json")
    assert response.status_code == 403
    assert response["Content-Type"] == PROBLEM
    assert "CSRF" in response.json()["detail"]
    assert not ApiToken.objects.exists()


def test_session_auth_with_csrf_token_writes(principal_a: User) -> None:
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(principal_a)
    client.get("/")  # sets the csrftoken cookie, as the pages do
    csrf = client.cookies["csrftoken"].value
    response = client.post(f"{API}/tokens/", {"name": "x"}, format="json", HTTP_X_CSRFTOKEN=csrf)
    assert response.status_code == 201


def test_principal_sees_own_school_only(principal_a: User, world: World) -> None:
    client = api_client(principal_a)
    assert [row["skolenhetskod"] for row in results(client.get(f"{API}/schools/"))] == ["11111111"]
    assert client.get(f"{API}/schools/{world.school_b.pk}/").status_code == 404


def test_nobody_sees_another_district(reviewer_other_district: User, world: World) -> None:
    client = api_client(reviewer_other_district)
    assert [row["skolenhetskod"] for row in results(client.get(f"{API}/schools/"))] == ["33333333"]
    assert client.get(f"{API}/schools/{world.school_a.pk}/").status_code == 404
    assert client.get(f"{API}/districts/{world.district.pk}/").status_code == 404


def test_api_answers_as_the_permission_module_does(
    world: World, principal_a: User, district_admin: User, reviewer_other_area: User
) -> None:
    from plans import permissions

    rows = seed(world, reviewer=district_admin)
    # A principal may not decide; a reviewer of another area may see but not review.
    assert not permissions.can(principal_a, permissions.Action.DECIDE, rows.plan_a)
    response = api_client(principal_a).post(f"{API}/plans/{rows.plan_a.pk}/approve/", {}, format="json")
    assert response.status_code == 403
    assert not permissions.can(reviewer_other_area, permissions.Action.REVIEW, rows.plan_a)
    client = api_client(reviewer_other_area)
    assert client.get(f"{API}/plans/{rows.plan_a.pk}/").status_code == 200
    response = client.post(f"{API}/feedback-items/{rows.item.pk}/resolve/", {}, format="json")
    assert response.status_code == 403
