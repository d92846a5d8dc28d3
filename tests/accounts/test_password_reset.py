"""Password reset by e-mail and password change: Swedish mail with a working link, the same answer
for unknown addresses, a readable page for a bad link, and a reset that lifts a sign-in lockout."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.conftest import PASSWORD, client_for

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-new-and-long-passphrase-42"


@pytest.fixture(autouse=True)
def _mail(settings) -> None:  # type: ignore[no-untyped-def]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SITE_URL = "https://plan.example.se"


def ask_for_reset(client: Client, email: str) -> str:
    response = client.post(reverse("password_reset"), {"email": email})
    assert response.status_code == 302
    return str(response["Location"])


def reset_link() -> str:
    (message,) = mail.outbox
    match = re.search(r"https://plan\.example\.se(/accounts/password/reset/\S+/)", str(message.body))
    assert match, message.body
    return match.group(1)


def test_login_page_links_to_password_reset(client: Client) -> None:
    page = client.get(reverse("login")).content.decode()
    assert reverse("password_reset") in page
    assert "Glömt ditt lösenord?" in page


def test_reset_form_is_swedish_with_label_and_autocomplete(client: Client) -> None:
    page = client.get(reverse("password_reset")).content.decode()
    assert "Återställ ditt lösenord" in page
    assert 'for="id_email"' in page
    assert 'autocomplete="email"' in page


def test_reset_mail_is_swedish_and_its_link_sets_a_new_password(client: Client, principal_a: User) -> None:
    done = ask_for_reset(client, principal_a.email)
    assert done == reverse("password_reset_done")
    (message,) = mail.outbox
    assert message.to == [principal_a.email]
    assert "Plangranskning" in message.subject and "\n" not in message.subject
    assert "lösenord" in message.subject
    assert "Hej," in message.body
    assert "”principal_a”" in message.body
    assert "24 timmar" in message.body

    form = client.get(reset_link(), follow=True)
    assert form.status_code == 200
    assert form.context["validlink"] is True
    assert "Välj ett nytt lösenord" in form.content.decode()
    assert 'autocomplete="new-password"' in form.content.decode()

    response = client.post(
        form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("password_reset_complete")
    principal_a.refresh_from_db()
    assert principal_a.check_password(NEW_PASSWORD)


def test_reset_link_uses_site_url_not_the_host_header(client: Client, principal_a: User) -> None:
    client.post(reverse("password_reset"), {"email": principal_a.email}, HTTP_HOST="localhost")
    assert "https://plan.example.se/accounts/password/reset/" in mail.outbox[0].body


def test_reset_link_works_once(client: Client, principal_a: User) -> None:
    ask_for_reset(client, principal_a.email)
    link = reset_link()
    form = client.get(link, follow=True)
    client.post(form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    again = Client().get(link, follow=True)
    assert again.context["validlink"] is False


def test_invalid_token_gives_a_readable_page(client: Client, principal_a: User) -> None:
    ask_for_reset(client, principal_a.email)
    broken = reset_link().rstrip("/")[:-3] + "xyz/"
    response = client.get(broken, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Länken fungerar inte" in page
    assert 'role="alert"' in page
    assert reverse("password_reset") in page


def test_unknown_address_gets_the_same_answer_and_no_mail(client: Client, principal_a: User) -> None:
    known = client.post(reverse("password_reset"), {"email": principal_a.email})
    unknown = client.post(reverse("password_reset"), {"email": "nobody-here@example.test"})
    assert (unknown.status_code, unknown["Location"]) == (known.status_code, known["Location"])
    assert len(mail.outbox) == 1
    done = client.get(unknown["Location"]).content.decode()
    assert "Om adressen hör till ett konto" in done


def test_mismatched_new_passwords_are_shown_as_an_alert(client: Client, principal_a: User) -> None:
    ask_for_reset(client, principal_a.email)
    form = client.get(reset_link(), follow=True)
    response = client.post(
        form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD + "x"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'role="alert"' in page
    assert 'aria-invalid="true"' in page


def test_signed_in_user_changes_password_from_the_header(principal_a: User) -> None:
    client = client_for(principal_a)
    assert reverse("password_change") in client.get(reverse("home")).content.decode()
    page = client.get(reverse("password_change")).content.decode()
    assert "Byt ditt lösenord" in page
    assert 'autocomplete="current-password"' in page
    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response["Location"] == reverse("password_change_done")
    principal_a.refresh_from_db()
    assert principal_a.check_password(NEW_PASSWORD)
    # The session survives the change (Django updates the session hash).
    assert client.get(reverse("password_change_done")).status_code == 200


def test_password_change_needs_sign_in(client: Client) -> None:
    response = client.get(reverse("password_change"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_reset_mail_is_limited_per_address_without_telling_the_client(
    client: Client, settings, principal_a: User
) -> None:  # type: ignore[no-untyped-def]
    settings.PASSWORD_RESET_RATE_PER_ADDRESS = "2/h"
    pages = [ask_for_reset(Client(REMOTE_ADDR=f"10.0.0.{n}"), principal_a.email) for n in range(1, 5)]
    assert len(set(pages)) == 1  # every request reads the same
    assert len(mail.outbox) == 2
    # The limit is the address's, whatever the case or spacing it is typed in.
    ask_for_reset(Client(REMOTE_ADDR="10.0.0.9"), f"  {principal_a.email.upper()} ")
    assert len(mail.outbox) == 2


def test_reset_requests_are_limited_per_client_with_a_readable_429(client: Client, settings) -> None:  # type: ignore[no-untyped-def]
    settings.PASSWORD_RESET_RATE_PER_CLIENT = "3/h"
    for n in range(3):
        ask_for_reset(client, f"nobody{n}@example.test")
    refused = client.post(reverse("password_reset"), {"email": "nobody9@example.test"})
    assert refused.status_code == 429
    assert "Try again in an hour" in refused.content.decode() or "om en timme" in refused.content.decode()
    assert (
        Client(REMOTE_ADDR="10.9.9.9")
        .post(reverse("password_reset"), {"email": "x@example.test"})
        .status_code
        == 302
    )
