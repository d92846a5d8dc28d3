"""The check pipeline's rules: status moves, idempotence, readable failures, the sweep."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.utils import timezone

from plans import jobs, services, uploads
from plans.models import (
    CheckFailure,
    CheckRun,
    CheckStatus,
    EventKind,
    Finding,
    PlanEvent,
    PlanTemplate,
    SchoolYear,
)
from tests.checking.builders import plan as plan_file
from tests.factories import PlanFactory, PlanVersionFactory, SchoolYearFactory
from worker.celery import app

pytestmark = pytest.mark.django_db


def test_check_moves_queued_to_checked_and_stores_an_outline() -> None:
    version = PlanVersionFactory()
    outcome = services.run_check(version_id=version.pk)
    version.refresh_from_db()
    assert outcome.ran
    assert version.check_status == CheckStatus.CHECKED
    assert version.check_started_at and version.check_finished_at
    assert version.check_started_at <= version.check_finished_at
    assert version.check_attempts == 1
    run = CheckRun.objects.get(version=version)
    assert run.outline["tables"] >= 1
    assert run.outline["headings"]
    assert run.template is not None and run.engine_version
    assert PlanEvent.objects.filter(version=version, kind=EventKind.CHECK_FINISHED).count() == 1


def test_check_stores_one_row_per_requirement_with_evidence() -> None:
    version = PlanVersionFactory()
    services.run_check(version_id=version.pk)
    run = CheckRun.objects.get(version=version)
    results = list(run.results.order_by("order"))
    assert [r.key for r in results][:3] == ["validity_period", "responsible", "student_involvement"]
    assert len(results) == 12
    assert all(r.status in ("met", "partial", "missing") and r.reason for r in results)
    assert any(r.evidence and r.evidence[0]["heading_path"] for r in results)


def test_identity_numbers_are_stored_masked_only() -> None:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Elevens personnummer är 19811218-9876.")
    buffer = io.BytesIO()
    document.save(buffer)
    version = PlanVersionFactory(content=buffer.getvalue())
    services.run_check(version_id=version.pk)
    finding = CheckRun.objects.get(version=version).findings.get(code="personal_identity_number")
    assert finding.masked == "811218-****"
    assert "9876" not in str(finding.params) + str(finding.evidence)


def test_district_template_is_used_for_its_school_year() -> None:
    from plans import selectors
    from plans.models import PlanTemplate, Requirement

    version = PlanVersionFactory()
    year = version.plan.school_year
    own = PlanTemplate.objects.create(district=year.district, key="egen", version=1, name="Egen mall")
    Requirement.objects.create(
        template=own,
        key="trygghetsvandring",
        title_sv="Trygghetsvandring",
        title_en="Safety walk",
        signals={"words": ["trygghetsvandring"]},
    )
    year.template = own
    year.save()
    assert selectors.template_for(year) == own
    services.run_check(version_id=version.pk)
    run = CheckRun.objects.get(version=version)
    assert run.template == own
    assert [r.key for r in run.results.all()] == ["trygghetsvandring"]


def test_rerun_for_a_checked_version_does_nothing() -> None:
    version = PlanVersionFactory()
    services.run_check(version_id=version.pk)
    version.refresh_from_db()
    finished = version.check_finished_at
    outcome = services.run_check(version_id=version.pk)
    version.refresh_from_db()
    assert not outcome.ran
    assert version.check_finished_at == finished
    assert version.check_attempts == 1
    assert CheckRun.objects.filter(version=version).count() == 1
    assert PlanEvent.objects.filter(version=version, kind=EventKind.CHECK_FINISHED).count() == 1


def test_redelivery_after_a_lost_worker_checks_again() -> None:
    version = PlanVersionFactory(check_status=CheckStatus.CHECKING, check_attempts=1)
    outcome = services.run_check(version_id=version.pk)
    version.refresh_from_db()
    assert outcome.ran
    assert version.check_status == CheckStatus.CHECKED
    assert version.check_attempts == 2


def test_unreadable_document_fails_with_a_readable_reason_and_is_not_retried() -> None:
    version = PlanVersionFactory(content=b"PK\x03\x04 this is no document")
    outcome = services.run_check(version_id=version.pk)
    version.refresh_from_db()
    assert outcome.status == CheckStatus.FAILED
    assert version.check_failure == CheckFailure.UNREADABLE
    assert str(version.get_check_failure_display())
    assert not CheckRun.objects.filter(version=version).exists()


def test_missing_file_fails_with_its_own_reason() -> None:
    version = PlanVersionFactory()
    version.file.storage.delete(version.file.name)
    services.run_check(version_id=version.pk)
    version.refresh_from_db()
    assert version.check_failure == CheckFailure.FILE_MISSING


def test_no_template_at_all_fails_at_once_with_its_own_reason() -> None:
    version = PlanVersionFactory()
    PlanTemplate.objects.all().delete()  # as on a database whose migrations never ran the data step
    outcome = services.run_check(version_id=version.pk)
    version.refresh_from_db()
    assert outcome.status == CheckStatus.FAILED
    assert version.check_failure == CheckFailure.NO_TEMPLATE
    assert "template" in version.check_failure_detail
    assert version.check_attempts == 1


def test_task_runs_the_check_through_its_job_name() -> None:
    version = PlanVersionFactory()
    jobs.send(jobs.CHECK_VERSION, version.pk)  # eager in unit tests
    version.refresh_from_db()
    assert version.check_status == CheckStatus.CHECKED


def test_every_declared_job_name_is_a_registered_task() -> None:
    for name in jobs.ALL_JOBS:
        assert name in app.tasks, name


def test_sweep_requeues_a_check_that_never_started(django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    with time_machine.travel(timezone.now() - datetime.timedelta(hours=1), tick=False):
        version = PlanVersionFactory(check_queued_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        result = services.requeue_stale_checks()
    version.refresh_from_db()
    assert result.requeued == [version.pk]
    assert version.check_status == CheckStatus.CHECKED  # eager: sent again and checked


def test_sweep_leaves_a_fresh_queued_check_alone() -> None:
    version = PlanVersionFactory(check_queued_at=timezone.now())
    assert services.requeue_stale_checks().requeued == []
    version.refresh_from_db()
    assert version.check_status == CheckStatus.QUEUED


def test_sweep_requeues_an_abandoned_check() -> None:
    long_ago = timezone.now() - datetime.timedelta(hours=1)
    version = PlanVersionFactory(
        check_status=CheckStatus.CHECKING,
        check_queued_at=long_ago,
        check_started_at=long_ago,
        check_attempts=1,
    )
    result = services.requeue_stale_checks()
    assert result.requeued == [version.pk]
    assert PlanEvent.objects.filter(version=version, kind=EventKind.CHECK_REQUEUED).exists()


def test_sweep_gives_up_after_the_maximum_attempts(settings) -> None:  # type: ignore[no-untyped-def]
    long_ago = timezone.now() - datetime.timedelta(hours=1)
    version = PlanVersionFactory(
        check_status=CheckStatus.CHECKING,
        check_started_at=long_ago,
        check_attempts=settings.CHECK_MAX_ATTEMPTS,
    )
    result = services.requeue_stale_checks()
    version.refresh_from_db()
    assert result.abandoned == [version.pk]
    assert version.check_status == CheckStatus.FAILED
    assert version.check_failure == CheckFailure.ABANDONED


def test_sweep_never_touches_settled_versions() -> None:
    long_ago = timezone.now() - datetime.timedelta(days=3)
    checked = PlanVersionFactory(check_status=CheckStatus.CHECKED, check_queued_at=long_ago)
    failed = PlanVersionFactory(check_status=CheckStatus.FAILED, check_queued_at=long_ago)
    assert services.requeue_stale_checks().requeued == []
    checked.refresh_from_db()
    failed.refresh_from_db()
    assert (checked.check_status, failed.check_status) == (CheckStatus.CHECKED, CheckStatus.FAILED)


def test_time_limit_marks_the_version_failed_with_a_reason() -> None:
    version = PlanVersionFactory(check_status=CheckStatus.CHECKING)
    services.fail_check(version_id=version.pk, failure=CheckFailure.TIMEOUT)
    version.refresh_from_db()
    assert version.check_status == CheckStatus.FAILED
    assert version.check_failure == CheckFailure.TIMEOUT


def test_broker_outage_after_commit_keeps_the_upload(
    principal_a,
    world,
    monkeypatch,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,
) -> None:
    import io

    from tests.factories import docx_bytes

    def broken(*args: object, **kwargs: object) -> None:
        raise ConnectionError("broker down")

    monkeypatch.setattr(jobs, "send", broken)
    with django_capture_on_commit_callbacks(execute=True):
        version = uploads.submit_plan(
            school=world.school_a,
            school_year=world.year,
            file=io.BytesIO(docx_bytes()),
            original_name="p.docx",
            by=principal_a,
        )
    version.refresh_from_db()
    assert version.check_status == CheckStatus.QUEUED  # stored; the sweep will send it again


def test_last_years_measures_not_accounted_for_become_findings_that_name_them(world: object) -> None:
    this_year = SchoolYear.objects.get(district__name="Exempelstad", label="2025/26")
    last_year = SchoolYearFactory(district=this_year.district, label="2024/25")
    school = this_year.district.schools.get(skolenhetskod="11111111")
    old = PlanVersionFactory(
        plan=PlanFactory(school=school, school_year=last_year),
        number=1,
        content=plan_file(
            ("h", "Förebyggande åtgärder"),
            (
                "table",
                [
                    ("Åtgärd", "Ansvarig", "När"),
                    ("Rastvärdar vid fotbollsplanen", "Fritidspersonalen", "Hela läsåret"),
                    ("Nya lås på toaletterna vid matsalen", "Rektor", "Oktober 2024"),
                ],
            ),
        ),
    )
    new = PlanVersionFactory(
        plan=PlanFactory(school=school, school_year=this_year),
        number=1,
        content=plan_file(
            ("h", "Utvärdering av förra årets plan"),
            ("p", "Rastvärdarna vid fotbollsplanen fanns hela året och bråken minskade tydligt."),
        ),
    )
    assert old.plan.school_id == new.plan.school_id
    services.run_check(version_id=new.pk)
    findings = Finding.objects.filter(check_run__version=new, code="previous_measure_not_accounted")
    assert [f.params["measure"] for f in findings] == ["Nya lås på toaletterna vid matsalen"]
    assert findings[0].severity == "medium"


def test_without_last_years_plan_there_is_nothing_to_account_for() -> None:
    version = PlanVersionFactory()
    services.run_check(version_id=version.pk)
    assert not Finding.objects.filter(
        check_run__version=version, code="previous_measure_not_accounted"
    ).exists()
