"""`./dev screenshots`: every main page of the demo district as a PNG in docs/screenshots/.

Not a test of anything: deselected unless `-m screenshots` is asked for (see conftest.py), because it
writes into the checkout. Desktop size (1280 by 900), full page, named after the page.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext

from tests.browser import pages
from tests.browser.conftest import VIEWPORT
from tests.browser.worlds import build_demo, main_pages

pytestmark = [pytest.mark.screenshots, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MAX_HEIGHT = 1800
OUT = Path(os.environ.get("SCREENSHOTS_DIR") or Path(__file__).resolve().parents[2] / "docs" / "screenshots")


def test_write_a_screenshot_of_every_main_page(
    live_server, new_context: Callable[[], BrowserContext]
) -> None:
    demo = build_demo()
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for username, group in groupby(main_pages(demo), key=lambda p: p.username):
        page = new_context().new_page()
        if username is not None:
            pages.sign_in(page, live_server.url, username, demo.passwords[username])
        for main_page in group:
            response = page.goto(live_server.url + main_page.path)
            assert response is not None and response.ok, (
                f"{main_page.name}: HTTP {response and response.status}"
            )
            page.wait_for_load_state("networkidle")
            path = OUT / f"{main_page.name}.png"
            # The whole page, but no taller than two screens: the long plan texts would make
            # megabyte images that say no more than their first screens do.
            height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT)
            page.screenshot(
                path=path,
                full_page=True,
                clip={"x": 0, "y": 0, "width": VIEWPORT["width"], "height": height},
                animations="disabled",
                caret="hide",
            )
            written.append(path)
        page.context.close()
    assert all(path.stat().st_size > 0 for path in written)
