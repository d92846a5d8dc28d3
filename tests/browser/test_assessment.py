"""Issue 14.1 in a browser: the reviewer goes through the requirements by keyboard, confirming the
engine's proposal or setting another status with a reason, and no page reload happens."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from playwright.sync_api import BrowserContext, expect

from plans import uploads
from plans.demo.documents import Quality
from reviews import services
from reviews.models import Assessment
from tests.browser import pages
from tests.browser.pages import sv
from tests.browser.worlds import plan_file
from tests.conftest import PASSWORD, World
from tests.factories import PlanFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_reviewer_confirms_one_requirement_and_overrules_the_next_without_a_reload(
    live_server,
    new_context: Callable[[], BrowserContext],
    world: World,
    principal_a: User,
    reviewer_same_area: User,
) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    version = uploads.submit_plan(
        school=plan.school,
        school_year=plan.school_year,
        file=io.BytesIO(plan_file("Ekbacken", "2025/26", Quality.PARTIAL)),
        original_name="plan.docx",
        by=principal_a,
    )
    services.submit(plan=plan, by=principal_a)
    page = new_context().new_page()
    pages.sign_in(page, live_server.url, "reviewer_same_area", PASSWORD)
    page.goto(live_server.url + reverse("reviews:plan", args=[plan.pk]))
    page.evaluate("window.__notReloaded = true")
    blocks = page.locator("[data-assessment]")
    expect(blocks.first).to_contain_text(sv("automatic"))

    # Confirm the first proposal: the row says who assessed it and focus moves on to the next row.
    blocks.first.get_by_role("button", name=sv("Confirm")).click()
    assessed_by = sv("assessed by %(name)s, %(date)s", name="§", date="§").split("§")[0].strip()
    expect(blocks.first).to_contain_text(assessed_by)
    second = blocks.nth(1)
    focus_in_second = (
        "() => document.activeElement.closest('[data-assessment]')"
        " === document.querySelectorAll('[data-assessment]')[1]"
    )
    page.wait_for_function(focus_in_second, timeout=5000)  # the keyboard goes on to the next requirement

    # Another status than the engine's needs a reason: refused in place, then saved with one.
    engine = second.locator("select[name=status]").input_value()
    other = "missing" if engine != "missing" else "met"
    second.locator("select[name=status]").select_option(other)
    second.get_by_role("button", name=sv("Save assessment")).click()
    expect(second.locator("[data-assess-error]")).to_be_visible()
    second.get_by_label(sv("Reason (required when you differ from the automatic check)")).fill(
        "Avsnittet finns i bilagan."
    )
    second.get_by_role("button", name=sv("Save assessment")).click()
    expect(page.locator("[data-assessment]").nth(1)).to_contain_text("Avsnittet finns i bilagan.")
    assert page.evaluate("window.__notReloaded") is True
    saved = {a.key: a.status for a in Assessment.objects.filter(version=version)}
    assert len(saved) == 2 and other in saved.values()
