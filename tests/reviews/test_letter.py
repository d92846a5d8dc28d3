"""The written feedback letter from the database: stored with the plan, in Swedish, on the district's
letterhead, readable with python-docx, and downloadable by the school and its reviewers only."""

from __future__ import annotations

import io
from dataclasses import dataclass

import docx
import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.http import FileResponse
from django.urls import reverse
from django.utils import timezone
from docx.document import Document as DocumentObject

from plans.errors import NotAllowed
from plans.models import Plan, PlanEvent, PlanVersion, Requirement
from plans.selectors import current_check_run
from reviews import services
from reviews.models import FeedbackItem, FeedbackLetter, Letterhead, ReviewEventKind, Severity
from tests.conftest import World, client_for
from tests.reviews.builders import at
from tests.reviews.conftest import checked_version

pytestmark = pytest.mark.django_db

SUBJECT = "Återkoppling på plan mot diskriminering och kränkande behandling läsåret 2025/26"
SWEDISH_STATUS = {"met": "Uppfyllt", "partial": "Delvis uppfyllt", "missing": "Saknas"}
LETTERHEAD_TEXT = "Exempelstads kommun – Utbildningsförvaltningen"


@dataclass
class Reviewed:
    plan: Plan
    second: PlanVersion
    resolved: FeedbackItem
    still_open: FeedbackItem
    answered: FeedbackItem
    dropped: FeedbackItem


@pytest.fixture
def reviewed(plan: Plan, version: PlanVersion, principal_a: User, reviewer_same_area: User) -> Reviewed:
    """Two rounds: four items written on version 1, changes requested, version 2 handed in."""
    reviewer_same_area.first_name, reviewer_same_area.last_name = "Greta", "Granskare"
    reviewer_same_area.save()
    services.submit(plan=plan, by=principal_a)
    services.start_review(plan=plan, by=reviewer_same_area)

    def item(text: str, severity: str = Severity.MUST_FIX, requirement_key: str = "") -> FeedbackItem:
        return services.add_feedback(
            version=version,
            by=reviewer_same_area,
            severity=severity,
            text=text,
            requirement_key=requirement_key,
        )

    resolved = item("Redovisa resultatet av trygghetsenkäten.", requirement_key="survey")
    still_open = item("Beskriv hur eleverna har varit delaktiga.", Severity.SHOULD_FIX)
    answered = item("Ange vem som ansvarar för planen.", Severity.NOTE)
    dropped = item("Rubriken är otydlig.", Severity.NOTE)
    services.request_changes(plan=plan, by=reviewer_same_area, note="Se synpunkterna.")
    second = checked_version(plan, seed=2)
    services.reply(item=resolved, by=principal_a, text="Tillagt.", addressing_version=second)
    services.reply(item=answered, by=principal_a, text="Rektor ansvarar.")
    services.submit(plan=plan, by=principal_a)
    services.start_review(plan=plan, by=reviewer_same_area)
    services.resolve(item=resolved, by=reviewer_same_area)
    services.drop(item=dropped, by=reviewer_same_area)
    return Reviewed(plan, second, resolved, still_open, answered, dropped)


def read(data: bytes) -> DocumentObject:
    return docx.Document(io.BytesIO(data))


def letter_document(letter: FeedbackLetter) -> DocumentObject:
    with letter.file.open("rb") as handle:
        return read(handle.read())


def all_text(document: DocumentObject) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def table_rows(document: DocumentObject) -> list[tuple[str, ...]]:
    return [tuple(cell.text for cell in row.cells) for table in document.tables for row in table.rows]


def header_text(document: DocumentObject) -> str:
    return "\n".join(p.text for section in document.sections for p in section.header.paragraphs)


def test_the_reviewer_writes_the_letter_and_it_is_stored_with_the_plan(
    reviewed: Reviewed, reviewer_same_area: User
) -> None:
    letter = services.write_letter(plan=reviewed.plan, by=reviewer_same_area)
    assert list(FeedbackLetter.objects.filter(plan=reviewed.plan)) == [letter]
    assert (letter.version, letter.created_by) == (reviewed.second, reviewer_same_area)
    assert letter.file.name.startswith("letters/11111111/")
    assert letter.file.name.endswith(".docx")
    event = PlanEvent.objects.get(plan=reviewed.plan, kind=ReviewEventKind.LETTER_CREATED)
    assert (event.actor, event.version, event.data) == (
        reviewer_same_area,
        reviewed.second,
        {"letter": letter.pk, "check_run": letter.check_run_id},
    )
    assert letter.check_run_id is not None
    assert letter.check_run_id == reviewed.second.current_run_id  # the run the letter reports


def test_the_swedish_letter_gives_the_legal_basis_in_swedish(
    reviewed: Reviewed, reviewer_same_area: User
) -> None:
    """Issue 14.7: the letter said "Legal basis:" (a call inside an f-string was never extracted)."""
    text = all_text(letter_document(services.write_letter(plan=reviewed.plan, by=reviewer_same_area)))
    assert "Rättslig grund: " in text
    assert "Legal basis" not in text


def test_the_letter_names_the_school_the_version_the_reviewer_and_the_date_in_swedish(
    reviewed: Reviewed, reviewer_same_area: User
) -> None:
    letter = services.write_letter(plan=reviewed.plan, by=reviewer_same_area)
    text = all_text(letter_document(letter))
    assert SUBJECT in text
    assert "Ekbacken" in text
    assert "Skolenhetskod: 11111111" in text
    assert (
        f"Vi har granskat version 2 av planen, uppladdad {reviewed.second.uploaded_at.date().isoformat()}."
        in text
    )
    assert "Greta Granskare" in text
    assert "Granskare, Exempelstad" in text
    assert f"Datum: {timezone.localdate().isoformat()}" in text
    assert "Se synpunkterna." in text  # the reviewer's note of the latest decision


def test_the_letter_is_dated_the_day_it_is_written(reviewed: Reviewed, reviewer_same_area: User) -> None:
    letter = services.write_letter(plan=reviewed.plan, by=reviewer_same_area, now=at(2026, 6, 5))
    assert "Datum: 2026-06-05" in all_text(letter_document(letter))
    assert letter.created_at == at(2026, 6, 5)


def test_the_letter_lists_each_requirement_with_its_swedish_title_and_status(
    reviewed: Reviewed, reviewer_same_area: User
) -> None:
    letter = services.write_letter(plan=reviewed.plan, by=reviewer_same_area)
    rows = table_rows(letter_document(letter))
    run = current_check_run(reviewed.second)
    assert run is not None
    titles = dict(Requirement.objects.filter(template=run.template).values_list("key", "title_sv"))
    expected = [(titles[r.key], SWEDISH_STATUS[r.status]) for r in run.results.all()]
    assert len(expected) == 12
    # The status cell's first line is the status; the second says who set it (automatic here).
    shown = [(row[0], row[1].split("\n")[0]) for row in rows]
    assert [row for row in shown if row in expected] == expected
    assert all(
        row[1].endswith("\nautomatisk kontroll")
        for row in rows
        if (row[0], row[1].split("\n")[0]) in expected
    )
    assert {status for _title, status in expected} >= {"Uppfyllt"}
    assert ("Krav", "Status", "Kommentar") in rows


def test_the_letter_lists_each_feedback_item_and_how_it_was_resolved(
    reviewed: Reviewed, reviewer_same_area: User
) -> None:
    letter = services.write_letter(plan=reviewed.plan, by=reviewer_same_area)
    rows = table_rows(letter_document(letter))
    run = current_check_run(reviewed.second)
    assert run is not None
    survey_title = Requirement.objects.get(template=run.template, key="survey").title_sv
    items = [row for row in rows if len(row) == 4]
    assert items == [
        ("Allvarlighetsgrad", "Avser", "Synpunkt", "Utfall"),
        ("Måste åtgärdas", survey_title, "Redovisa resultatet av trygghetsenkäten.", "Löst i version 2"),
        (
            "Bör åtgärdas",
            "Planen som helhet",
            "Beskriv hur eleverna har varit delaktiga.",
            "Fortfarande öppen",
        ),
        (
            "Notering",
            "Planen som helhet",
            "Ange vem som ansvarar för planen.",
            "Besvarad, väntar på granskaren",
        ),
        ("Notering", "Planen som helhet", "Rubriken är otydlig.", "Struken"),
    ]


def test_without_a_letterhead_the_plain_default_is_used(reviewed: Reviewed, reviewer_same_area: User) -> None:
    letter = services.write_letter(plan=reviewed.plan, by=reviewer_same_area)
    document = letter_document(letter)
    assert LETTERHEAD_TEXT not in header_text(document)
    assert "Exempelstad" in header_text(document)  # the default letterhead's {district} placeholder


def letterhead_docx(header: str) -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.add_paragraph("Brevmallens exempeltext som ska ersättas.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_districts_letterhead_is_used(world: World, reviewed: Reviewed, reviewer_same_area: User) -> None:
    Letterhead.objects.create(
        district=world.district,
        file=ContentFile(letterhead_docx(LETTERHEAD_TEXT), name="brevmall.docx"),
        administration="Utbildningsförvaltningen",
    )
    letter = services.write_letter(plan=reviewed.plan, by=reviewer_same_area)
    document = letter_document(letter)
    assert LETTERHEAD_TEXT in header_text(document)
    assert "Brevmallens exempeltext" not in all_text(document)
    assert SUBJECT in all_text(document)


@pytest.mark.parametrize("who", ["principal_a", "service_account", "reviewer_other_area"])
def test_only_a_reviewer_of_the_school_or_an_admin_may_write_the_letter(
    request: pytest.FixtureRequest, reviewed: Reviewed, who: str
) -> None:
    with pytest.raises(NotAllowed, match="write the feedback letter"):
        services.write_letter(plan=reviewed.plan, by=request.getfixturevalue(who))
    assert not FeedbackLetter.objects.exists()


def test_a_district_admin_may_write_the_letter(reviewed: Reviewed, district_admin: User) -> None:
    letter = services.write_letter(plan=reviewed.plan, by=district_admin)
    assert letter.created_by == district_admin


def test_a_plan_without_a_version_has_no_letter(plan: Plan, reviewer_same_area: User) -> None:
    with pytest.raises(services.ReviewRefused, match="no version"):
        services.write_letter(plan=plan, by=reviewer_same_area)


# --- Download ---


@pytest.fixture
def letter(reviewed: Reviewed, reviewer_same_area: User) -> FeedbackLetter:
    return services.write_letter(plan=reviewed.plan, by=reviewer_same_area)


@pytest.mark.parametrize("who", ["principal_a", "reviewer_same_area", "district_admin"])
def test_the_school_and_its_reviewers_download_the_letter_as_docx(
    request: pytest.FixtureRequest, letter: FeedbackLetter, who: str
) -> None:
    response = client_for(request.getfixturevalue(who)).get(reverse("reviews:letter", args=[letter.pk]))
    assert response.status_code == 200
    assert isinstance(response, FileResponse)
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert 'filename="aterkoppling-11111111-2025-26.docx"' in response["Content-Disposition"]
    document = read(b"".join(response.streaming_content))  # type: ignore[arg-type]
    assert SUBJECT in all_text(document)


@pytest.mark.parametrize("who", ["principal_b", "reviewer_other_district", "other_district_admin", "nobody"])
def test_those_who_cannot_see_the_plan_get_404_for_the_letter(
    request: pytest.FixtureRequest, letter: FeedbackLetter, who: str
) -> None:
    response = client_for(request.getfixturevalue(who)).get(reverse("reviews:letter", args=[letter.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("who", ["service_account", "reviewer_other_area"])
def test_those_who_see_the_plan_but_neither_run_the_school_nor_review_it_get_403(
    request: pytest.FixtureRequest, letter: FeedbackLetter, who: str
) -> None:
    response = client_for(request.getfixturevalue(who)).get(reverse("reviews:letter", args=[letter.pk]))
    assert response.status_code == 403
    assert b"PK" not in response.content[:2]


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, letter: FeedbackLetter) -> None:  # type: ignore[no-untyped-def]
    response = client.get(reverse("reviews:letter", args=[letter.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_writing_the_letter_through_the_page_stores_it_and_says_so(
    reviewed: Reviewed, reviewer_same_area: User
) -> None:
    response = client_for(reviewer_same_area).post(
        reverse("reviews:write-letter", args=[reviewed.plan.pk]), follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    assert "The feedback letter was written." in response.content.decode()
    letter = FeedbackLetter.objects.get(plan=reviewed.plan)
    assert reverse("reviews:letter", args=[letter.pk]) in response.content.decode()


def test_a_principal_asking_to_write_the_letter_is_told_why_not(
    reviewed: Reviewed, principal_a: User
) -> None:
    response = client_for(principal_a).post(
        reverse("reviews:write-letter", args=[reviewed.plan.pk]), follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    assert "may write the feedback letter" in response.content.decode()
    assert not FeedbackLetter.objects.exists()
