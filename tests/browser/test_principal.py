"""A principal signs in, uploads the school's plan, follows the check as it runs and reads the findings."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from plans import jobs
from plans.demo.documents import Quality
from tests.browser import pages
from tests.browser.pages import sv
from tests.browser.worlds import IDENTITY_NUMBER, MASKED, plan_file
from tests.conftest import PASSWORD, World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_principal_uploads_a_plan_follows_the_check_and_reads_the_findings(
    live_server, page: Page, world: World, principal_a: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Hold the check back when the upload asks for it, so the page is seen while it waits.
    held: list[tuple[str, tuple[object, ...]]] = []
    send = jobs.send
    monkeypatch.setattr(jobs, "send", lambda name, *args: held.append((name, args)))

    pages.sign_in(page, live_server.url, "principal_a", PASSWORD)
    expect(pages.heading(page)).to_have_text(sv("Plans for school year %(label)s", label="2025/26"))
    page.get_by_role("link", name="Ekbacken", exact=True).click()
    expect(pages.heading(page)).to_have_text("Ekbacken")

    content = plan_file("Ekbacken", "2025/26", Quality.PARTIAL, identity_number=True)
    pages.upload_plan(page, "plan-ekbacken.docx", content, year="2025/26")

    # The upload form follows the check live, on the same page.
    expect(pages.upload_progress(page, pages.UPLOAD_QUEUED)).to_be_visible()
    assert [name for name, _args in held] == [jobs.CHECK_VERSION]
    for name, args in held:  # the worker's turn: eager, so the check runs here and now
        send(name, *args)
    expect(pages.upload_progress(page, pages.UPLOAD_CHECKED)).to_be_visible()

    pages.report_link(page).click()
    expect(pages.heading(page)).to_have_text(sv("Version %(n)s", n=1))
    expect(pages.check_status(page, "Checked")).to_be_visible()
    expect(page.get_by_role("heading", name=sv("Check against the template"))).to_be_visible()
    expect(pages.finding(page, MASKED)).to_be_visible()
    expect(page.locator("body")).not_to_contain_text(IDENTITY_NUMBER)
    minorities = pages.report_row(page, "Nationella minoriteters rättigheter")
    expect(minorities).to_contain_text(pages.result_text("missing"))
    expect(minorities).to_contain_text(sv("Nothing in the plan covers this."))
    expect(pages.report_row(page, "Ansvariga för planen")).to_contain_text(pages.result_text("met"))
