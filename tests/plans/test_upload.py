"""Upload: validated before anything is stored, stored privately, committed before the check is sent."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone

from plans import permissions, uploads
from plans.errors import DuplicateVersion, NotAllowed, UploadRejected
from plans.models import CheckStatus, EventKind, Plan, PlanEvent, PlanVersion
from tests.conftest import World, client_for
from tests.factories import docx_bytes

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def post_upload(client, world: World, content: bytes, name: str = "plan.docx", language: str = "sv"):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("plans:upload", args=[world.school_a.pk]),
        {"school_year": world.year.pk, "file": SimpleUploadedFile(name, content, content_type=DOCX)},
        HTTP_ACCEPT_LANGUAGE=language,
    )


def stored_files(settings) -> list[Path]:  # type: ignore[no-untyped-def]
    folder = Path(settings.PLAN_FILES_DIR)
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_principal_uploads_a_plan_and_its_check_is_queued_after_commit(
    principal_a: User,
    world: World,
    django_capture_on_commit_callbacks,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    client = client_for(principal_a)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = post_upload(client, world, docx_bytes("Ekbacken"))
    version = PlanVersion.objects.get()
    assert response.status_code == 302
    assert response["Location"] == version.get_absolute_url()
    assert version.number == 1
    assert version.check_status == CheckStatus.QUEUED
    assert version.uploaded_by == principal_a
    assert version.original_name == "plan.docx"
    assert len(version.sha256) == 64
    assert len(callbacks) == 1  # the check is sent only when the transaction commits
    assert stored_files(settings) == [Path(version.file.path)]
    assert PlanEvent.objects.filter(kind=EventKind.VERSION_UPLOADED, version=version).exists()


def test_committed_upload_is_checked_by_the_task(
    principal_a: User,
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        post_upload(client_for(principal_a), world, docx_bytes("Ekbacken"))
    version = PlanVersion.objects.get()
    assert version.check_status == CheckStatus.CHECKED
    outline = version.check_runs.get().outline
    assert outline["paragraphs"] > 10
    assert any("Definitioner" in heading["text"] for heading in outline["headings"])


def test_same_bytes_twice_is_refused_and_names_version_1(principal_a: User, world: World, settings) -> None:  # type: ignore[no-untyped-def]
    content = docx_bytes("Ekbacken")
    client = client_for(principal_a)
    post_upload(client, world, content)
    response = post_upload(client, world, content, name="igen.docx")
    assert response.status_code == 400
    assert "version 1" in response.content.decode()
    assert PlanVersion.objects.count() == 1
    assert len(stored_files(settings)) == 1


def test_second_upload_gets_number_2(principal_a: User, world: World) -> None:
    client = client_for(principal_a)
    post_upload(client, world, docx_bytes("Ekbacken", seed=1))
    post_upload(client, world, docx_bytes("Ekbacken", seed=2))
    assert list(PlanVersion.objects.order_by("number").values_list("number", flat=True)) == [1, 2]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


LEGACY_DOC = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 2048
BAD_FILES = {
    "pdf": (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "PDF", "PDF"),
    "legacy_doc": (LEGACY_DOC, ".doc", ".doc"),
    "not_word": (
        _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        "XLSX",
        "XLSX",
    ),
    "empty": (b"", "tom", "empty"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_rejected_file_says_why_in_swedish_and_stores_nothing(
    case: str,
    principal_a: User,
    world: World,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    content, swedish_word, _ = BAD_FILES[case]
    response = post_upload(client_for(principal_a), world, content)
    assert response.status_code == 400
    assert swedish_word in response.content.decode()
    assert not PlanVersion.objects.exists()
    assert not Plan.objects.filter(versions__isnull=False).exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize("case", ["pdf", "legacy_doc", "not_word"])
def test_rejected_file_says_why_in_english(case: str, principal_a: User, world: World) -> None:
    content, _, english_word = BAD_FILES[case]
    client = client_for(principal_a)
    client.cookies["django_language"] = "en"
    response = post_upload(client, world, content, language="en")
    body = response.content.decode()
    assert response.status_code == 400
    assert english_word in body
    assert "Upload" in body or "Word" in body


def test_rejection_message_is_swedish_by_default() -> None:
    from django.utils import translation

    with translation.override("sv"):
        message = UploadRejected("legacy_doc").message
    assert "Word-dokument" in message or "Word" in message
    assert "old Word document" not in message


def test_file_over_the_size_limit_is_refused_before_it_is_read(
    principal_a: User, world: World, settings
) -> None:  # type: ignore[no-untyped-def]
    settings.UPLOAD_MAX_BYTES = 1000
    response = post_upload(client_for(principal_a), world, docx_bytes("Ekbacken"))
    assert response.status_code == 400
    assert not PlanVersion.objects.exists()


def test_request_larger_than_the_limit_gets_413(principal_a: User, world: World, settings) -> None:  # type: ignore[no-untyped-def]
    settings.REQUEST_MAX_BYTES = 2000
    response = post_upload(client_for(principal_a), world, b"x" * 5000)
    assert response.status_code == 413
    assert not PlanVersion.objects.exists()


def test_a_request_too_large_says_so_in_the_users_words_to_the_page_and_to_its_script(  # type: ignore[no-untyped-def]
    principal_a: User, world: World, settings
) -> None:
    """Issue 14.9: the upload page's script shows the server's 413 message, not "check your connection"."""
    settings.REQUEST_MAX_BYTES = 2000
    page = post_upload(client_for(principal_a), world, b"x" * 5000, language="en")
    assert page.status_code == 413 and page["Content-Type"].startswith("text/html")
    assert "The largest plan accepted is" in page.content.decode()
    script = client_for(principal_a).post(
        reverse("plans:upload", args=[world.school_a.pk]),
        {"school_year": world.year.pk, "file": SimpleUploadedFile("p.docx", b"x" * 5000, content_type=DOCX)},
        HTTP_ACCEPT="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert script.status_code == 413
    assert "The largest plan accepted is" in script.json()["detail"]


def test_the_upload_form_tells_its_script_the_largest_file_accepted(  # type: ignore[no-untyped-def]
    principal_a: User, world: World, settings
) -> None:
    settings.UPLOAD_MAX_BYTES = 5 * 1024 * 1024
    body = client_for(principal_a).get(reverse("plans:upload", args=[world.school_a.pk])).content.decode()
    assert f'data-max-bytes="{5 * 1024 * 1024}"' in body
    assert "data-too-large=" in body


def test_more_than_one_file_in_a_request_is_refused(principal_a: User, world: World) -> None:
    response = client_for(principal_a).post(
        reverse("plans:upload", args=[world.school_a.pk]),
        {
            "school_year": world.year.pk,
            "file": SimpleUploadedFile("a.docx", docx_bytes(seed=1), content_type=DOCX),
            "extra": SimpleUploadedFile("b.docx", docx_bytes(seed=2), content_type=DOCX),
        },
    )
    assert response.status_code == 400
    assert not PlanVersion.objects.exists()


def test_reviewer_cannot_upload(reviewer_same_area: User, world: World) -> None:
    response = post_upload(client_for(reviewer_same_area), world, docx_bytes())
    assert response.status_code == 403
    with pytest.raises(NotAllowed):
        uploads.submit_plan(
            school=world.school_a,
            school_year=world.year,
            file=io.BytesIO(docx_bytes()),
            original_name="x.docx",
            by=reviewer_same_area,
        )
    # Refused before anything was written: no plan, no event, no file.
    assert not Plan.objects.exists() and not PlanEvent.objects.exists()


def test_school_year_of_another_district_is_refused(principal_a: User, world: World) -> None:
    with pytest.raises(NotAllowed):
        uploads.submit_plan(
            school=world.school_a,
            school_year=world.other_year,
            file=io.BytesIO(docx_bytes()),
            original_name="x.docx",
            by=principal_a,
        )
    assert not Plan.objects.exists()


def test_duplicate_service_error_names_the_existing_version(principal_a: User, world: World) -> None:
    content = docx_bytes()

    def submit(name: str) -> object:
        return uploads.submit_plan(
            school=world.school_a,
            school_year=world.year,
            file=io.BytesIO(content),
            original_name=name,
            by=principal_a,
        )

    first = submit("a.docx")
    with pytest.raises(DuplicateVersion) as refused:
        submit("b.docx")
    assert refused.value.existing.number == 1
    # The time a person reads is the district's (issue 14.7), not the UTC the row holds.
    local = timezone.localtime(first.uploaded_at)  # type: ignore[attr-defined]
    assert local.utcoffset() and f" {local:%Y-%m-%d %H:%M}." in refused.value.message


def test_download_serves_the_original_as_attachment(principal_a: User, world: World) -> None:
    content = docx_bytes()
    post_upload(client_for(principal_a), world, content, name="Vår plan.docx")
    version = PlanVersion.objects.get()
    response = client_for(principal_a).get(reverse("plans:version-download", args=[version.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content  # type: ignore[attr-defined]
    assert "attachment" in response["Content-Disposition"]


def test_uploaded_files_have_no_public_url(principal_a: User, world: World) -> None:
    post_upload(client_for(principal_a), world, docx_bytes())
    version = PlanVersion.objects.get()
    with pytest.raises(ValueError):
        version.file.url  # noqa: B018 - the storage has no base URL on purpose


def test_uploadplan_command_stores_a_version(world: World, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_bytes("Ekbacken"))
    call_command("uploadplan", "11111111", "2025/26", str(path))
    assert "version 1" in capsys.readouterr().out
    version = PlanVersion.objects.get()
    assert version.uploaded_by is None
    assert version.events.get(kind=EventKind.VERSION_UPLOADED).actor_label == str(permissions.OPERATOR)


def test_uploadplan_command_refuses_a_bad_file_clearly(world: World, tmp_path: Path) -> None:
    path = tmp_path / "plan.doc"
    path.write_bytes(LEGACY_DOC)
    with pytest.raises(CommandError, match=r"\.doc"):
        call_command("uploadplan", "11111111", "2025/26", str(path))
    assert not PlanVersion.objects.exists()


def test_uploadplan_command_with_user_obeys_permissions(
    principal_b: User, world: World, tmp_path: Path
) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_bytes())
    with pytest.raises(CommandError, match="11111111"):
        call_command("uploadplan", "11111111", "2025/26", str(path), "--user", "principal_b")


def test_uploadplan_command_names_unknown_school_year(world: World, tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_bytes())
    with pytest.raises(CommandError, match="2030/31"):
        call_command("uploadplan", "11111111", "2030/31", str(path))
