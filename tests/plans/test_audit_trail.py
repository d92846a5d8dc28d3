"""The audit trail is append-only in the ORM and, on PostgreSQL, in the database itself."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from plans.models import AppendOnlyError, EventKind, PlanEvent
from tests.conftest import in_ci
from tests.factories import PlanVersionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event() -> PlanEvent:
    version = PlanVersionFactory()
    return PlanEvent.objects.create(
        plan=version.plan, version=version, kind=EventKind.CHECK_FINISHED, at=version.uploaded_at
    )


def test_the_orm_refuses_to_change_or_delete_one_event(event: PlanEvent) -> None:
    event.kind = "something_else"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()


def _needs_postgresql() -> None:
    if connection.vendor != "postgresql":
        message = "the database trigger exists on PostgreSQL only (DATABASE_URL=postgres://…)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


def test_the_database_refuses_bulk_updates_deletes_and_raw_sql(event: PlanEvent) -> None:
    _needs_postgresql()
    attempts = [
        lambda: PlanEvent.objects.filter(pk=event.pk).update(kind="rewritten"),
        lambda: PlanEvent.objects.filter(pk=event.pk).delete(),
        lambda: connection.cursor().execute(
            "UPDATE plans_planevent SET data = '{}' WHERE id = %s", [event.pk]
        ),
        lambda: connection.cursor().execute("DELETE FROM plans_planevent WHERE id = %s", [event.pk]),
    ]
    for attempt in attempts:
        with pytest.raises(DatabaseError, match="Cannot update or delete"), transaction.atomic():
            attempt()
    event.refresh_from_db()
    assert event.kind == EventKind.CHECK_FINISHED


def test_new_events_are_still_written(event: PlanEvent) -> None:
    PlanEvent.objects.create(plan=event.plan, kind=EventKind.CHECK_REQUEUED, at=event.at)
    assert PlanEvent.objects.filter(plan=event.plan).count() == 2
