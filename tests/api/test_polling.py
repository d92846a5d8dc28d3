"""Cheap polling (ETag, Last-Modified, 304) and throttling per token (429 with Retry-After)."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.http import http_date

from tests.api.builders import API, DOCX, PROBLEM, api_client, client_with, seed, token_for
from tests.conftest import World
from tests.factories import docx_bytes

pytestmark = pytest.mark.django_db


def upload(client):  # type: ignore[no-untyped-def]
    file = SimpleUploadedFile("plan.docx", docx_bytes("Ekbacken"), DOCX)
    return client.post(
        f"{API}/plan-versions/",
        {"school": "11111111", "school_year": "2025/26", "file": file},
        format="multipart",
    )


def test_version_detail_has_etag_and_last_modified(principal_a: User) -> None:
    client = api_client(principal_a)
    url = upload(client).json()["url"]
    response = client.get(url)
    assert response.status_code == 200
    assert response["ETag"].startswith('"') and response["ETag"].endswith('"')
    assert response["Last-Modified"]
    assert "no-cache" in response["Cache-Control"]


def test_if_none_match_gives_304_until_the_check_finishes(
    principal_a: User, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    client = api_client(principal_a)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        url = upload(client).json()["url"]
    first = client.get(url)
    etag = first["ETag"]
    assert first.json()["status"] == "queued"

    unchanged = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert unchanged.status_code == 304
    assert unchanged.content == b""
    assert unchanged["ETag"] == etag

    for callback in callbacks:  # the worker runs the check (eagerly)
        callback()
    finished = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert finished.status_code == 200
    assert finished["ETag"] != etag
    assert finished.json()["status"] == "checked"
    assert client.get(url, HTTP_IF_NONE_MATCH=finished["ETag"]).status_code == 304


def test_weak_and_listed_etags_match_too(principal_a: User) -> None:
    client = api_client(principal_a)
    url = upload(client).json()["url"]
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=f'"other", W/{etag}').status_code == 304


def test_if_modified_since(principal_a: User) -> None:
    client = api_client(principal_a)
    url = upload(client).json()["url"]
    last_modified = client.get(url)["Last-Modified"]
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    earlier = http_date((timezone.now() - datetime.timedelta(hours=1)).timestamp())
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


def test_etag_differs_by_language(principal_a: User) -> None:
    """The body carries translated reasons, so a Swedish copy is not an English one."""
    url = upload(api_client(principal_a)).json()["url"]
    key = token_for(principal_a)
    swedish = client_with(key, language="sv").get(url)["ETag"]
    english = client_with(key, language="en").get(url)["ETag"]
    assert swedish != english


def test_year_summary_is_conditional_and_changes_with_the_check(
    principal_a: User, district_admin: User, world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    admin = api_client(district_admin)
    summary = f"{API}/school-years/2025%2F26/summary/"
    etag = admin.get(summary)["ETag"]
    assert admin.get(summary, HTTP_IF_NONE_MATCH=etag).status_code == 304
    with django_capture_on_commit_callbacks(execute=True):
        upload(api_client(principal_a))
    changed = admin.get(summary, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["requirements"]
    assert changed["ETag"] != etag


def test_year_summary_etag_changes_with_the_date(district_admin: User, world: World) -> None:
    """Overdue depends on today's date, so yesterday's copy is stale."""
    client = api_client(district_admin)
    summary = f"{API}/school-years/2025%2F26/summary/"
    etag = client.get(summary)["ETag"]
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1)):
        cache.clear()
        assert client.get(summary, HTTP_IF_NONE_MATCH=etag).status_code == 200


@pytest.fixture
def three_a_minute(settings):  # type: ignore[no-untyped-def]
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"token": "3/min"}}
    cache.clear()
    yield
    cache.clear()


@pytest.mark.usefixtures("three_a_minute")
def test_the_fourth_request_in_a_minute_is_429_with_retry_after(principal_a: User) -> None:
    client = client_with(token_for(principal_a))
    assert [client.get(f"{API}/schools/").status_code for _ in range(3)] == [200, 200, 200]
    response = client.get(f"{API}/schools/")
    assert response.status_code == 429
    assert response["Content-Type"] == PROBLEM
    assert response.json()["code"] == "throttled"
    assert 0 < int(response["Retry-After"]) <= 60


@pytest.mark.usefixtures("three_a_minute")
def test_throttling_counts_per_token(principal_a: User, district_admin: User, world: World) -> None:
    first = client_with(token_for(principal_a))
    for _ in range(3):
        first.get(f"{API}/schools/")
    assert first.get(f"{API}/schools/").status_code == 429
    # Another token of the same user, and another user's token, have their own allowance.
    assert client_with(token_for(principal_a)).get(f"{API}/schools/").status_code == 200
    assert client_with(token_for(district_admin)).get(f"{API}/schools/").status_code == 200


@pytest.mark.usefixtures("three_a_minute")
def test_allowance_comes_back_after_a_minute(principal_a: User) -> None:
    client = client_with(token_for(principal_a))
    for _ in range(4):
        client.get(f"{API}/schools/")
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=61)):
        assert client.get(f"{API}/schools/").status_code == 200


@pytest.mark.usefixtures("three_a_minute")
def test_polls_answered_304_count_too(principal_a: User, district_admin: User, world: World) -> None:
    seeded = seed(world, reviewer=district_admin)
    client = client_with(token_for(district_admin))
    url = f"{API}/plan-versions/{seeded.version_a.pk}/"
    etag = client.get(url)["ETag"]
    assert [client.get(url, HTTP_IF_NONE_MATCH=etag).status_code for _ in range(3)] == [304, 304, 429]
