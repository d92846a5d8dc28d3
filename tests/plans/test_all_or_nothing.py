"""Issue 13.1: an upload or a letter is stored whole or not at all — no row, event or file is left
by a refused or failed request, whichever step fails."""

from __future__ import annotations

import datetime
import errno
import io
import os
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.storage import FileSystemStorage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from plans import services as plan_services
from plans import uploads
from plans.errors import StorageUnavailable
from plans.models import Plan, PlanEvent, PlanVersion
from reviews import services as review_services
from reviews.models import FeedbackLetter
from tests.api.builders import API, api_client
from tests.conftest import World, client_for
from tests.factories import PlanFactory, docx_bytes
from tests.reviews.conftest import checked_version

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def stored_files(settings) -> list[Path]:  # type: ignore[no-untyped-def]
    folder = Path(settings.PLAN_FILES_DIR)
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def nothing_written(settings) -> bool:  # type: ignore[no-untyped-def]
    return not (Plan.objects.exists() or PlanEvent.objects.exists() or stored_files(settings))


def submit(world: World, by: User, content: bytes | None = None) -> PlanVersion:
    return uploads.submit_plan(
        school=world.school_a,
        school_year=world.year,
        file=io.BytesIO(content or docx_bytes("Ekbacken")),
        original_name="plan.docx",
        by=by,
    )


def full_disk(self: FileSystemStorage, name: str, content: object, max_length: int | None = None) -> str:
    raise OSError(errno.ENOSPC, "No space left on device")


def read_only(self: FileSystemStorage, name: str, content: object, max_length: int | None = None) -> str:
    raise OSError(errno.EROFS, "Read-only file system")


def full_half_way(self: FileSystemStorage, name: str, content: object, max_length: int | None = None) -> str:
    """What a real full disk does: the file is created and part of it written, then the write fails."""
    path = Path(self.path(name))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"PK\x03\x04 half a plan")
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(
    ("fault", "code"),
    [(full_disk, "storage_full"), (full_half_way, "storage_full"), (read_only, "storage_unavailable")],
)
def test_a_store_that_refuses_the_file_leaves_nothing(  # type: ignore[no-untyped-def]
    principal_a: User, world: World, settings, monkeypatch, fault, code
) -> None:
    monkeypatch.setattr(FileSystemStorage, "_save", fault)
    with pytest.raises(StorageUnavailable) as refused:
        submit(world, principal_a)
    assert refused.value.code == code
    assert nothing_written(settings)


def test_a_failure_after_the_file_was_written_removes_the_file(  # type: ignore[no-untyped-def]
    principal_a: User, world: World, settings, monkeypatch
) -> None:
    real = plan_services.record_event

    def failing(**kwargs: object) -> object:
        if kwargs.get("version") is not None:
            raise ConnectionError("the database went away")
        return real(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(uploads, "record_event", failing)
    with pytest.raises(ConnectionError):
        submit(world, principal_a)
    assert nothing_written(settings)


def test_a_user_without_the_right_writes_nothing_not_even_the_plan(
    reviewer_same_area: User,
    world: World,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    response = api_client(reviewer_same_area).post(
        f"{API}/plan-versions/",
        {
            "school": "11111111",
            "school_year": "2025/26",
            "file": SimpleUploadedFile("p.docx", docx_bytes(), DOCX),
        },
        format="multipart",
    )
    assert response.status_code == 403
    assert nothing_written(settings)


def test_a_rejected_file_writes_nothing_not_even_the_plan(
    principal_a: User,
    world: World,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    response = api_client(principal_a).post(
        f"{API}/plan-versions/",
        {
            "school": "11111111",
            "school_year": "2025/26",
            "file": SimpleUploadedFile("p.docx", os.urandom(4000), DOCX),
        },
        format="multipart",
    )
    assert response.status_code == 400
    assert nothing_written(settings)


def test_the_api_answers_a_full_store_with_507_problem_json(  # type: ignore[no-untyped-def]
    principal_a: User, world: World, settings, monkeypatch
) -> None:
    monkeypatch.setattr(FileSystemStorage, "_save", full_disk)
    response = api_client(principal_a, language="en").post(
        f"{API}/plan-versions/",
        {
            "school": "11111111",
            "school_year": "2025/26",
            "file": SimpleUploadedFile("p.docx", docx_bytes(), DOCX),
        },
        format="multipart",
    )
    assert response.status_code == 507
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "storage_full"
    assert "Nothing was stored" in response.json()["detail"]
    assert nothing_written(settings)


def test_the_web_page_answers_a_read_only_store_with_its_own_message(  # type: ignore[no-untyped-def]
    principal_a: User, world: World, settings, monkeypatch
) -> None:
    monkeypatch.setattr(FileSystemStorage, "_save", read_only)
    response = client_for(principal_a).post(
        reverse("plans:upload", args=[world.school_a.pk]),
        {
            "school_year": world.year.pk,
            "file": SimpleUploadedFile("plan.docx", docx_bytes(), content_type=DOCX),
        },
        HTTP_ACCEPT_LANGUAGE="sv",
    )
    assert response.status_code == 503
    assert "Inget sparades" in response.content.decode()
    assert nothing_written(settings)


def test_a_letter_is_stored_with_its_row_or_not_at_all(  # type: ignore[no-untyped-def]
    reviewer_same_area: User, world: World, settings, monkeypatch
) -> None:
    version = checked_version(PlanFactory(school=world.school_a, school_year=world.year))
    before = set(stored_files(settings))
    real = plan_services.record_event

    def failing(**kwargs: object) -> object:
        raise ConnectionError("the database went away")

    monkeypatch.setattr(review_services, "record_event", failing)
    with pytest.raises(ConnectionError):
        review_services.write_letter(plan=version.plan, by=reviewer_same_area)
    monkeypatch.setattr(review_services, "record_event", real)
    assert not FeedbackLetter.objects.exists()
    assert set(stored_files(settings)) == before


def test_a_letter_that_fills_the_store_half_way_leaves_no_part_of_itself(  # type: ignore[no-untyped-def]
    reviewer_same_area: User, world: World, settings, monkeypatch
) -> None:
    version = checked_version(PlanFactory(school=world.school_a, school_year=world.year))
    before = set(stored_files(settings))
    monkeypatch.setattr(FileSystemStorage, "_save", full_half_way)
    with pytest.raises(StorageUnavailable):
        review_services.write_letter(plan=version.plan, by=reviewer_same_area)
    assert not FeedbackLetter.objects.exists()
    assert set(stored_files(settings)) == before


def test_the_sweep_removes_old_files_with_no_row_and_keeps_the_rest(
    principal_a: User,
    world: World,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    version = submit(world, principal_a)
    storage = storages["plans"]
    folder = Path(settings.PLAN_FILES_DIR) / "plans" / world.school_a.skolenhetskod
    old_orphan, young_orphan = folder / "old.docx", folder / "young.docx"
    old_orphan.write_bytes(b"x")
    young_orphan.write_bytes(b"x")
    two_hours_ago = (timezone.now() - datetime.timedelta(hours=2)).timestamp()
    os.utime(old_orphan, (two_hours_ago, two_hours_ago))
    os.utime(version.file.path, (two_hours_ago, two_hours_ago))
    removed = uploads.sweep_orphan_files(
        storage=storage, folder="plans", known={version.file.name}, now=timezone.now()
    )
    assert removed == [f"plans/{world.school_a.skolenhetskod}/old.docx"]
    assert not old_orphan.exists() and young_orphan.exists() and Path(version.file.path).exists()


def test_the_beat_sweeps_stored_files_hourly_across_plans_and_letters(
    principal_a: User,
    world: World,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    from reviews.stored_files import sweep_stored_files
    from worker.celery import app
    from worker.tasks import SWEEP_STORED_FILES

    assert any(entry["task"] == SWEEP_STORED_FILES for entry in app.conf.beat_schedule.values())
    version = submit(world, principal_a)
    orphan = Path(settings.PLAN_FILES_DIR) / "letters" / "11111111" / "lost.docx"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"x")
    later = timezone.now() + datetime.timedelta(hours=2)
    assert sweep_stored_files(now=later) == ["letters/11111111/lost.docx"]
    assert Path(version.file.path).exists()
