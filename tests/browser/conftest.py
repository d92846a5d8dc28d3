"""Real-browser fixtures: Debian's chromium driven by Playwright, one fresh Swedish context per test.

The browser is the system's `chromium` (apt; `.ci/run` installs it), never one Playwright downloads.
Without it the tests skip on a developer's machine and fail in CI.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, ViewportSize, sync_playwright

from tests.conftest import in_ci

VIEWPORT: ViewportSize = {"width": 1280, "height": 900}
# Long enough for a check on a slow CI machine; Playwright's own default is 30 s.
TIMEOUT_MS = 15_000


def chromium_path() -> str | None:
    """$CHROMIUM, else `chromium` on the PATH (Debian's package)."""
    wanted = os.environ.get("CHROMIUM") or shutil.which("chromium")
    return wanted if wanted and Path(wanted).exists() else None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Screenshot "tests" write into docs/: they run only when asked for (`./dev screenshots`)."""
    if "screenshots" in (config.option.markexpr or ""):
        if chromium_path() is None:
            raise pytest.UsageError(
                "screenshots need Debian's chromium (apt-get install chromium, or set CHROMIUM)"
            )
        return
    kept: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        (dropped if item.get_closest_marker("screenshots") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


# serialized_rollback keeps the rows the migrations wrote (school forms, the shipped template) on
# `connections["default"]` and puts them back before each transactional test. That is an asgiref
# Local: once Playwright's event loop runs in this thread the tests can get a fresh wrapper without
# them, and Django then neither restores the rows nor keeps post_migrate from remaking content types
# under new ids (which breaks the next serialized test). Putting the rows on the wrapper class makes
# every wrapper have them.
@pytest.fixture(autouse=True)
def _served_like_a_developer_machine(settings) -> None:  # type: ignore[no-untyped-def]
    """The live server speaks plain http and serves static files from the finders (not from
    collectstatic's fingerprinted copies, which it cannot find); with a server database (CI) the
    settings would make cookies TLS-only and link the fingerprinted names, and no script would load."""
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session", autouse=True)
def _migrated_rows_on_every_wrapper(django_db_setup: None) -> Iterator[None]:
    from django.db import connections

    connection = connections["default"]
    contents = getattr(connection, "_test_serialized_contents", None)
    if contents is None:
        yield
        return
    wrapper_class = type(connection)
    wrapper_class._test_serialized_contents = contents  # type: ignore[attr-defined]
    yield
    del wrapper_class._test_serialized_contents  # type: ignore[attr-defined]


@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    # Playwright's sync API keeps an asyncio loop running in this thread, and Django then refuses ORM
    # calls from it (SynchronousOnlyOperation). The tests' own ORM calls are synchronous, so allow them,
    # only while Playwright runs: the package scope stops it before the next test package.
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    manager = sync_playwright().start()
    try:
        yield manager
    finally:
        manager.stop()
        if before is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


@pytest.fixture(scope="package")
def browser(playwright: Playwright) -> Iterator[Browser]:
    path = chromium_path()
    if path is None:
        message = "the browser tests need Debian's chromium (apt-get install chromium, or set CHROMIUM)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    browser = playwright.chromium.launch(executable_path=path, headless=True)
    yield browser
    browser.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[CALL_FAILED] = report.failed
    return report


CALL_FAILED = pytest.StashKey[bool]()


def _keep_evidence(contexts: list[BrowserContext], folder: Path) -> None:
    """After a failure, a screenshot and the accessibility tree of every open page, for the developer."""
    for n, context in enumerate(contexts):
        for m, open_page in enumerate(context.pages):
            stem = folder / f"page-{n}-{m}"
            open_page.screenshot(path=stem.with_suffix(".png"), full_page=True)
            stem.with_suffix(".aria.yaml").write_text(open_page.locator("body").aria_snapshot())
            sys.stderr.write(f"{open_page.url}: {stem}.png, {stem}.aria.yaml\n")


@pytest.fixture
def new_context(
    browser: Browser, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], BrowserContext]]:
    """A factory of fresh contexts (one per signed-in person), all closed after the test."""
    contexts: list[BrowserContext] = []

    def make() -> BrowserContext:
        context = browser.new_context(locale="sv-SE", viewport=VIEWPORT, accept_downloads=True)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    if request.node.stash.get(CALL_FAILED, False):
        _keep_evidence(contexts, tmp_path)
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context: Callable[[], BrowserContext]) -> Page:
    return new_context().new_page()
