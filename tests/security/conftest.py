"""One world for the whole module, built once inside a transaction that is rolled back at the end;
each cell runs in its own savepoint (pytest-django's db), so no cell sees another's writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import transaction
from django.test import override_settings

from tests.security.world import AccessWorld, build
from tests.security.writes import database_state


@pytest.fixture(scope="module")
def files_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("plan-files")


@pytest.fixture(autouse=True)
def _isolated_files(settings, files_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Replaces tests/conftest.py's folder per test: the world's files are stored once, here."""
    settings.PLAN_FILES_DIR = files_dir


@pytest.fixture(scope="module")
def access_world(django_db_setup: None, django_db_blocker, files_dir: Path) -> Iterator[AccessWorld]:  # type: ignore[no-untyped-def]
    with django_db_blocker.unblock(), override_settings(PLAN_FILES_DIR=files_dir), transaction.atomic():
        world = build()
        world.baseline = database_state()
        yield world
        transaction.set_rollback(True)
