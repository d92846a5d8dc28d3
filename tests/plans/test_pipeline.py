"""The check pipeline's rules: status moves, idempotence, readable failures, the sweep."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone, translation

from plans import check_pipeline, jobs, uploads
from plans.models import (
    CheckFailure,
    CheckRun,
    CheckStatus,
    EventKind,
    Finding,
    PlanEvent,
    PlanTemplate,
    PlanVersion,
    SchoolYear,
)
from tests.checking.builders import plan as plan_file
from tests.factories import PlanFactory, PlanVersionFactory, SchoolYearFactory
from worker.celery import app

pytestmark = pytest.mark.django_db


def test_check_moves_queued_to_checked_and_stores_an_outline() -> None:
    version = PlanVersionFactory()
    outcome = check_pipeline.run_check(version_id=version.pk)
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
    check_pipeline.run_check(version_id=version.pk)
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
    check_pipeline.run_check(version_id=version.pk)
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
    check_pipeline.run_check(version_id=version.pk)
    run = CheckRun.objects.get(version=version)
    assert run.template == own
    assert [r.key for r in run.results.all()] == ["trygghetsvandring"]


def test_rerun_for_a_checked_version_does_nothing() -> None:
    version = PlanVersionFactory()
    check_pipeline.run_check(version_id=version.pk)
    version.refresh_from_db()
    finished = version.check_finished_at
    outcome = check_pipeline.run_check(version_id=version.pk)
    version.refresh_from_db()
    assert not outcome.ran
    assert version.check_finished_at == finished
    assert version.check_attempts == 1
    assert CheckRun.objects.filter(version=version).count() == 1
    assert PlanEvent.objects.filter(version=version, kind=EventKind.CHECK_FINISHED).count() == 1


def test_redelivery_after_a_lost_worker_checks_again() -> None:
    version = PlanVersionFactory(check_status=CheckStatus.CHECKING, check_attempts=1)
    outcome = check_pipeline.run_check(version_id=version.pk)
    version.refresh_from_db()
    assert outcome.ran
    assert version.check_status == CheckStatus.CHECKED
    assert version.check_attempts == 2


def test_unreadable_document_fails_with_a_readable_reason_and_is_not_retried() -> None:
    version = PlanVersionFactory(content=b"PK\x03\x04 this is no document")
    outcome = check_pipeline.run_check(version_id=version.pk)
    version.refresh_from_db()
    assert outcome.status == CheckStatus.FAILED
    assert version.check_failure == CheckFailure.UNREADABLE
    assert str(version.get_check_failure_display())
    assert not CheckRun.objects.filter(version=version).exists()


def test_missing_file_fails_with_its_own_reason() -> None:
    version = PlanVersionFactory()
    version.file.storage.delete(version.file.name)
    check_pipeline.run_check(version_id=version.pk)
    version.refresh_from_db()
    assert version.check_failure == CheckFailure.FILE_MISSING


def test_no_template_at_all_fails_at_once_with_its_own_reason() -> None:
    version = PlanVersionFactory()
    PlanTemplate.objects.all().delete()  # as on a database whose migrations never ran the data step
    outcome = check_pipeline.run_check(version_id=version.pk)
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


def test_sweep_sends_a_check_the_broker_never_got(django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    minute_ago = timezone.now() - datetime.timedelta(minutes=1)
    version = PlanVersionFactory(check_queued_at=minute_ago, check_sent_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        result = check_pipeline.requeue_stale_checks()
    version.refresh_from_db()
    assert (result.resent, result.requeued) == ([version.pk], [])
    assert version.check_status == CheckStatus.CHECKED  # eager: sent again and checked


def test_sweep_sends_again_a_check_sent_long_ago_and_never_started() -> None:
    hour_ago = timezone.now() - datetime.timedelta(hours=1)
    version = PlanVersionFactory(check_queued_at=hour_ago, check_sent_at=hour_ago)
    assert check_pipeline.requeue_stale_checks().resent == [version.pk]


def test_sweep_leaves_a_fresh_queued_check_alone() -> None:
    version = PlanVersionFactory(check_queued_at=timezone.now())
    sent = PlanVersionFactory(check_queued_at=timezone.now(), check_sent_at=timezone.now())
    result = check_pipeline.requeue_stale_checks(broker_idle=True)
    assert (result.requeued, result.resent) == ([], [])
    version.refresh_from_db()
    sent.refresh_from_db()
    assert (version.check_status, sent.check_status) == (CheckStatus.QUEUED, CheckStatus.QUEUED)


def test_a_message_lost_by_the_broker_is_sent_again_once_the_broker_is_seen_empty() -> None:
    # Sent 40 s ago and not started: lost only if the broker holds nothing (restarted empty).
    sent = timezone.now() - datetime.timedelta(seconds=40)
    version = PlanVersionFactory(check_queued_at=sent, check_sent_at=sent)
    assert check_pipeline.requeue_stale_checks(broker_idle=False).resent == []
    assert check_pipeline.requeue_stale_checks(broker_idle=True).resent == [version.pk]


def test_when_the_broker_lost_its_messages_everything_sent_before_is_sent_again_at_once() -> None:
    # Sent a second ago: not lost by the queue-empty rule, but the broker says it lost everything.
    sent = timezone.now() - datetime.timedelta(seconds=1)
    version = PlanVersionFactory(check_queued_at=sent, check_sent_at=sent)
    assert check_pipeline.requeue_stale_checks(broker_idle=True).resent == []
    assert check_pipeline.requeue_stale_checks(broker_lost=True).resent == [version.pk]
    version.refresh_from_db()
    assert check_pipeline.requeue_stale_checks(broker_lost=True, now=sent).resent == []  # sent since


def test_while_the_broker_is_down_the_sweep_stops_at_the_first_refused_send(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    minute_ago = timezone.now() - datetime.timedelta(minutes=1)
    first, second = (
        PlanVersionFactory(check_queued_at=minute_ago),
        PlanVersionFactory(check_queued_at=minute_ago),
    )
    calls: list[object] = []

    def broken(*args: object) -> None:
        calls.append(args)
        raise ConnectionRefusedError("broker down")

    monkeypatch.setattr(jobs, "send", broken)
    assert check_pipeline.requeue_stale_checks().resent == []
    assert len(calls) == 1
    assert set(
        PlanVersion.objects.filter(pk__in=[first.pk, second.pk]).values_list("check_sent_at", flat=True)
    ) == {None}


def test_a_check_whose_worker_stopped_renewing_its_lease_is_requeued_at_once() -> None:
    now = timezone.now()
    lost = PlanVersionFactory(
        check_status=CheckStatus.CHECKING,
        check_started_at=now - datetime.timedelta(seconds=40),
        check_worker="gone:1:a",
        check_lease_until=now - datetime.timedelta(seconds=10),
        check_attempts=1,
    )
    held = PlanVersionFactory(
        check_status=CheckStatus.CHECKING,
        check_started_at=now - datetime.timedelta(seconds=40),
        check_worker="alive:2:b",
        check_lease_until=now + datetime.timedelta(seconds=20),
        check_attempts=1,
    )
    result = check_pipeline.requeue_stale_checks(now=now)
    assert result.requeued == [lost.pk]
    lost.refresh_from_db()
    assert (lost.check_status, lost.check_worker, lost.check_sent_at) == (CheckStatus.QUEUED, "", None)
    held.refresh_from_db()
    assert held.check_status == CheckStatus.CHECKING


def test_a_lapsed_check_is_shown_as_waiting_for_a_worker_not_checking() -> None:
    now = timezone.now()
    version = PlanVersionFactory(
        check_status=CheckStatus.CHECKING, check_lease_until=now - datetime.timedelta(seconds=1)
    )
    assert version.shown_check_status == CheckStatus.QUEUED
    version.check_lease_until = now + datetime.timedelta(seconds=30)
    assert version.shown_check_status == CheckStatus.CHECKING
    with translation.override("en"):
        assert str(CheckStatus.QUEUED.label) == "Waiting for a worker"


def test_the_heartbeat_renews_only_its_own_leases_and_not_past_the_time_limit(settings) -> None:  # type: ignore[no-untyped-def]
    now = timezone.now()
    soon = now + datetime.timedelta(seconds=5)
    mine = PlanVersionFactory(
        check_status=CheckStatus.CHECKING, check_worker="me", check_started_at=now, check_lease_until=soon
    )
    theirs = PlanVersionFactory(
        check_status=CheckStatus.CHECKING, check_worker="them", check_started_at=now, check_lease_until=soon
    )
    stuck = PlanVersionFactory(
        check_status=CheckStatus.CHECKING,
        check_worker="me",
        check_started_at=now - datetime.timedelta(seconds=settings.CHECK_TIME_LIMIT + 1),
        check_lease_until=soon,
    )
    assert check_pipeline.renew_leases(worker="me", now=now) == 1
    for version in (mine, theirs, stuck):
        version.refresh_from_db()
    assert mine.check_lease_until == now + datetime.timedelta(seconds=settings.CHECK_LEASE_SECONDS)
    assert theirs.check_lease_until == stuck.check_lease_until == soon


def test_a_check_held_by_a_living_worker_is_not_claimed_by_another() -> None:
    now = timezone.now()
    version = PlanVersionFactory(
        check_status=CheckStatus.CHECKING,
        check_worker="other",
        check_started_at=now,
        check_lease_until=now + datetime.timedelta(seconds=30),
        check_attempts=1,
    )
    assert check_pipeline.run_check(version_id=version.pk, worker="me").ran is False
    # Its own worker takes it up again (a pool process died and the message came back).
    assert check_pipeline.run_check(version_id=version.pk, worker="other").ran is True


def test_a_check_whose_lease_lapsed_is_claimed_and_finished_by_the_next_worker() -> None:
    now = timezone.now()
    version = PlanVersionFactory(
        check_status=CheckStatus.CHECKING,
        check_worker="gone",
        check_started_at=now - datetime.timedelta(minutes=1),
        check_lease_until=now - datetime.timedelta(seconds=1),
        check_attempts=1,
    )
    outcome = check_pipeline.run_check(version_id=version.pk, worker="me")
    version.refresh_from_db()
    assert outcome.ran and version.check_status == CheckStatus.CHECKED
    assert (version.check_worker, version.check_lease_until, version.check_attempts) == ("me", None, 2)


def test_sweep_requeues_an_abandoned_check() -> None:
    long_ago = timezone.now() - datetime.timedelta(hours=1)
    version = PlanVersionFactory(
        check_status=CheckStatus.CHECKING,
        check_queued_at=long_ago,
        check_started_at=long_ago,
        check_attempts=1,
    )
    result = check_pipeline.requeue_stale_checks()
    assert result.requeued == [version.pk]
    assert PlanEvent.objects.filter(version=version, kind=EventKind.CHECK_REQUEUED).exists()


def test_sweep_gives_up_after_the_maximum_attempts(settings) -> None:  # type: ignore[no-untyped-def]
    long_ago = timezone.now() - datetime.timedelta(hours=1)
    version = PlanVersionFactory(
        check_status=CheckStatus.CHECKING,
        check_started_at=long_ago,
        check_attempts=settings.CHECK_MAX_ATTEMPTS,
    )
    result = check_pipeline.requeue_stale_checks()
    version.refresh_from_db()
    assert result.abandoned == [version.pk]
    assert version.check_status == CheckStatus.FAILED
    assert version.check_failure == CheckFailure.ABANDONED


def test_sweep_never_touches_settled_versions() -> None:
    long_ago = timezone.now() - datetime.timedelta(days=3)
    checked = PlanVersionFactory(check_status=CheckStatus.CHECKED, check_queued_at=long_ago)
    failed = PlanVersionFactory(check_status=CheckStatus.FAILED, check_queued_at=long_ago)
    assert check_pipeline.requeue_stale_checks().requeued == []
    checked.refresh_from_db()
    failed.refresh_from_db()
    assert (checked.check_status, failed.check_status) == (CheckStatus.CHECKED, CheckStatus.FAILED)


def test_time_limit_marks_the_version_failed_with_a_reason() -> None:
    version = PlanVersionFactory(check_status=CheckStatus.CHECKING)
    check_pipeline.fail_check(version_id=version.pk, failure=CheckFailure.TIMEOUT)
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
    assert version.check_sent_at is None


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
    check_pipeline.run_check(version_id=new.pk)
    findings = Finding.objects.filter(check_run__version=new, code="previous_measure_not_accounted")
    assert [f.params["measure"] for f in findings] == ["Nya lås på toaletterna vid matsalen"]
    assert findings[0].severity == "medium"


def test_without_last_years_plan_there_is_nothing_to_account_for() -> None:
    version = PlanVersionFactory()
    check_pipeline.run_check(version_id=version.pk)
    assert not Finding.objects.filter(
        check_run__version=version, code="previous_measure_not_accounted"
    ).exists()
