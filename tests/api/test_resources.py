"""Every resource under /api/v1/ and the fixed contract: upload → queued → checked with requirements and
findings; the same refusal text as the web upload; status summaries; review actions and feedback."""

from __future__ import annotations

import hashlib
import html
import re

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plans.models import CheckStatus, PlanVersion
from reviews.models import ItemState, PlanStatus
from tests.api.builders import API, DOCX, PROBLEM, api_client, results, seed
from tests.conftest import World, client_for
from tests.factories import docx_bytes

pytestmark = pytest.mark.django_db

LEGACY_DOC = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 2048


def upload(client, content: bytes, *, school: str = "11111111", name: str = "plan.docx"):  # type: ignore[no-untyped-def]
    return client.post(
        f"{API}/plan-versions/",
        {"school": school, "school_year": "2025/26", "file": SimpleUploadedFile(name, content, DOCX)},
        format="multipart",
    )


# --- upload and polling: the fixed contract ---


def test_upload_answers_201_queued_with_its_url(
    principal_a: User, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    client = api_client(principal_a)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = upload(client, docx_bytes("Ekbacken"))
    assert response.status_code == 201
    body = response.json()
    version = PlanVersion.objects.get()
    assert body["id"] == version.pk
    assert body["status"] == "queued"
    assert body["url"] == f"http://testserver{API}/plan-versions/{version.pk}/"
    assert response["Location"] == body["url"]
    assert body["school"] == "11111111" and body["school_year"] == "2025/26" and body["number"] == 1
    assert body["requirements"] is None and body["findings"] is None
    assert len(callbacks) == 1  # the check is sent after commit


def test_uploaded_version_is_checked_and_reports_requirements_and_findings(
    principal_a: User, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    client = api_client(principal_a)
    with django_capture_on_commit_callbacks(execute=True):
        url = upload(client, docx_bytes("Ekbacken")).json()["url"]
    body = client.get(url).json()
    assert body["status"] == "checked"
    assert body["check_finished_at"] is not None
    assert len(body["requirements"]) == 12
    for row in body["requirements"]:
        assert {"key", "status", "reason"} <= set(row)
        assert row["status"] in ("met", "partial", "missing")
        assert row["reason"]
    assert isinstance(body["findings"], list)
    for row in body["findings"]:
        assert {"code", "severity", "message"} <= set(row)


def test_status_moves_queued_checking_checked(principal_a: User) -> None:
    client = api_client(principal_a)
    url = upload(client, docx_bytes("Ekbacken")).json()["url"]
    version = PlanVersion.objects.get()
    assert client.get(url).json()["status"] == "queued"
    PlanVersion.objects.filter(pk=version.pk).update(check_status=CheckStatus.CHECKING)
    assert client.get(url).json()["status"] == "checking"
    PlanVersion.objects.filter(pk=version.pk).update(
        check_status=CheckStatus.FAILED, check_failure="unreadable"
    )
    failed = client.get(url).json()
    assert failed["status"] == "failed"
    assert failed["failure"]


@pytest.mark.parametrize(
    ("content", "code"),
    [(LEGACY_DOC, "legacy_doc"), (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "not_zip")],
    ids=["doc", "pdf"],
)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_bad_file_is_400_with_the_web_uploads_message(
    content: bytes, code: str, language: str, principal_a: User, world: World
) -> None:
    response = upload(api_client(principal_a, language=language), content)
    assert response.status_code == 400
    assert response["Content-Type"] == PROBLEM
    problem = response.json()
    assert problem["code"] == f"upload_rejected.{code}"
    assert problem["detail"] == web_upload_message(principal_a, world, content, language)
    assert not PlanVersion.objects.exists()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_empty_file_is_400_with_the_web_forms_message(language: str, principal_a: User, world: World) -> None:
    response = upload(api_client(principal_a, language=language), b"")
    assert response.status_code == 400
    problem = response.json()
    assert problem["code"] == "invalid"
    assert problem["errors"]["file"] == [web_upload_message(principal_a, world, b"", language)]


def web_upload_message(user: User, world: World, content: bytes, language: str) -> str:
    """The refusal the upload page shows for the same file (its error text, unescaped)."""
    web = client_for(user)
    web.cookies["django_language"] = language
    page = web.post(
        reverse("plans:upload", args=[world.school_a.pk]),
        {"school_year": world.year.pk, "file": SimpleUploadedFile("p.docx", content, DOCX)},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert page.status_code == 400
    errors = re.findall(
        r'<(?:span|p|li)[^>]*class="[^"]*error[^"]*"[^>]*>(.*?)</', page.content.decode(), re.S
    )
    assert errors, page.content.decode()
    return html.unescape(str(errors[0]).strip())


def test_same_file_twice_is_409_naming_version_1(principal_a: User) -> None:
    client = api_client(principal_a, language="en")
    content = docx_bytes("Ekbacken")
    upload(client, content)
    response = upload(client, content)
    assert response.status_code == 409
    assert response.json()["code"] == "duplicate_version"
    assert "version 1" in response.json()["detail"]


def test_upload_to_a_school_you_do_not_see_is_404(principal_a: User) -> None:
    response = upload(api_client(principal_a), docx_bytes("Västra"), school="22222222")
    assert response.status_code == 404
    assert not PlanVersion.objects.exists()


def test_upload_without_a_file_names_the_field(principal_a: User) -> None:
    response = api_client(principal_a).post(
        f"{API}/plan-versions/", {"school": "11111111", "school_year": "2025/26"}, format="multipart"
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"file"}


def test_download_gives_the_original_bytes(principal_a: User) -> None:
    client = api_client(principal_a)
    content = docx_bytes("Ekbacken")
    body = upload(client, content, name="Likabehandlingsplan.docx").json()
    response = client.get(body["download"])
    assert response.status_code == 200
    content = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    assert hashlib.sha256(content).hexdigest() == body["sha256"]
    assert "Likabehandlingsplan.docx" in response["Content-Disposition"]


# --- organisation, school years and summaries ---


def test_districts_and_areas(district_admin: User, world: World) -> None:
    client = api_client(district_admin)
    assert results(client.get(f"{API}/districts/")) == [
        {
            "id": world.district.pk,
            "name": "Exempelstad",
            "organisation_number": world.district.organisation_number,
        }
    ]
    names = [row["name"] for row in results(client.get(f"{API}/areas/"))]
    assert names == ["Grundskoleavdelningen", "Gymnasieavdelningen"]


def test_school_years_list_labels_and_lookup_by_encoded_label(principal_a: User, world: World) -> None:
    client = api_client(principal_a)
    assert [row["label"] for row in results(client.get(f"{API}/school-years/"))] == ["2025/26"]
    response = client.get(f"{API}/school-years/2025%2F26/")
    assert response.status_code == 200
    assert response.json()["id"] == world.year.pk
    assert client.get(f"{API}/school-years/2031%2F32/").status_code == 404


def test_schools_with_school_year_carry_status_and_latest_version(district_admin: User, world: World) -> None:
    rows = seed(world, reviewer=district_admin)
    listed = results(api_client(district_admin).get(f"{API}/schools/", {"school_year": "2025/26"}))
    by_code = {row["skolenhetskod"]: row for row in listed}
    assert by_code["11111111"]["status"] == PlanStatus.IN_REVIEW
    assert by_code["11111111"]["latest_version"] == rows.version_a.pk
    assert by_code["22222222"]["status"] == PlanStatus.NOT_SUBMITTED
    assert by_code["11111111"]["forms"] == ["grundskola"]


def test_school_year_summary_counts_statuses_results_and_overdue(district_admin: User, world: World) -> None:
    import datetime

    import time_machine

    seed(world, reviewer=district_admin)
    with time_machine.travel(datetime.datetime(2025, 10, 15, 12, tzinfo=datetime.UTC)):
        body = api_client(district_admin).get(f"{API}/school-years/2025%2F26/summary/").json()
    assert body["school_year"] == "2025/26"
    assert body["schools"] == 2
    assert body["by_status"][PlanStatus.IN_REVIEW] == 1
    assert body["by_status"][PlanStatus.NOT_SUBMITTED] == 1
    assert len(body["requirements"]) == 12
    for row in body["requirements"]:
        assert row["met"] + row["partial"] + row["missing"] == 1  # one checked plan
    # Västra gymnasiet has handed in nothing after 30 September.
    assert [(row["school"], row["kind"]) for row in body["overdue"]] == [("22222222", "plan")]


def test_school_summary(district_admin: User, world: World) -> None:
    rows = seed(world, reviewer=district_admin)
    client = api_client(district_admin)
    body = client.get(f"{API}/schools/{world.school_a.pk}/summary/", {"school_year": "2025/26"}).json()
    assert body["school"] == "11111111"
    assert body["status"] == PlanStatus.IN_REVIEW
    assert body["plan"] == rows.plan_a.pk
    assert body["latest_version"] == rows.version_a.pk
    assert body["check_status"] == "checked"
    assert len(body["requirements"]) == 12
    assert body["open_feedback"] == 1
    assert body["due"]["plan_due"] == "2025-09-30"
    missing = client.get(f"{API}/schools/{world.school_a.pk}/summary/")
    assert missing.status_code == 400
    assert set(missing.json()["errors"]) == {"school_year"}


# --- plans: review actions, audit trail and decisions ---


def test_review_from_submission_to_approval(
    principal_a: User, reviewer_same_area: User, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    school = api_client(principal_a)
    with django_capture_on_commit_callbacks(execute=True):
        version = upload(school, docx_bytes("Ekbacken")).json()
    plan = version["plan"]
    assert school.post(f"{API}/plans/{plan}/submit/", {}, format="json").json()["status"] == "submitted"
    reviewer = api_client(reviewer_same_area)
    assert reviewer.post(f"{API}/plans/{plan}/start-review/").json()["status"] == "in_review"
    item = reviewer.post(
        f"{API}/feedback-items/",
        {"version": version["id"], "severity": "must_fix", "text": "Beskriv elevernas delaktighet."},
        format="json",
    )
    assert item.status_code == 201
    item_id = item.json()["id"]
    refused = reviewer.post(f"{API}/plans/{plan}/approve/", {}, format="json")
    assert refused.status_code == 409
    changes = reviewer.post(f"{API}/plans/{plan}/request-changes/", {"note": "Se punkt 1."}, format="json")
    assert changes.json()["status"] == "changes_requested"
    answered = school.post(
        f"{API}/feedback-items/{item_id}/reply/", {"text": "Klart i avsnitt 3."}, format="json"
    )
    assert answered.status_code == 201
    assert answered.json()["state"] == ItemState.ADDRESSED
    assert answered.json()["replies"][0]["text"] == "Klart i avsnitt 3."
    assert reviewer.post(f"{API}/feedback-items/{item_id}/resolve/").json()["state"] == ItemState.RESOLVED
    assert reviewer.post(f"{API}/feedback-items/{item_id}/reopen/").json()["state"] == ItemState.REOPENED
    assert reviewer.post(f"{API}/feedback-items/{item_id}/drop/").json()["state"] == ItemState.DROPPED
    # The school hands in again; the reviewer approves.
    assert school.post(f"{API}/plans/{plan}/submit/").json()["status"] == "resubmitted"
    reviewer.post(f"{API}/plans/{plan}/start-review/")
    approved = reviewer.post(f"{API}/plans/{plan}/approve/", {"note": "Bra."}, format="json")
    assert approved.json() == {"plan": plan, "status": "approved"}

    decisions = results(school.get(f"{API}/plans/{plan}/decisions/"))
    assert [(d["kind"], d["note"]) for d in decisions] == [
        ("changes_requested", "Se punkt 1."),
        ("approved", "Bra."),
    ]
    events = results(school.get(f"{API}/plans/{plan}/events/"))
    kinds = [event["kind"] for event in events]
    assert "version_uploaded" in kinds and "check_finished" in kinds
    assert len(kinds) >= 10
    assert all(event["title"] and event["at"] for event in events)


def test_principal_may_not_review(principal_a: User, world: World, district_admin: User) -> None:
    rows = seed(world, reviewer=district_admin)
    client = api_client(principal_a, language="en")
    response = client.post(f"{API}/plans/{rows.plan_a.pk}/request-changes/", {}, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"


def test_plans_list_and_detail(district_admin: User, world: World) -> None:
    rows = seed(world, reviewer=district_admin)
    client = api_client(district_admin)
    listed = results(client.get(f"{API}/plans/"))
    assert [row["school"] for row in listed] == ["11111111", "22222222"]  # by school name
    detail = client.get(f"{API}/plans/{rows.plan_a.pk}/").json()
    assert detail["versions"] == [rows.version_a.pk]
    assert detail["school_year"] == "2025/26"


# --- check runs, templates and requirements ---


def test_check_runs_with_requirement_results_and_findings(district_admin: User, world: World) -> None:
    rows = seed(world, reviewer=district_admin)
    client = api_client(district_admin)
    listed = results(client.get(f"{API}/check-runs/", {"version": rows.version_a.pk}))
    assert len(listed) == 1
    run = client.get(f"{API}/check-runs/{listed[0]['id']}/").json()
    assert run["version"] == rows.version_a.pk
    assert len(run["requirements"]) == 12
    assert {"key", "status", "reason", "reason_code", "evidence"} <= set(run["requirements"][0])
    assert isinstance(run["findings"], list)


def test_templates_and_requirements(district_admin: User, world: World) -> None:
    seed(world, reviewer=district_admin)
    client = api_client(district_admin, language="en")
    templates = results(client.get(f"{API}/templates/"))
    assert templates
    requirements = templates[0]["requirements"]
    assert len(requirements) == 12
    assert [r["order"] for r in requirements] == sorted(r["order"] for r in requirements)
    first = client.get(f"{API}/requirements/{requirements[0]['id']}/").json()
    assert first["title"] == first["title_en"]
    keyed = results(client.get(f"{API}/requirements/", {"key": "survey"}))
    assert {row["key"] for row in keyed} == {"survey"}


def test_feedback_items_list_filters_by_plan_and_state(district_admin: User, world: World) -> None:
    rows = seed(world, reviewer=district_admin)
    client = api_client(district_admin)
    listed = results(client.get(f"{API}/feedback-items/", {"plan": str(rows.plan_a.pk), "state": "open"}))
    assert [row["id"] for row in listed] == [rows.item.pk]
    assert listed[0]["requirement_key"] == "student_involvement"
    assert results(client.get(f"{API}/feedback-items/", {"state": "resolved"})) == []
