"""Password guessing (django-axes): a user name is locked from one address after LOGIN_FAILURE_LIMIT
failures, with a readable 429 page; other names and addresses go on; the lock ends after the cool-off;
a success or a password reset clears the count; the admin's sign-in is guarded the same way."""

from __future__ import annotations

import datetime
import re

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone

from config.client_ip import client_ip
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LIMIT = 5  # LOGIN_FAILURE_LIMIT's default
LOGIN = "/accounts/login/"
WRONG = "not-the-password"


def attempt(client: Client, username: str, password: str = WRONG, *, ip: str = "10.0.0.1", path: str = LOGIN):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=ip)


def fail(client: Client, username: str, times: int, *, ip: str = "10.0.0.1", path: str = LOGIN) -> None:
    for _ in range(times):
        response = attempt(client, username, ip=ip, path=path)
        assert response.status_code == 200, "refused before the limit"


def test_settings_follow_the_documented_defaults(settings) -> None:  # type: ignore[no-untyped-def]
    assert settings.AXES_FAILURE_LIMIT == LIMIT
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"


def test_limit_failures_lock_the_name_from_that_address_with_a_readable_429(
    client: Client, principal_a: User
) -> None:
    fail(client, "principal_a", LIMIT - 1)
    response = attempt(client, "principal_a")
    assert response.status_code == 429
    page = response.content.decode()
    assert "För många inloggningsförsök" in page
    assert 'role="alert"' in page
    assert "principal_a" in page
    assert "Försök igen om 15 minuter" in page
    assert reverse("password_reset") in page


def test_the_right_password_is_refused_while_locked(client: Client, principal_a: User) -> None:
    fail(client, "principal_a", LIMIT - 1)
    attempt(client, "principal_a")
    response = attempt(client, "principal_a", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_english_lockout_page(client: Client, principal_a: User) -> None:
    fail(client, "principal_a", LIMIT - 1)
    response = client.post(
        LOGIN, {"username": "principal_a", "password": "x"}, REMOTE_ADDR="10.0.0.1", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 429
    assert "Try again in 15 minutes" in response.content.decode()


def test_other_users_and_other_addresses_are_not_affected(
    client: Client, principal_a: User, principal_b: User
) -> None:
    fail(client, "principal_a", LIMIT - 1)
    assert attempt(client, "principal_a").status_code == 429

    other_user = attempt(Client(), "principal_b", PASSWORD)
    assert other_user.status_code == 302
    same_user_elsewhere = attempt(Client(), "principal_a", PASSWORD, ip="10.0.0.2")
    assert same_user_elsewhere.status_code == 302


def test_lock_ends_after_the_cool_off(client: Client, principal_a: User) -> None:
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        fail(client, "principal_a", LIMIT - 1)
        assert attempt(client, "principal_a").status_code == 429
    with time_machine.travel(start + datetime.timedelta(minutes=14), tick=False):
        assert attempt(client, "principal_a", PASSWORD).status_code == 429
    # The refused attempt at 14 minutes started the wait again.
    with time_machine.travel(start + datetime.timedelta(minutes=14 + 16), tick=False):
        response = attempt(client, "principal_a", PASSWORD)
    assert response.status_code == 302


def test_cool_off_and_limit_come_from_settings(settings, client: Client, principal_a: User) -> None:  # type: ignore[no-untyped-def]
    settings.AXES_FAILURE_LIMIT = 2
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=1)
    fail(client, "principal_a", 1)
    response = attempt(client, "principal_a")
    assert response.status_code == 429
    assert "Försök igen om 1 minut." in response.content.decode()


def test_success_resets_the_count(client: Client, principal_a: User) -> None:
    fail(client, "principal_a", LIMIT - 1)
    assert attempt(client, "principal_a", PASSWORD).status_code == 302
    client.post(reverse("logout"))
    fail(client, "principal_a", LIMIT - 1)  # a fresh count: four more are still allowed


def test_password_reset_lifts_the_lock(settings, client: Client, principal_a: User) -> None:  # type: ignore[no-untyped-def]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    fail(client, "principal_a", LIMIT - 1)
    assert attempt(client, "principal_a").status_code == 429

    client.post(reverse("password_reset"), {"email": principal_a.email})
    link = re.search(r"/accounts/password/reset/\S+/", str(mail.outbox[0].body))
    assert link
    form = client.get(link.group(0), follow=True)
    new = "a-new-and-long-passphrase-42"
    client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})

    assert attempt(client, "principal_a", new).status_code == 302


def test_admin_sign_in_is_locked_too(client: Client, district_admin: User) -> None:
    path = reverse("admin:login")
    fail(client, "district_admin", LIMIT - 1, path=path)
    response = attempt(client, "district_admin", path=path)
    assert response.status_code == 429
    assert "För många inloggningsförsök" in response.content.decode()
    assert attempt(client, "district_admin", PASSWORD, path=path).status_code == 429


def test_client_login_and_force_login_still_work(principal_a: User) -> None:
    client = Client()
    assert client.login(username="principal_a", password=PASSWORD)
    assert not Client().login(username="principal_a", password=WRONG)
    forced = Client()
    forced.force_login(principal_a)
    assert forced.get(reverse("home")).status_code == 200


def test_address_is_remote_addr_unless_proxies_are_trusted(settings) -> None:  # type: ignore[no-untyped-def]
    request = RequestFactory().get(
        "/", REMOTE_ADDR="192.0.2.10", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7"
    )
    assert client_ip(request) == "192.0.2.10"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "198.51.100.7"  # the entry our proxy wrote, not the client's own
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request) == "6.6.6.6"
    settings.TRUSTED_PROXY_COUNT = 3
    assert client_ip(request) == "192.0.2.10"  # fewer entries than proxies: the connection's address
