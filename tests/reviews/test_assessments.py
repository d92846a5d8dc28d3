"""The reviewer's assessment per requirement (issue 14.1): the engine's status is a proposal; the
reviewer confirms it or sets another with a reason, and that is what the screen, the API and the
letter report, marked with who and when; without one the engine's status is reported as automatic."""

from __future__ import annotations

import datetime
import io

import docx
import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation

from plans.errors import NotAllowed
from plans.models import Plan, PlanEvent, PlanVersion, RequirementResult, School
from reviews import assessments, selectors, services
from reviews.assessments import AssessmentRefused, assess, effective_results, person
from reviews.models import Assessment, ReviewEventKind
from tests.api.builders import API, PROBLEM, api_client
from tests.conftest import World
from tests.conftest import client_for as signed_in
from tests.reviews.builders import at
from tests.reviews.conftest import checked_version

pytestmark = pytest.mark.django_db


def client_for(user: User) -> Client:
    """Signed in, in English (the Swedish catalogue has its own test; the letter is Swedish below)."""
    client = signed_in(user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def engine(version: PlanVersion) -> dict[str, str]:
    return dict(
        RequirementResult.objects.filter(check_run_id=version.current_run_id)
        .order_by("order")
        .values_list("key", "status")
    )


def other_than(status: str) -> str:
    return "met" if status != "met" else "missing"


def first(version: PlanVersion) -> tuple[str, str]:
    """A requirement of the version's check and the engine's status for it."""
    return next(iter(engine(version).items()))


# --- The service ---


def test_a_reviewer_confirms_the_engines_status_without_a_reason(
    version: PlanVersion, reviewer_same_area: User
) -> None:
    key, status = first(version)
    effective = assess(version=version, key=key, status=status, by=reviewer_same_area, now=at(2026, 10, 1))
    assert (effective.status, effective.engine_status, effective.assessed_at) == (
        status,
        status,
        at(2026, 10, 1),
    )
    row = Assessment.objects.get(version=version, key=key)
    assert (row.status, row.engine_status, row.reason, row.by) == (status, status, "", reviewer_same_area)


def test_another_status_than_the_engines_needs_a_reason(
    version: PlanVersion, reviewer_same_area: User
) -> None:
    key, status = first(version)
    with pytest.raises(AssessmentRefused) as refused:
        assess(version=version, key=key, status=other_than(status), reason="  ", by=reviewer_same_area)
    assert refused.value.field == "reason"
    assert not Assessment.objects.exists()
    assess(
        version=version, key=key, status=other_than(status), reason="Finns i bilagan.", by=reviewer_same_area
    )
    row = Assessment.objects.get(version=version, key=key)
    assert (row.status, row.engine_status, row.reason) == (other_than(status), status, "Finns i bilagan.")


def test_the_database_refuses_a_differing_status_without_a_reason(
    version: PlanVersion, reviewer_same_area: User
) -> None:
    key, status = first(version)
    with pytest.raises(IntegrityError), transaction.atomic():
        Assessment.objects.create(
            version=version,
            key=key,
            status=other_than(status),
            engine_status=status,
            by=reviewer_same_area,
            at=at(2026, 10, 1),
        )


def test_a_reason_is_short(version: PlanVersion, reviewer_same_area: User) -> None:
    key, status = first(version)
    with pytest.raises(AssessmentRefused, match="500"):
        assess(version=version, key=key, status=other_than(status), reason="x" * 501, by=reviewer_same_area)


def test_only_the_versions_checked_requirements_and_known_statuses_are_assessed(
    version: PlanVersion, reviewer_same_area: User
) -> None:
    with pytest.raises(AssessmentRefused) as refused:
        assess(version=version, key="no_such_requirement", status="met", by=reviewer_same_area)
    assert refused.value.field == "key"
    key, _status = first(version)
    with pytest.raises(AssessmentRefused) as refused:
        assess(version=version, key=key, status="excellent", by=reviewer_same_area)
    assert refused.value.field == "status"


@pytest.mark.parametrize("who", ["principal_a", "reviewer_other_area"])
def test_only_the_areas_reviewer_and_the_district_admin_assess(
    request: pytest.FixtureRequest, version: PlanVersion, who: str, district_admin: User
) -> None:
    key, status = first(version)
    with pytest.raises(NotAllowed):
        assess(version=version, key=key, status=status, by=request.getfixturevalue(who))
    assert not Assessment.objects.exists()
    assess(version=version, key=key, status=status, by=district_admin)
    assert Assessment.objects.get().by == district_admin


def test_each_assessment_is_in_the_audit_trail_and_the_last_one_counts(
    version: PlanVersion, reviewer_same_area: User
) -> None:
    key, status = first(version)
    assess(version=version, key=key, status=status, by=reviewer_same_area)
    assess(
        version=version, key=key, status=other_than(status), reason="Saknar tidplan.", by=reviewer_same_area
    )
    assert Assessment.objects.filter(version=version).count() == 1
    events = PlanEvent.objects.filter(plan=version.plan, kind=ReviewEventKind.ASSESSED).order_by("pk")
    assert [(e.version_id, e.actor, e.data) for e in events] == [
        (version.pk, reviewer_same_area, {"key": key, "status": status, "engine_status": status}),
        (version.pk, reviewer_same_area, {"key": key, "status": other_than(status), "engine_status": status}),
    ]


def test_the_effective_read_is_the_reviewers_else_the_engines_in_three_queries(
    plan: Plan, version: PlanVersion, reviewer_same_area: User, django_assert_num_queries
) -> None:
    key, status = first(version)
    assess(version=version, key=key, status=other_than(status), reason="Se bilaga.", by=reviewer_same_area)
    second = checked_version(plan, seed=2)
    with django_assert_num_queries(3):
        rows = effective_results([version.pk, second.pk])
    assert rows[version.pk][key].status == other_than(status)
    assert rows[version.pk][key].engine_status == status
    assert rows[version.pk][key].assessed_by == person(reviewer_same_area)
    others = [e for k, e in rows[version.pk].items() if k != key]
    assert others and all(not e.assessed and e.status == e.engine_status for e in others)
    # A new version starts unassessed.
    assert all(not e.assessed for e in rows[second.pk].values())
    assert {k: e.status for k, e in rows[second.pk].items()} == engine(second)


# --- The review screen ---


def test_the_form_without_javascript_saves_and_comes_back_to_the_row(
    plan: Plan, version: PlanVersion, reviewer_same_area: User
) -> None:
    key, status = first(version)
    client = client_for(reviewer_same_area)
    response = client.post(
        reverse("reviews:assess", args=[version.pk]),
        {"key": key, "status": other_than(status), "reason": "Finns under rubriken Ansvar."},
    )
    assert response.status_code == 302
    assert response["Location"] == (
        f"{reverse('reviews:plan', args=[plan.pk])}?version={version.number}#requirement-{key}"
    )
    assert Assessment.objects.get(version=version, key=key).status == other_than(status)
    page = client.get(response["Location"]).content.decode()
    assert "Assessment saved." in page
    assert f"assessed by {person(reviewer_same_area)}" in page
    assert "(automatic)" in page  # the requirements not assessed
    assert f'id="requirement-{key}"' in page


def test_the_form_without_javascript_says_why_it_was_refused(
    version: PlanVersion, reviewer_same_area: User
) -> None:
    key, status = first(version)
    client = client_for(reviewer_same_area)
    response = client.post(
        reverse("reviews:assess", args=[version.pk]), {"key": key, "status": other_than(status)}, follow=True
    )
    assert "Give a reason" in response.content.decode()
    assert not Assessment.objects.exists()


def test_the_confirm_button_sends_the_engines_status(version: PlanVersion, reviewer_same_area: User) -> None:
    key, status = first(version)
    # The select says one thing, the Confirm button (submitted last) the engine's status.
    client_for(reviewer_same_area).post(
        reverse("reviews:assess", args=[version.pk]), {"key": key, "status": [other_than(status), status]}
    )
    assert Assessment.objects.get(version=version, key=key).status == status


def test_with_javascript_the_row_comes_back_as_json(version: PlanVersion, reviewer_same_area: User) -> None:
    key, status = first(version)
    client = client_for(reviewer_same_area)
    url = reverse("reviews:assess", args=[version.pk])
    refused = client.post(url, {"key": key, "status": other_than(status)}, HTTP_ACCEPT="application/json")
    assert refused.status_code == 400
    assert "Give a reason" in refused.json()["error"]
    done = client.post(url, {"key": key, "status": status}, HTTP_ACCEPT="application/json")
    assert done.status_code == 200
    html = done.json()["html"]
    assert f'id="assessment-{key}"' in html
    assert f"assessed by {person(reviewer_same_area)}" in html
    assert "data-assess-form" in html


def test_a_principal_is_sent_back_and_others_get_404(
    version: PlanVersion, principal_a: User, reviewer_other_district: User
) -> None:
    key, status = first(version)
    url = reverse("reviews:assess", args=[version.pk])
    response = client_for(principal_a).post(
        url, {"key": key, "status": status}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 403
    assert client_for(reviewer_other_district).post(url, {"key": key, "status": status}).status_code == 404
    assert not Assessment.objects.exists()


def test_the_principal_sees_the_assessment_but_no_form(
    plan: Plan, version: PlanVersion, reviewer_same_area: User, principal_a: User
) -> None:
    key, status = first(version)
    assess(version=version, key=key, status=status, by=reviewer_same_area)
    page = client_for(principal_a).get(reverse("reviews:plan", args=[plan.pk])).content.decode()
    assert f"assessed by {person(reviewer_same_area)}" in page
    assert "data-assess-form" not in page


def test_a_new_version_starts_unassessed_with_the_previous_assessment_beside_it(
    plan: Plan, version: PlanVersion, reviewer_same_area: User
) -> None:
    key, status = first(version)
    assess(version=version, key=key, status=other_than(status), reason="Se bilaga 2.", by=reviewer_same_area)
    second = checked_version(plan, seed=2)
    assert not Assessment.objects.filter(version=second).exists()
    assert assessments.previous_assessments(second)[key].version == version
    page = client_for(reviewer_same_area).get(reverse("reviews:plan", args=[plan.pk])).content.decode()
    assert "On version 1:" in page
    assert "Se bilaga 2." in page
    block = page[page.index(f'id="assessment-{key}"') :]
    assert "(automatic)" in block[: block.index("On version 1:")]


# --- The API ---


def test_the_api_reports_the_effective_status_and_the_engines(
    version: PlanVersion, reviewer_same_area: User
) -> None:
    key, status = first(version)
    assess(version=version, key=key, status=other_than(status), reason="Se bilaga.", by=reviewer_same_area)
    body = api_client(reviewer_same_area).get(f"{API}/plan-versions/{version.pk}/").json()
    rows = {r["key"]: r for r in body["requirements"]}
    assert rows[key]["status"] == other_than(status)
    assert rows[key]["engine_status"] == status
    assert rows[key]["assessed_by"] == person(reviewer_same_area)
    assert rows[key]["assessed_at"]
    untouched = [r for k, r in rows.items() if k != key]
    assert all(r["assessed_by"] is None and r["assessed_at"] is None for r in untouched)
    assert all(r["status"] == r["engine_status"] for r in untouched)


def test_the_api_assesses_and_answers_with_the_effective_row(
    version: PlanVersion, reviewer_same_area: User
) -> None:
    key, status = first(version)
    client = api_client(reviewer_same_area)
    before = client.get(f"{API}/plan-versions/{version.pk}/")
    response = client.post(
        f"{API}/plan-versions/{version.pk}/assessments/",
        {"key": key, "status": other_than(status), "reason": "Se bilaga."},
        format="json",
    )
    assert response.status_code == 201
    row = response.json()
    assert (row["key"], row["status"], row["engine_status"], row["assessed_by"], row["reason"]) == (
        key,
        other_than(status),
        status,
        person(reviewer_same_area),
        "Se bilaga.",
    )
    assert row["assessed_at"]
    # The version's validator changes with the assessment: a polling client sees it.
    after = client.get(f"{API}/plan-versions/{version.pk}/", HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200


def test_the_api_refuses_as_problem_json(
    version: PlanVersion, reviewer_same_area: User, principal_a: User, reviewer_other_district: User
) -> None:
    key, status = first(version)
    url = f"{API}/plan-versions/{version.pk}/assessments/"
    invalid = api_client(reviewer_same_area).post(
        url, {"key": key, "status": other_than(status)}, format="json"
    )
    assert invalid.status_code == 400
    assert invalid["Content-Type"].startswith(PROBLEM)
    assert "reason" in invalid.json()["errors"]
    unknown = api_client(reviewer_same_area).post(url, {"key": "nope", "status": "met"}, format="json")
    assert unknown.status_code == 400
    assert "key" in unknown.json()["errors"]
    forbidden = api_client(principal_a).post(url, {"key": key, "status": status}, format="json")
    assert forbidden.status_code == 403
    assert forbidden["Content-Type"].startswith(PROBLEM)
    hidden = api_client(reviewer_other_district).post(url, {"key": key, "status": status}, format="json")
    assert hidden.status_code == 404
    assert not Assessment.objects.exists()


# --- The letter ---


def test_the_letter_reports_the_assessed_status_and_says_by_whom(
    plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User
) -> None:
    reviewer_same_area.first_name, reviewer_same_area.last_name = "Greta", "Granskare"
    reviewer_same_area.save()
    key, status = first(version)
    services.submit(plan=plan, by=principal_a)
    services.start_review(plan=plan, by=reviewer_same_area)
    assess(
        version=version,
        key=key,
        status=other_than(status),
        reason="Beskrivningen finns i bilagan.",
        by=reviewer_same_area,
        now=at(2026, 10, 1),
    )
    letter = services.write_letter(plan=plan, by=reviewer_same_area)
    with letter.file.open("rb") as handle:
        document = docx.Document(io.BytesIO(handle.read()))
    rows = [tuple(cell.text for cell in row.cells) for table in document.tables for row in table.rows]
    with translation.override("sv"):
        label = str(Assessment(status=other_than(status)).get_status_display())
    assessed = [r for r in rows if "bedömd av Greta Granskare, 2026-10-01" in r[1]]
    assert len(assessed) == 1
    assert label in assessed[0][1]
    assert "Beskrivningen finns i bilagan." in assessed[0][2]
    assert sum("automatisk kontroll" in r[1] for r in rows) == len(engine(version)) - 1


# --- The overview matrix (and so its exports) and the principal's start page ---


def test_the_overview_and_the_start_page_count_the_assessed_status(
    world: World, plan: Plan, version: PlanVersion, reviewer_same_area: User
) -> None:
    key, status = first(version)
    today = datetime.date(2025, 10, 10)

    def matrix_status() -> str:
        year = selectors.school_year_matrix(School.objects.all(), school_year=world.year, today=today)
        return next(r for r in year.rows if r.school == world.school_a).results[key]

    def start_counts() -> tuple[int, int, int]:
        rows = selectors.start_rows(
            School.objects.filter(pk=world.school_a.pk),
            Plan.objects.all(),
            school_year=world.year,
            today=today,
        )
        return rows[0].check.met, rows[0].check.partial, rows[0].check.missing

    before = start_counts()
    assert matrix_status() == status
    assess(version=version, key=key, status=other_than(status), reason="Se bilaga.", by=reviewer_same_area)
    assert matrix_status() == other_than(status)
    after = start_counts()
    assert sum(after) == sum(before)
    index = {"met": 0, "partial": 1, "missing": 2}
    assert after[index[other_than(status)]] == before[index[other_than(status)]] + 1
    assert after[index[status]] == before[index[status]] - 1
