"""The review workflow in the admin: milestones and letterheads edited per district, everything else
read-only, and a district admin sees their own district's rows only."""

from __future__ import annotations

import datetime
import io
import zipfile
from dataclasses import dataclass

import docx
import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from plans.models import Plan
from reviews.models import (
    Decision,
    FeedbackItem,
    Letterhead,
    Milestone,
    MilestoneKind,
    PlanReview,
    PlanStatus,
    ReminderSent,
)
from tests.conftest import World, client_for
from tests.factories import UserFactory
from tests.reviews.builders import at, plan_with_status

pytestmark = pytest.mark.django_db

READ_ONLY = ["planreview", "feedbackitem", "decision", "remindersent"]
ALL_MODELS = ["milestone", "letterhead", *READ_ONLY]


def letterhead_docx(header: str = "Exempelstads kommun") -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def macro_enabled(data: bytes) -> bytes:
    """The same package declared as a macro-enabled document (.docm)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "[Content_Types].xml":
                content = content.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
            target.writestr(member, content)
    return out.getvalue()


@dataclass
class DistrictRows:
    milestone: Milestone
    letterhead: Letterhead
    planreview: PlanReview
    feedbackitem: FeedbackItem
    decision: Decision
    remindersent: ReminderSent

    def row(self, model: str) -> Model:
        row: Model = getattr(self, model)
        return row


def rows_of(plan: Plan, district_year_form: str = "grundskola") -> DistrictRows:
    year = plan.school_year
    return DistrictRows(
        milestone=Milestone.objects.create(
            school_year=year,
            school_form_id=district_year_form,
            kind=MilestoneKind.PLAN_DUE,
            due_on=datetime.date(2025, 10, 15),
        ),
        letterhead=Letterhead.objects.create(
            district=plan.school.district, file=ContentFile(letterhead_docx(), name="brevmall.docx")
        ),
        planreview=PlanReview.objects.get(plan=plan),
        feedbackitem=FeedbackItem.objects.get(plan=plan),
        decision=Decision.objects.get(plan=plan),
        remindersent=ReminderSent.objects.create(
            key=f"changes_requested:{plan.pk}", kind="changes_requested", plan=plan, sent_at=timezone.now()
        ),
    )


@pytest.fixture
def own(world: World, district_admin: User) -> DistrictRows:
    plan = plan_with_status(
        world.school_a, world.year, PlanStatus.CHANGES_REQUESTED, by=district_admin, when=at(2025, 9, 20)
    )
    return rows_of(plan)


@pytest.fixture
def others(world: World, other_district_admin: User) -> DistrictRows:
    plan = plan_with_status(
        world.school_other_district,
        world.other_year,
        PlanStatus.CHANGES_REQUESTED,
        by=other_district_admin,
        when=at(2025, 9, 20),
    )
    return rows_of(plan)


def change_url(model: str, row: Model) -> str:
    return reverse(f"admin:reviews_{model}_change", args=[row.pk])


def english(user: User) -> Client:
    client = client_for(user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.mark.parametrize("model", ALL_MODELS)
def test_a_district_admin_lists_only_their_districts_rows(
    district_admin: User, own: DistrictRows, others: DistrictRows, model: str
) -> None:
    response = client_for(district_admin).get(reverse(f"admin:reviews_{model}_changelist"))
    body = response.content.decode()
    assert response.status_code == 200
    assert change_url(model, own.row(model)) in body
    assert change_url(model, others.row(model)) not in body


@pytest.mark.parametrize("model", ALL_MODELS)
def test_a_district_admin_cannot_open_another_districts_row(
    district_admin: User, own: DistrictRows, others: DistrictRows, model: str
) -> None:
    client = client_for(district_admin)
    assert client.get(change_url(model, own.row(model))).status_code == 200
    response = client.get(change_url(model, others.row(model)))
    assert response.status_code == 302  # the admin's "no such object" redirect
    assert response["Location"] == reverse("admin:index")


@pytest.mark.parametrize("model", ALL_MODELS)
def test_a_superuser_lists_every_districts_rows(own: DistrictRows, others: DistrictRows, model: str) -> None:
    superuser = UserFactory(username="operator", is_staff=True, is_superuser=True)
    body = client_for(superuser).get(reverse(f"admin:reviews_{model}_changelist")).content.decode()
    assert change_url(model, own.row(model)) in body
    assert change_url(model, others.row(model)) in body


@pytest.mark.parametrize("model", ALL_MODELS)
@pytest.mark.parametrize("who", ["principal_a", "reviewer_same_area", "service_account"])
def test_people_without_a_district_admin_role_have_no_review_admin(
    request: pytest.FixtureRequest, own: DistrictRows, model: str, who: str
) -> None:
    user = request.getfixturevalue(who)
    user.is_staff = True
    user.save()
    assert client_for(user).get(reverse(f"admin:reviews_{model}_changelist")).status_code == 403


@pytest.mark.parametrize("model", READ_ONLY)
def test_the_workflow_rows_cannot_be_added_changed_or_deleted_in_the_admin(
    district_admin: User, own: DistrictRows, model: str
) -> None:
    client = client_for(district_admin)
    row = own.row(model)
    changelist = client.get(reverse(f"admin:reviews_{model}_changelist")).content.decode()
    assert reverse(f"admin:reviews_{model}_add") not in changelist
    assert client.get(reverse(f"admin:reviews_{model}_add")).status_code == 403
    assert (
        client.post(reverse(f"admin:reviews_{model}_delete", args=[row.pk]), {"post": "yes"}).status_code
        == 403
    )
    view = client.get(change_url(model, row)).content.decode()
    assert 'name="_save"' not in view
    assert type(row)._default_manager.filter(pk=row.pk).exists()


def test_the_workflow_rows_are_not_deleted_by_the_bulk_action(
    district_admin: User, own: DistrictRows
) -> None:
    response = client_for(district_admin).post(
        reverse("admin:reviews_feedbackitem_changelist"),
        {"action": "delete_selected", "_selected_action": [own.feedbackitem.pk], "post": "yes"},
    )
    assert response.status_code in (200, 302)
    assert FeedbackItem.objects.filter(pk=own.feedbackitem.pk).exists()


def test_a_district_admin_edits_the_milestone_dates_in_the_list(
    district_admin: User, own: DistrictRows
) -> None:
    milestone = own.milestone
    response = client_for(district_admin).post(
        reverse("admin:reviews_milestone_changelist"),
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(milestone.pk),
            "form-0-due_on": "2025-10-20",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    milestone.refresh_from_db()
    assert milestone.due_on == datetime.date(2025, 10, 20)


def test_a_district_admin_adds_a_milestone_only_to_their_own_school_years(
    world: World, district_admin: User
) -> None:
    client = english(district_admin)
    url = reverse("admin:reviews_milestone_add")
    data = {"school_form": "gymnasieskola", "kind": MilestoneKind.RESULT_DIALOGUE, "due_on": "2025-11-20"}
    refused = client.post(url, {**data, "school_year": world.other_year.pk})
    assert refused.status_code == 200
    assert "Select a valid choice" in refused.content.decode()
    assert not Milestone.objects.exists()
    assert client.post(url, {**data, "school_year": world.year.pk}).status_code == 302
    assert list(Milestone.objects.values_list("school_year", "kind", "due_on")) == [
        (world.year.pk, "result_dialogue", datetime.date(2025, 11, 20))
    ]


def test_a_bad_letterhead_upload_shows_the_error_and_stores_nothing(
    world: World, district_admin: User
) -> None:
    response = english(district_admin).post(
        reverse("admin:reviews_letterhead_add"),
        {
            "district": world.district.pk,
            "administration": "Utbildningsförvaltningen",
            "file": SimpleUploadedFile("brevmall.docx", b"%PDF-1.7 this is not a Word document"),
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "The letterhead was not accepted: This is not a Word document (.docx)" in body
    assert not Letterhead.objects.exists()


def test_a_macro_letterhead_is_refused_too(world: World, district_admin: User) -> None:
    data = macro_enabled(letterhead_docx())
    response = english(district_admin).post(
        reverse("admin:reviews_letterhead_add"),
        {"district": world.district.pk, "file": SimpleUploadedFile("brevmall.docm", data)},
    )
    assert response.status_code == 200
    assert (
        "The letterhead was not accepted: The document contains macros (.docm)." in response.content.decode()
    )
    assert not Letterhead.objects.exists()


def test_a_good_letterhead_upload_is_stored_for_the_district(world: World, district_admin: User) -> None:
    # Built once: a zip records the time of each member, so two builds differ across a second.
    uploaded = letterhead_docx("Exempelstads kommun")
    response = english(district_admin).post(
        reverse("admin:reviews_letterhead_add"),
        {
            "district": world.district.pk,
            "administration": "Utbildningsförvaltningen",
            "file": SimpleUploadedFile("brevmall.docx", uploaded),
        },
    )
    assert response.status_code == 302
    letterhead = Letterhead.objects.get()
    assert (letterhead.district, letterhead.administration) == (world.district, "Utbildningsförvaltningen")
    with letterhead.file.open("rb") as handle:
        assert handle.read() == uploaded


def test_a_district_admin_cannot_upload_a_letterhead_for_another_district(
    world: World, district_admin: User
) -> None:
    response = english(district_admin).post(
        reverse("admin:reviews_letterhead_add"),
        {"district": world.other_district.pk, "file": SimpleUploadedFile("brevmall.docx", letterhead_docx())},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Letterhead.objects.exists()


def test_the_role_admin_shows_whether_a_reviewer_is_a_deputy(
    district_admin: User, reviewer_same_area: User
) -> None:
    body = client_for(district_admin).get(reverse("admin:auth_user_change", args=[reviewer_same_area.pk]))
    assert 'name="role_grants-0-is_deputy"' in body.content.decode()


def test_a_letterhead_is_edited_without_uploading_it_again(district_admin: User, own: DistrictRows) -> None:
    letterhead = own.letterhead
    stored = letterhead.file.name
    client = english(district_admin)
    url = change_url("letterhead", letterhead)
    assert "brevmall" not in client.get(url).content.decode()  # no link into the private storage
    response = client.post(
        url, {"district": letterhead.district_id, "administration": "Barn- och utbildning"}
    )
    assert response.status_code == 302
    letterhead.refresh_from_db()
    assert (letterhead.administration, letterhead.file.name) == ("Barn- och utbildning", stored)
