"""Every main page, as the person who uses it: axe-core (WCAG 2.1 A/AA) finds nothing serious or
critical, the page has a language, one h1 and a main landmark, and the skip link comes first."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from itertools import groupby

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser import pages
from tests.browser.axe import assert_no_serious_violations
from tests.browser.worlds import MainPage, build_demo, main_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

QUICK_MS = 3_000  # the page is loaded: a structural check that fails, fails at once
# Focus the document itself, so the next Tab goes to the first focusable element.
TO_THE_TOP = """() => {
  const body = document.body;
  body.setAttribute("tabindex", "-1");
  body.focus();
  body.removeAttribute("tabindex");
}"""


def structure_problems(page: Page) -> list[str]:
    problems = []
    if page.locator("html").get_attribute("lang") != "sv":
        problems.append(f'<html lang> is {page.locator("html").get_attribute("lang")!r}, not "sv"')
    if (count := pages.heading(page).count()) != 1:
        problems.append(f"{count} level-1 headings, not exactly one")
    if (count := page.get_by_role("main").count()) != 1:
        problems.append(f"{count} main landmarks, not exactly one")
    return problems


def keyboard_problems(page: Page) -> list[str]:
    """From the top of the page, Tab reaches the skip link first, and Enter moves focus to main."""
    # The sign-in page puts focus in its username field (Django's autofocus), which is in main, so
    # the keyboard user starts there; start from the top of the document anyway.
    page.evaluate(TO_THE_TOP)
    page.keyboard.press("Tab")
    try:
        expect(pages.skip_link(page)).to_be_focused(timeout=QUICK_MS)
        expect(pages.skip_link(page)).to_be_in_viewport(timeout=QUICK_MS)
    except AssertionError:
        focused = page.evaluate(
            "() => document.activeElement && document.activeElement.outerHTML.slice(0, 120)"
        )
        return [f"the first Tab stop is not a visible skip link but {focused}"]
    page.keyboard.press("Enter")
    try:
        expect(page.get_by_role("main")).to_be_focused(timeout=QUICK_MS)
    except AssertionError:
        return ["the skip link does not move focus to main"]
    return []


def test_every_main_page_passes_axe_with_one_h1_a_main_landmark_and_a_skip_link(
    live_server, new_context: Callable[[], BrowserContext]
) -> None:
    demo = build_demo()
    failures: list[str] = []
    by_user = groupby(main_pages(demo), key=lambda p: p.username)
    for username, group in by_user:
        page = new_context().new_page()
        if username is not None:
            pages.sign_in(page, live_server.url, username, demo.passwords[username])
        main_page: MainPage
        for main_page in group:
            what = f"{main_page.name} as {username or 'nobody'}"
            response = page.goto(live_server.url + main_page.path)
            assert response is not None and response.ok, f"{what}: HTTP {response and response.status}"
            problems = structure_problems(page) + keyboard_problems(page)
            try:
                lesser = assert_no_serious_violations(page, what)
            except AssertionError as error:
                problems.append(str(error))
                lesser = []
            failures.extend(f"{what}: {problem}" for problem in problems)
            for violation in lesser:
                warnings.warn(f"axe on {what}: {violation}", stacklevel=1)
        page.context.close()
    assert not failures, "\n".join(failures)
