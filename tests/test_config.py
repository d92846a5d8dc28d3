"""Settings come from the environment, are documented in one table, and fail loudly."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from config import env

ROOT = Path(__file__).resolve().parents[1]


def test_every_variable_read_is_in_the_configuration_table() -> None:
    table = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", table, flags=re.MULTILINE))
    assert env.READ, "settings were not read through config/env.py"
    assert documented >= env.READ, f"undocumented: {sorted(env.READ - documented)}"
    assert documented <= env.READ, f"documented but never read: {sorted(documented - env.READ)}"


def _start(extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={**environment, "DJANGO_SETTINGS_MODULE": "config.settings", **extra},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_start_up_fails_clearly_without_a_secret_key_when_debug_is_off() -> None:
    result = _start({"DEBUG": "false"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_start_up_works_in_production_mode_with_a_secret_key() -> None:
    result = _start({"DEBUG": "false", "SECRET_KEY": "x" * 50})
    assert result.returncode == 0, result.stderr


def test_a_malformed_boolean_is_refused() -> None:
    result = _start({"DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


@pytest.mark.django_db
def test_ci_runs_on_postgresql() -> None:
    """With CI=true the suite must run on PostgreSQL; a missing server fails instead of falling back."""
    from django.db import connection

    from tests.conftest import in_ci

    if in_ci():
        assert connection.vendor == "postgresql", "CI=true but DATABASE_URL is not PostgreSQL"
    else:
        assert connection.vendor in ("sqlite", "postgresql")


def test_django_has_the_2026_upload_fixes() -> None:
    import django

    assert django.VERSION[:3] >= (5, 2, 13)


def test_lxml_is_at_least_6_1() -> None:
    from lxml import etree

    assert etree.LXML_VERSION[:2] >= (6, 1)


CATALOGUE = ROOT / "config" / "locale" / "sv" / "LC_MESSAGES" / "django.po"


def test_swedish_catalogue_has_no_untranslated_or_fuzzy_entries() -> None:
    catalogue = polib.pofile(str(CATALOGUE))
    assert not catalogue.untranslated_entries(), [e.msgid for e in catalogue.untranslated_entries()][:20]
    assert not catalogue.fuzzy_entries(), [e.msgid for e in catalogue.fuzzy_entries()][:20]


def test_compiled_catalogue_is_up_to_date() -> None:
    import gettext

    compiled = gettext.GNUTranslations(CATALOGUE.with_suffix(".mo").open("rb"))
    for entry in polib.pofile(str(CATALOGUE)).translated_entries():
        if entry.msgid_plural or entry.msgctxt:
            continue
        assert compiled.gettext(entry.msgid) == entry.msgstr, entry.msgid


@pytest.mark.django_db
def test_ui_is_swedish_by_default_and_english_on_request(client) -> None:  # type: ignore[no-untyped-def]
    swedish = client.get("/accounts/login/").content.decode()
    assert 'lang="sv"' in swedish
    assert "Logga in" in swedish
    english = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'lang="en"' in english
    assert "Sign in" in english


def test_debug_is_off_unless_set_and_the_embedded_default_still_starts() -> None:
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG", "DATABASE_URL")}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DEBUG, settings.SECRET_KEY.startswith('django-insecure-'), "
            "settings.EMAIL_TIMEOUT, settings.SESSION_COOKIE_AGE < 14 * 24 * 3600)",
        ],
        cwd=ROOT,
        env={**environment, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "10", "True"]


def test_a_server_database_needs_a_secret_key_even_with_debug_unset() -> None:
    result = _start({"DATABASE_URL": "postgres://u:p@127.0.0.1:1/x"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
