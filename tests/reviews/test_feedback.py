"""Feedback items: anchors, who may write and answer, the lifecycle, threads, carry-over to new versions."""

from __future__ import annotations

import io
from typing import Any

import docx
import pytest
from django.contrib.auth.models import User

from plans import check_pipeline
from plans.errors import NotAllowed
from plans.models import Plan, PlanEvent, PlanVersion
from plans.selectors import current_check_run
from reviews import selectors, services
from reviews.models import AnchorKind, FeedbackItem, ItemState, ReviewEventKind, Severity
from reviews.services import ReviewRefused
from tests.factories import PlanVersionFactory
from tests.reviews.conftest import checked_version

pytestmark = pytest.mark.django_db


def note(version: PlanVersion, reviewer: User, **anchor: Any) -> FeedbackItem:
    return services.add_feedback(
        version=version, by=reviewer, severity=Severity.SHOULD_FIX, text="Förtydliga.", **anchor
    )


def test_items_anchor_to_a_requirement_a_section_a_finding_or_the_plan(
    version: PlanVersion, reviewer_same_area: User
) -> None:
    run = current_check_run(version)
    assert run is not None
    heading = selectors.heading_paths(run)[1]
    by_requirement = note(version, reviewer_same_area, requirement_key="survey")
    by_section = note(version, reviewer_same_area, heading_path=heading)
    whole = note(version, reviewer_same_area)
    assert (by_requirement.anchor_kind, by_requirement.requirement_key) == (AnchorKind.REQUIREMENT, "survey")
    assert (by_section.anchor_kind, tuple(by_section.heading_path)) == (AnchorKind.SECTION, heading)
    assert whole.anchor_kind == AnchorKind.PLAN
    assert all(i.state == ItemState.OPEN for i in (by_requirement, by_section, whole))


def test_a_finding_anchor_keeps_only_the_masked_text(plan: Plan, reviewer_same_area: User) -> None:
    document = docx.Document()
    document.add_heading("Kontakt", 1)
    document.add_paragraph("Elev Kalle, personnummer 121212-1212, har varit utsatt.")
    buffer = io.BytesIO()
    document.save(buffer)
    version = PlanVersionFactory(plan=plan, number=1, content=buffer.getvalue())
    check_pipeline.run_check(version_id=version.pk)
    item = note(version, reviewer_same_area, finding_code="personal_identity_number")
    assert item.anchor_kind == AnchorKind.FINDING
    assert "1212-1212" not in item.finding_shown_as
    assert item.finding_shown_as


@pytest.mark.parametrize(
    ("anchor", "message"),
    [
        ({"requirement_key": "no_such_key"}, "no requirement"),
        ({"finding_code": "personal_identity_number"}, "found nothing"),
        ({"requirement_key": "survey", "heading_path": ["Kartläggning"]}, "one thing"),
    ],
)
def test_anchors_that_do_not_exist_are_refused(
    version: PlanVersion, reviewer_same_area: User, anchor: dict[str, object], message: str
) -> None:
    with pytest.raises(ReviewRefused, match=message):
        note(version, reviewer_same_area, **anchor)
    assert not FeedbackItem.objects.exists()


def test_empty_text_and_unknown_severity_are_refused(version: PlanVersion, reviewer_same_area: User) -> None:
    with pytest.raises(ReviewRefused, match="empty"):
        services.add_feedback(version=version, by=reviewer_same_area, severity=Severity.NOTE, text="  ")
    with pytest.raises(ReviewRefused, match="severity"):
        services.add_feedback(version=version, by=reviewer_same_area, severity="urgent", text="Text")


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("reviewer_same_area", True),
        ("district_admin", True),
        ("reviewer_other_area", False),
        ("principal_a", False),
        ("service_account", False),
        ("reviewer_other_district", False),
    ],
)
def test_who_may_write_feedback(
    request: pytest.FixtureRequest, version: PlanVersion, who: str, allowed: bool
) -> None:
    user = request.getfixturevalue(who)
    if allowed:
        assert note(version, user).pk
    else:
        with pytest.raises(NotAllowed, match="reviewer or a district administrator may write feedback"):
            note(version, user)


def test_a_principals_reply_marks_the_item_addressed_and_a_reviewers_does_not(
    version: PlanVersion, reviewer_same_area: User, principal_a: User
) -> None:
    item = note(version, reviewer_same_area)
    services.reply(item=item, by=reviewer_same_area, text="Se gärna Skolverkets stöd.")
    item.refresh_from_db()
    assert item.state == ItemState.OPEN
    services.reply(item=item, by=principal_a, text="Vi har förtydligat avsnittet.")
    item.refresh_from_db()
    assert item.state == ItemState.ADDRESSED
    assert [r.text for r in item.replies.all()] == [
        "Se gärna Skolverkets stöd.",
        "Vi har förtydligat avsnittet.",
    ]


def test_a_principal_names_the_new_version_that_addresses_an_item(
    plan: Plan, version: PlanVersion, reviewer_same_area: User, principal_a: User
) -> None:
    item = note(version, reviewer_same_area)
    second = checked_version(plan, seed=5)
    services.mark_addressed(item=item, version=second, by=principal_a)
    item.refresh_from_db()
    assert (item.state, item.addressed_in) == (ItemState.ADDRESSED, second)
    event = PlanEvent.objects.get(kind=ReviewEventKind.FEEDBACK_ADDRESSED)
    assert (event.version, event.actor, event.data["number"]) == (second, principal_a, 2)


def test_a_version_of_another_plan_cannot_address_an_item(
    version: PlanVersion, reviewer_same_area: User, principal_a: User, world: object
) -> None:
    item = note(version, reviewer_same_area)
    other = PlanVersionFactory()
    with pytest.raises(ReviewRefused, match="another plan"):
        services.mark_addressed(item=item, version=other, by=principal_a)


@pytest.mark.parametrize("who", ["principal_b", "reviewer_other_area", "service_account"])
def test_others_may_not_answer(
    request: pytest.FixtureRequest, version: PlanVersion, reviewer_same_area: User, who: str
) -> None:
    item = note(version, reviewer_same_area)
    with pytest.raises(NotAllowed):
        services.reply(item=item, by=request.getfixturevalue(who), text="Hej")
    assert not item.replies.exists()


def test_the_reviewer_resolves_reopens_and_drops(
    version: PlanVersion, reviewer_same_area: User, principal_a: User
) -> None:
    item = note(version, reviewer_same_area)
    services.reply(item=item, by=principal_a, text="Klart.")
    services.reopen(item=item, by=reviewer_same_area)
    item.refresh_from_db()
    assert item.state == ItemState.REOPENED
    services.resolve(item=item, by=reviewer_same_area)
    item.refresh_from_db()
    assert (item.state, item.resolved_in) == (ItemState.RESOLVED, version)
    services.reopen(item=item, by=reviewer_same_area)
    services.drop(item=item, by=reviewer_same_area)
    item.refresh_from_db()
    assert item.state == ItemState.DROPPED
    changes = PlanEvent.objects.filter(data__item=item.pk).values_list("kind", flat=True)
    assert list(changes) == [
        ReviewEventKind.FEEDBACK_ADDED,
        ReviewEventKind.FEEDBACK_REPLIED,
        ReviewEventKind.FEEDBACK_ADDRESSED,
        ReviewEventKind.FEEDBACK_REOPENED,
        ReviewEventKind.FEEDBACK_RESOLVED,
        ReviewEventKind.FEEDBACK_REOPENED,
        ReviewEventKind.FEEDBACK_DROPPED,
    ]


@pytest.mark.parametrize("step", ["resolve", "reopen", "drop"])
def test_a_principal_may_not_settle_items(
    version: PlanVersion, reviewer_same_area: User, principal_a: User, step: str
) -> None:
    item = note(version, reviewer_same_area)
    if step == "reopen":
        services.resolve(item=item, by=reviewer_same_area)
    with pytest.raises(NotAllowed, match="reviewer"):
        getattr(services, step)(item=item, by=principal_a)


def test_a_step_that_does_not_fit_the_state_names_what_does(
    version: PlanVersion, reviewer_same_area: User
) -> None:
    item = note(version, reviewer_same_area)
    with pytest.raises(ReviewRefused) as refused:
        services.reopen(item=item, by=reviewer_same_area)
    assert "Open" in refused.value.message
    assert "resolve" in refused.value.message
    services.drop(item=item, by=reviewer_same_area)
    with pytest.raises(ReviewRefused, match="Dropped"):
        services.drop(item=item, by=reviewer_same_area)


def _plan_with_sections(*sections: tuple[str, str]) -> bytes:
    document = docx.Document()
    document.add_heading("Plan mot kränkande behandling 2025/26", 0)
    for heading, text in sections:
        document.add_heading(heading, 1)
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _checked(plan: Plan, number: int, data: bytes) -> PlanVersion:
    version = PlanVersionFactory(plan=plan, number=number, content=data)
    check_pipeline.run_check(version_id=version.pk)
    return version


def test_open_items_carry_over_and_their_anchors_are_found_again(
    plan: Plan, reviewer_same_area: User
) -> None:
    first = _checked(
        plan,
        1,
        _plan_with_sections(
            ("3. Kartläggning", "Vi har gjort en trivselenkät."),
            ("4. Rutiner", "Rektor anmäler till huvudmannen."),
            ("5. Nationella minoriteter", "Vi informerar om modersmål."),
        ),
    )
    moved = note(first, reviewer_same_area, heading_path=["3. Kartläggning"])
    kept = note(first, reviewer_same_area, heading_path=["4. Rutiner"])
    removed = note(first, reviewer_same_area, heading_path=["5. Nationella minoriteter"])
    requirement = note(first, reviewer_same_area, requirement_key="survey")
    second = _checked(
        plan,
        2,
        _plan_with_sections(
            ("4. Rutiner", "Rektor anmäler till huvudmannen och utreder."),
            ("6. KARTLÄGGNING", "Trivselenkäten visade att eleverna känner sig otrygga i matsalen."),
        ),
    )
    located = {
        view.item.pk: view.located for view in selectors.plan_items(plan, run=current_check_run(second))
    }
    assert located[kept.pk].heading_path == ("4. Rutiner",)
    assert not located[kept.pk].gone and not located[kept.pk].moved
    assert located[moved.pk].heading_path == ("6. KARTLÄGGNING",)
    assert located[moved.pk].moved
    assert located[removed.pk].gone
    assert located[requirement.pk].requirement_status in ("met", "partial")
    assert located[requirement.pk].heading_path == ("6. KARTLÄGGNING",)
    assert all(
        view.item.state == ItemState.OPEN
        for view in selectors.plan_items(plan, run=current_check_run(second))
    )


def test_a_finding_that_is_gone_in_the_new_version_is_marked(plan: Plan, reviewer_same_area: User) -> None:
    first = _checked(plan, 1, _plan_with_sections(("Kontakt", "Elev Kalle, personnummer 121212-1212.")))
    item = note(first, reviewer_same_area, finding_code="personal_identity_number")
    second = _checked(plan, 2, _plan_with_sections(("Kontakt", "Kontakta rektor.")))
    [view] = selectors.plan_items(plan, run=current_check_run(second))
    assert view.item == item
    assert view.located.gone
