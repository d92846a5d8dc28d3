"""One review round in two browsers side by side: the reviewer writes feedback and requests changes, the
principal uploads a new version and answers, the reviewer resolves the point and approves."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import BrowserContext, expect

from plans import uploads
from plans.demo.documents import Quality
from reviews import services
from tests.browser import pages
from tests.browser.pages import sv
from tests.browser.worlds import plan_file
from tests.conftest import PASSWORD, World
from tests.factories import PlanFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MINORITIES = "Nationella minoriteters rättigheter"  # the requirement the first version misses
POINT = "Planen saknar de nationella minoriteternas rättigheter. Beskriv hur skolan arbetar med dem."
ANSWER = "Vi har lagt till ett avsnitt om nationella minoriteter i version 2."


def test_reviewer_requests_changes_principal_answers_with_a_new_version_and_reviewer_approves(
    live_server,
    new_context: Callable[[], BrowserContext],
    world: World,
    principal_a: User,
    reviewer_same_area: User,
) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    first = plan_file("Ekbacken", "2025/26", Quality.PARTIAL)
    uploads.submit_plan(
        school=plan.school,
        school_year=plan.school_year,
        file=io.BytesIO(first),
        original_name="plan.docx",
        by=principal_a,
    )
    services.submit(plan=plan, by=principal_a)

    # b. The reviewer finds the plan in the queue, writes a must-fix point and requests changes.
    reviewer = new_context().new_page()
    pages.sign_in(reviewer, live_server.url, "reviewer_same_area", PASSWORD)
    pages.main_menu(reviewer, "Review queue").click()
    expect(pages.heading(reviewer)).to_contain_text(sv("Review queue"))
    reviewer.get_by_role("link", name="Ekbacken", exact=True).click()
    expect(pages.heading(reviewer)).to_have_text(
        sv("Review of the plan of %(school)s, %(year)s", school="Ekbacken", year="2025/26")
    )
    expect(pages.plan_status(reviewer, "Submitted")).to_be_visible()
    pages.decide(reviewer, "start the review")
    expect(pages.plan_status(reviewer, "In review")).to_be_visible()
    pages.add_feedback(reviewer, about=MINORITIES, severity_msgid="Must fix", text=POINT)
    expect(pages.message(reviewer, sv("Feedback saved."))).to_be_visible()
    point = pages.feedback_item(reviewer, POINT)
    expect(point).to_contain_text(sv("Must fix"))
    expect(point).to_contain_text(sv("Open"))
    pages.decide(reviewer, "request changes", note="Komplettera planen enligt synpunkten.")
    expect(pages.plan_status(reviewer, "Changes requested")).to_be_visible()

    # c. The principal uploads a new version (checked by the live server's eager task) and answers.
    principal = new_context().new_page()
    pages.sign_in(principal, live_server.url, "principal_a", PASSWORD)
    principal.get_by_role("link", name="Ekbacken", exact=True).click()
    principal.get_by_role("link", name="2025/26", exact=True).click()
    principal.get_by_role("link", name=sv("Upload a new version")).click()
    pages.upload_plan(principal, "plan-v2.docx", plan_file("Ekbacken", "2025/26", Quality.COMPLETE, seed=2))
    expect(pages.upload_progress(principal, pages.UPLOAD_CHECKED)).to_be_visible()
    pages.report_link(principal).click()
    expect(pages.heading(principal)).to_have_text(sv("Version %(n)s", n=2))
    expect(pages.report_row(principal, MINORITIES)).to_contain_text(pages.result_text("met"))

    principal.get_by_role("link", name="2025/26", exact=True).click()
    principal.get_by_role("link", name=sv("Review and feedback")).click()
    point = pages.feedback_item(principal, POINT)
    pages.answer(point, ANSWER, version=2)
    point = pages.feedback_item(principal, POINT)
    expect(point).to_contain_text(ANSWER)
    expect(point).to_contain_text(sv("Addressed"))
    pages.decide(principal, "submit the plan")
    expect(pages.plan_status(principal, "Resubmitted")).to_be_visible()

    # d. The reviewer cannot approve while the must-fix point is unresolved; resolves it, then approves.
    reviewer.reload()
    expect(pages.feedback_item(reviewer, POINT)).to_contain_text(ANSWER)
    pages.decide(reviewer, "start the review")
    pages.decide(reviewer, "approve the plan", confirm=True)  # over open problems: still refused
    refusal = sv(
        "The plan cannot be approved while %(count)s must-fix feedback item(s) are not resolved. "
        "Resolve or drop them first.",
        count=1,
    )
    expect(pages.message(reviewer, refusal)).to_be_visible()
    pages.item_button(pages.feedback_item(reviewer, POINT), "resolve").click()
    expect(pages.feedback_item(reviewer, POINT)).to_contain_text(sv("Resolved"))
    pages.decide(reviewer, "approve the plan", note="Planen uppfyller kraven.", confirm=True)
    expect(pages.plan_status(reviewer, "Approved")).to_be_visible()
