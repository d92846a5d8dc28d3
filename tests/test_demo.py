"""loaddemo: one user per role with printed passwords, schools in every form, idempotent."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.http import HttpRequest

from plans import permissions
from plans.models import PlanVersion, School, SchoolFormCode
from plans.permissions import Action

pytestmark = pytest.mark.django_db


def load() -> str:
    out = io.StringIO()
    call_command("loaddemo", "--force", stdout=out)  # pytest-django runs with DEBUG off
    return out.getvalue()


def test_loaddemo_prints_one_user_per_role_who_can_sign_in() -> None:
    output = load()
    for username in ("rektor", "granskare", "admin", "tjanstekonto"):
        line = next(line for line in output.splitlines() if line.strip().startswith(f"{username} / "))
        password = line.split(" / ", 1)[1].split(":", 1)[0]
        assert authenticate(HttpRequest(), username=username, password=password) is not None, username


def test_demo_covers_every_school_form_and_gives_rektor_two_schools() -> None:
    load()
    forms = set(School.objects.values_list("forms__code", flat=True))
    assert set(SchoolFormCode.values) <= forms
    from django.contrib.auth.models import User

    rektor = User.objects.get(username="rektor")
    assert permissions.visible_schools(rektor).count() >= 2
    service = User.objects.get(username="tjanstekonto")
    assert not any(permissions.can(service, Action.UPLOAD_VERSION, s) for s in School.objects.all())


def test_loaddemo_is_idempotent() -> None:
    load()
    counts = (School.objects.count(), PlanVersion.objects.count())
    load()
    assert (School.objects.count(), PlanVersion.objects.count()) == counts
    assert counts[1] >= 3


def test_loaddemo_refuses_when_debug_is_off(settings) -> None:  # type: ignore[no-untyped-def]
    from django.core.management.base import CommandError

    settings.DEBUG = False
    settings.EMBEDDED = False  # a server: DEBUG off and a server database
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("loaddemo")
