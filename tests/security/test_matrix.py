"""The authorization matrix (issue 13.5): every page of the URLconf and every operation of the
schema, as every actor, answers as tests/security/expectations.py says, and a refused request
writes nothing (no row added, removed or changed; no file stored)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.security import probes
from tests.security.actors import ACTORS, ADMIN, EVERYONE
from tests.security.expectations import API, WEB, Case, Outcome
from tests.security.routes import (
    API_METHODS,
    api_operations,
    operation_route,
    routed_operations,
    web_routes,
)
from tests.security.world import AccessWorld
from tests.security.writes import changes, database_state, stored_files

pytestmark = pytest.mark.django_db

PAGES = {name: route for name, route in web_routes().items() if not route.is_api_operation}
OPERATIONS = api_operations()

PAGE_CELLS = [
    pytest.param(name, index, actor, id=f"{name} {case.label()} as {actor}")
    for name in PAGES
    for index, case in enumerate(WEB.get(name, ()))
    for actor in ACTORS
]
API_CELLS = [
    pytest.param(method, path, actor, id=f"{method} {path} as {actor}")
    for method, path in OPERATIONS
    if (method, path) in API
    for actor in ACTORS
]


# --- The table covers the project, and only the project ---


def test_every_page_has_an_expectation() -> None:
    missing = sorted(set(PAGES) - set(WEB))
    stale = sorted(set(WEB) - set(PAGES))
    assert not missing, f"pages with no row in tests/security/expectations.py WEB: {missing}"
    assert not stale, f"rows in WEB for pages the URLconf no longer has: {stale}"


def test_every_api_operation_has_an_expectation() -> None:
    missing = sorted(set(OPERATIONS) - set(API))
    stale = sorted(set(API) - set(OPERATIONS))
    assert not missing, f"operations with no row in tests/security/expectations.py API: {missing}"
    assert not stale, f"rows in API for operations the schema no longer has: {stale}"


def test_the_schema_documents_every_routed_operation() -> None:
    """An operation left out of the schema would escape the matrix."""
    documented = {operation_route(method, path) for method, path in OPERATIONS}
    undocumented = sorted(routed_operations() - documented)
    assert not undocumented, f"router views missing from the schema: {undocumented}"


def test_every_case_names_every_actor_once() -> None:
    cases: list[tuple[str, Case]] = [(f"{name} {c.label()}", c) for name, cs in WEB.items() for c in cs]
    cases += [(f"{method} {path}", case) for (method, path), case in API.items()]
    incomplete = {
        label: sorted(EVERYONE - set(case.expect)) for label, case in cases if set(case.expect) != EVERYONE
    }
    assert not incomplete, f"cases that leave actors out: {incomplete}"
    wrong_method = [f"{m} {p}" for (m, p), case in API.items() if case.method != m]
    assert not wrong_method, f"API rows whose case sends another method: {wrong_method}"


# --- The cells ---


def _run(world: AccessWorld, folder: Path, actor: str, case: Case, url: str, *, api: bool) -> None:
    before = stored_files(folder)
    response = probes.send(world, actor, url, case, api=api)
    written = changes(world.baseline, database_state())
    added = stored_files(folder) - before
    for orphan in added:  # the rows went with the savepoint; their files stay unless removed
        orphan.unlink()
    outcome = case.expect[actor]
    problems = probes.judge(outcome, response, api=api, actor=actor, written=written, files_added=len(added))
    assert not problems, f"{case.method} {url} as {actor}: expected {outcome.value}; " + "; ".join(problems)


@pytest.mark.parametrize(("name", "index", "actor"), PAGE_CELLS)
def test_page(name: str, index: int, actor: str, access_world: AccessWorld, files_dir: Path) -> None:
    case = WEB[name][index]
    _run(access_world, files_dir, actor, case, probes.page_url(access_world, PAGES[name], case), api=False)


@pytest.mark.parametrize(("method", "path", "actor"), API_CELLS)
def test_api_operation(
    method: str, path: str, actor: str, access_world: AccessWorld, files_dir: Path
) -> None:
    case = API[(method, path)]
    _run(access_world, files_dir, actor, case, probes.api_url(access_world, path, case), api=True)


# --- Methods nobody declared are refused, before anything is written ---


@pytest.mark.parametrize("name", [name for name in PAGES if name in WEB])
def test_page_refuses_methods_it_does_not_take(name: str, access_world: AccessWorld, files_dir: Path) -> None:
    first = WEB[name][0]
    for method in {"GET", "POST"} - {case.method for case in WEB[name]}:
        case = dataclasses.replace(
            first, method=method, body=None, expect={ADMIN: Outcome.METHOD_NOT_ALLOWED}
        )
        _run(
            access_world, files_dir, ADMIN, case, probes.page_url(access_world, PAGES[name], case), api=False
        )


@pytest.mark.parametrize("path", sorted({path for _method, path in OPERATIONS}))
def test_api_path_refuses_methods_it_does_not_take(
    path: str, access_world: AccessWorld, files_dir: Path
) -> None:
    declared = {method for method, p in OPERATIONS if p == path}
    first = next(case for (method, p), case in API.items() if p == path)
    for method in sorted(set(API_METHODS) - declared):
        case = dataclasses.replace(
            first, method=method, body=None, expect={ADMIN: Outcome.METHOD_NOT_ALLOWED}
        )
        _run(access_world, files_dir, ADMIN, case, probes.api_url(access_world, path, case), api=True)
