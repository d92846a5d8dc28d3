"""The review pages: who sees what (200 or 404), every step through the web, refusals shown as
messages, CSRF, language, and query counts that do not grow with the feedback."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plans.models import Plan, PlanVersion
from reviews import services
from reviews.models import FeedbackItem, FeedbackReply, ItemState, PlanReview, PlanStatus, Severity
from tests.conftest import World, client_for
from tests.reviews.conftest import checked_version

pytestmark = pytest.mark.django_db

SEE_THE_PLAN = [
    "principal_a",
    "reviewer_same_area",
    "reviewer_other_area",
    "district_admin",
    "service_account",
]
CANNOT_SEE_THE_PLAN = ["principal_b", "reviewer_other_district", "other_district_admin", "nobody"]


def english(user: User) -> Client:
    client = client_for(user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def page(response: Any) -> str:
    assert response.status_code == 200
    return str(response.content.decode())


def status(plan: Plan) -> str:
    return PlanReview.objects.get(plan=plan).status


def post(client: Client, name: str, *args: object, **data: Any) -> str:
    return page(client.post(reverse(name, args=args), data, follow=True))


@pytest.fixture
def two_versions(plan: Plan, version: PlanVersion) -> PlanVersion:
    return checked_version(plan, seed=2)


# --- Who sees the pages ---


@pytest.mark.parametrize("who", SEE_THE_PLAN)
def test_those_who_may_see_the_plan_open_its_review_page(
    request: pytest.FixtureRequest, plan: Plan, version: PlanVersion, who: str
) -> None:
    body = page(english(request.getfixturevalue(who)).get(reverse("reviews:plan", args=[plan.pk])))
    assert "Review of the plan of Ekbacken, 2025/26" in body


@pytest.mark.parametrize("who", CANNOT_SEE_THE_PLAN)
def test_others_get_404_for_the_review_page(
    request: pytest.FixtureRequest, plan: Plan, version: PlanVersion, who: str
) -> None:
    response = client_for(request.getfixturevalue(who)).get(reverse("reviews:plan", args=[plan.pk]))
    assert response.status_code == 404
    assert "Ekbacken" not in response.content.decode()


@pytest.mark.parametrize("who", SEE_THE_PLAN)
def test_those_who_may_see_the_plan_open_the_diff(
    request: pytest.FixtureRequest, plan: Plan, two_versions: PlanVersion, who: str
) -> None:
    body = page(english(request.getfixturevalue(who)).get(reverse("reviews:diff", args=[plan.pk])))
    assert "Changes from version 1 to version 2" in body


@pytest.mark.parametrize("who", CANNOT_SEE_THE_PLAN)
def test_others_get_404_for_the_diff(
    request: pytest.FixtureRequest, plan: Plan, two_versions: PlanVersion, who: str
) -> None:
    response = client_for(request.getfixturevalue(who)).get(reverse("reviews:diff", args=[plan.pk]))
    assert response.status_code == 404


def test_the_diff_of_a_plan_with_one_version_is_404(
    plan: Plan, version: PlanVersion, principal_a: User
) -> None:
    assert client_for(principal_a).get(reverse("reviews:diff", args=[plan.pk])).status_code == 404


@pytest.mark.parametrize("query", ["?from=7", "?to=x", "?from=1&to=9"])
def test_the_diff_of_versions_that_do_not_exist_is_404(
    plan: Plan, two_versions: PlanVersion, principal_a: User, query: str
) -> None:
    response = client_for(principal_a).get(reverse("reviews:diff", args=[plan.pk]) + query)
    assert response.status_code == 404


def test_the_diff_compares_the_versions_asked_for(
    plan: Plan, two_versions: PlanVersion, principal_a: User
) -> None:
    checked_version(plan, seed=3)
    body = page(english(principal_a).get(reverse("reviews:diff", args=[plan.pk]) + "?from=1&to=3"))
    assert "Changes from version 1 to version 3" in body


@pytest.mark.parametrize(
    "who", [*SEE_THE_PLAN, "principal_b", "reviewer_other_district", "other_district_admin", "nobody"]
)
def test_everyone_signed_in_opens_the_queue_and_sees_only_their_own_schools(
    request: pytest.FixtureRequest, plan: Plan, version: PlanVersion, principal_a: User, who: str
) -> None:
    services.submit(plan=plan, by=principal_a)
    body = page(english(request.getfixturevalue(who)).get(reverse("reviews:queue")))
    assert "Review queue" in body
    assert ("Ekbacken" in body) is (who == "reviewer_same_area")


def test_the_queue_links_to_the_review_page_with_the_check_summary(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    services.submit(plan=plan, by=principal_a)
    body = page(english(reviewer_same_area).get(reverse("reviews:queue")))
    assert reverse("reviews:plan", args=[plan.pk]) in body
    assert " met, ◐ " in body


def test_the_queue_shows_another_school_year_when_asked(
    world: World, plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    services.submit(plan=plan, by=principal_a)
    body = page(english(reviewer_same_area).get(reverse("reviews:queue") + "?year=2025/26"))
    assert "Review queue 2025/26" in body


@pytest.mark.parametrize("name", ["reviews:queue", "reviews:plan", "reviews:diff"])
def test_anonymous_visitors_are_sent_to_the_login_page(client: Client, plan: Plan, name: str) -> None:
    url = reverse(name) if name == "reviews:queue" else reverse(name, args=[plan.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


# --- Steps through the web ---


def test_the_whole_round_through_the_pages(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    school, reviewer = english(principal_a), english(reviewer_same_area)
    body = post(school, "reviews:transition", plan.pk, "submit")
    assert "Done: submit the plan." in body
    assert status(plan) == PlanStatus.SUBMITTED

    body = post(reviewer, "reviews:transition", plan.pk, "start_review")
    assert "Done: start the review." in body
    assert status(plan) == PlanStatus.IN_REVIEW

    body = post(
        reviewer,
        "reviews:add-feedback",
        version.pk,
        anchor="requirement:survey",
        severity=Severity.MUST_FIX,
        text="Redovisa enkätresultatet.",
    )
    assert "Feedback saved." in body
    item = FeedbackItem.objects.get(plan=plan)
    assert (item.requirement_key, item.severity, item.text) == (
        "survey",
        "must_fix",
        "Redovisa enkätresultatet.",
    )
    assert "Redovisa enkätresultatet." in body

    body = post(reviewer, "reviews:transition", plan.pk, "request_changes", note="Se synpunkten.")
    assert "Done: request changes." in body
    assert status(plan) == PlanStatus.CHANGES_REQUESTED
    assert plan.decisions.get().note == "Se synpunkten."

    second = checked_version(plan, seed=2)
    body = post(school, "reviews:reply", item.pk, text="Resultatet finns nu i avsnitt 3.", version="2")
    assert "Resultatet finns nu i avsnitt 3." in body
    item.refresh_from_db()
    assert (item.state, item.addressed_in) == (ItemState.ADDRESSED, second)

    post(school, "reviews:transition", plan.pk, "submit")
    assert status(plan) == PlanStatus.RESUBMITTED
    post(reviewer, "reviews:transition", plan.pk, "start_review")
    post(reviewer, "reviews:item-action", item.pk, "resolve")
    item.refresh_from_db()
    assert (item.state, item.resolved_in) == (ItemState.RESOLVED, second)

    refused = post(reviewer, "reviews:transition", plan.pk, "approve", note="Bra.")
    assert "Confirm that the plan is approved all the same." in refused  # the check found parts missing
    assert status(plan) == PlanStatus.IN_REVIEW
    body = post(reviewer, "reviews:transition", plan.pk, "approve", note="Bra.", confirm="on")
    assert "Done: approve the plan." in body
    assert status(plan) == PlanStatus.APPROVED
    assert "Approved" in body


def test_item_actions_reopen_and_drop_through_the_page(
    plan: Plan, version: PlanVersion, reviewer_same_area: User
) -> None:
    item = services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.NOTE, text="Notera."
    )
    reviewer = english(reviewer_same_area)
    post(reviewer, "reviews:item-action", item.pk, "drop")
    item.refresh_from_db()
    assert item.state == ItemState.DROPPED
    post(reviewer, "reviews:item-action", item.pk, "reopen")
    item.refresh_from_db()
    assert item.state == ItemState.REOPENED


def test_a_reviewers_reply_adds_to_the_thread_and_leaves_the_item_open(
    plan: Plan, version: PlanVersion, reviewer_same_area: User
) -> None:
    item = services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.NOTE, text="Notera."
    )
    post(english(reviewer_same_area), "reviews:reply", item.pk, text="Ett förtydligande.")
    item.refresh_from_db()
    assert item.state == ItemState.OPEN
    assert list(item.replies.values_list("text", flat=True)) == ["Ett förtydligande."]


def test_a_refused_step_shows_who_may_take_it(plan: Plan, version: PlanVersion, principal_a: User) -> None:
    services.submit(plan=plan, by=principal_a)
    body = post(english(principal_a), "reviews:transition", plan.pk, "approve")
    assert "Only the school&#x27;s reviewer or a district administrator may approve the plan." in body
    assert status(plan) == PlanStatus.SUBMITTED


def test_a_step_out_of_order_shows_what_can_be_done(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    services.submit(plan=plan, by=principal_a)
    body = post(english(reviewer_same_area), "reviews:transition", plan.pk, "approve")
    assert "so you cannot approve the plan. From here one can: start the review" in body
    assert status(plan) == PlanStatus.SUBMITTED


def test_a_refused_item_action_shows_the_reason(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    item = services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.NOTE, text="Notera."
    )
    body = post(english(principal_a), "reviews:item-action", item.pk, "resolve")
    assert "may resolve." in body
    body = post(english(reviewer_same_area), "reviews:item-action", item.pk, "reopen")
    assert "The feedback item is “Open”, so you cannot reopen it." in body
    item.refresh_from_db()
    assert item.state == ItemState.OPEN


def test_a_principal_cannot_write_feedback_through_the_page(
    plan: Plan, version: PlanVersion, principal_a: User
) -> None:
    body = post(
        english(principal_a), "reviews:add-feedback", version.pk, anchor="plan", severity="note", text="X"
    )
    assert "may write feedback." in body
    assert not FeedbackItem.objects.exists()


def test_an_invalid_feedback_form_says_what_is_wrong(
    plan: Plan, version: PlanVersion, reviewer_same_area: User
) -> None:
    body = post(
        english(reviewer_same_area),
        "reviews:add-feedback",
        version.pk,
        anchor="plan",
        severity="huge",
        text="X",
    )
    assert "The feedback was not saved:" in body
    assert not FeedbackItem.objects.exists()


def test_an_empty_reply_is_not_saved(plan: Plan, version: PlanVersion, reviewer_same_area: User) -> None:
    item = services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.NOTE, text="Notera."
    )
    body = post(english(reviewer_same_area), "reviews:reply", item.pk, text="")
    assert "The reply was not saved:" in body
    assert not FeedbackReply.objects.exists()


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("reviews:transition", ("plan", "submit")),
        ("reviews:add-feedback", ("version",)),
        ("reviews:reply", ("item",)),
        ("reviews:item-action", ("item", "resolve")),
        ("reviews:write-letter", ("plan",)),
    ],
)
def test_posts_about_a_plan_one_cannot_see_are_404(
    plan: Plan,
    version: PlanVersion,
    reviewer_same_area: User,
    principal_b: User,
    name: str,
    args: tuple[str, ...],
) -> None:
    item = services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.NOTE, text="Notera."
    )
    ids = {"plan": plan.pk, "version": version.pk, "item": item.pk}
    values = [ids.get(a, a) for a in args]
    response = client_for(principal_b).post(reverse(name, args=values), {"text": "x", "anchor": "plan"})
    assert response.status_code == 404
    assert not PlanReview.objects.exists()


def test_an_unknown_step_is_404(plan: Plan, version: PlanVersion, reviewer_same_area: User) -> None:
    item = services.add_feedback(
        version=version, by=reviewer_same_area, severity=Severity.NOTE, text="Notera."
    )
    client = client_for(reviewer_same_area)
    assert client.post(reverse("reviews:transition", args=[plan.pk, "publish"])).status_code == 404
    assert client.post(reverse("reviews:item-action", args=[item.pk, "address"])).status_code == 404
    assert client.post(reverse("reviews:item-action", args=[item.pk, "delete"])).status_code == 404


def test_steps_are_posts_only(plan: Plan, version: PlanVersion, principal_a: User) -> None:
    response = client_for(principal_a).get(reverse("reviews:transition", args=[plan.pk, "submit"]))
    assert response.status_code == 405
    assert not PlanReview.objects.exists()


def test_a_post_without_the_csrf_token_is_refused(
    plan: Plan, version: PlanVersion, principal_a: User
) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(principal_a)
    response = client.post(reverse("reviews:transition", args=[plan.pk, "submit"]))
    assert response.status_code == 403
    assert not PlanReview.objects.exists()


def test_a_post_with_the_csrf_token_from_the_page_goes_through(
    plan: Plan, version: PlanVersion, principal_a: User
) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(principal_a)
    client.get(reverse("reviews:plan", args=[plan.pk]))
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    response = client.post(
        reverse("reviews:transition", args=[plan.pk, "submit"]), {"csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert status(plan) == PlanStatus.SUBMITTED


# --- What the page offers ---


def test_the_reviewer_is_offered_the_feedback_form_and_the_principal_is_not(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    form_action = reverse("reviews:add-feedback", args=[version.pk])
    assert form_action in page(english(reviewer_same_area).get(reverse("reviews:plan", args=[plan.pk])))
    assert form_action not in page(english(principal_a).get(reverse("reviews:plan", args=[plan.pk])))


def test_only_the_steps_the_user_may_take_are_offered(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    submit = reverse("reviews:transition", args=[plan.pk, "submit"])
    start = reverse("reviews:transition", args=[plan.pk, "start_review"])
    url = reverse("reviews:plan", args=[plan.pk])
    body = page(english(principal_a).get(url))
    assert (submit in body, start in body) == (True, False)
    services.submit(plan=plan, by=principal_a)
    body = page(english(reviewer_same_area).get(url))
    assert (submit in body, start in body) == (False, True)
    body = page(english(principal_a).get(url))
    assert (submit in body, start in body) == (False, False)


# --- Language ---


def test_the_pages_are_in_swedish_by_default(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    services.submit(plan=plan, by=principal_a)
    client = client_for(reviewer_same_area)
    assert "Granskningskö" in page(client.get(reverse("reviews:queue")))
    body = page(client.get(reverse("reviews:plan", args=[plan.pk])))
    assert "Granskning av planen för Ekbacken, 2025/26" in body
    assert "Inga synpunkter ännu." in body
    assert "Beslut" in body


def test_the_pages_are_in_english_with_accept_language(
    plan: Plan, version: PlanVersion, reviewer_same_area: User
) -> None:
    client = english(reviewer_same_area)
    assert "Review queue" in page(client.get(reverse("reviews:queue")))
    body = page(client.get(reverse("reviews:plan", args=[plan.pk])))
    assert "No feedback yet." in body
    assert "Granskning" not in body


def test_the_pages_are_in_english_with_the_language_cookie(
    plan: Plan, version: PlanVersion, reviewer_same_area: User
) -> None:
    client = client_for(reviewer_same_area)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "Review queue" in page(client.get(reverse("reviews:queue")))
    assert "No feedback yet." in page(client.get(reverse("reviews:plan", args=[plan.pk])))


def test_messages_follow_the_language_of_the_request(
    plan: Plan, version: PlanVersion, principal_a: User
) -> None:
    body = post(client_for(principal_a), "reviews:transition", plan.pk, "submit")
    assert "Klart: lämna in planen." in body


# --- Query counts ---


def review_page_queries(plan: Plan, user: User) -> int:
    client = client_for(user)
    url = reverse("reviews:plan", args=[plan.pk])
    client.get(url)  # the session and the grants are loaded the same way each time
    with CaptureQueriesContext(connection) as captured:
        page(client.get(url))
    return len(captured)


def add_items(version: PlanVersion, reviewer: User, principal: User, count: int) -> None:
    for n in range(count):
        item = services.add_feedback(
            version=version, by=reviewer, severity=Severity.SHOULD_FIX, text=f"Synpunkt {n}."
        )
        services.reply(item=item, by=principal, text=f"Svar {n}.", addressing_version=version)
        services.reply(item=item, by=reviewer, text=f"Tack {n}.")


@pytest.mark.parametrize("who", ["reviewer_same_area", "principal_a"])
def test_the_review_page_costs_the_same_queries_for_1_and_5_feedback_items(
    request: pytest.FixtureRequest,
    plan: Plan,
    version: PlanVersion,
    principal_a: User,
    reviewer_same_area: User,
    who: str,
) -> None:
    user = request.getfixturevalue(who)
    add_items(version, reviewer_same_area, principal_a, 1)
    one = review_page_queries(plan, user)
    add_items(version, reviewer_same_area, principal_a, 4)
    assert FeedbackItem.objects.filter(plan=plan).count() == 5
    five = review_page_queries(plan, user)
    assert abs(five - one) <= 2, (one, five)
