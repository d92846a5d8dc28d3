"""Invariants kept by the database and the models."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, transaction

from plans.models import AppendOnlyError, PlanEvent, Role, RoleGrant, School, SchoolYear
from tests.conftest import World
from tests.factories import PlanFactory, SchoolFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["1234567", "123456789", "1234567a", "123-4567"])
def test_skolenhetskod_must_be_8_digits(world: World, code: str) -> None:
    school = School(district=world.district, area=world.area_a, name="X", skolenhetskod=code)
    with pytest.raises(ValidationError):
        school.full_clean(exclude=["forms"])
    # PostgreSQL refuses a too-long code as a DataError before the check constraint runs.
    with pytest.raises((IntegrityError, DataError)), transaction.atomic():
        school.save()


def test_skolenhetskod_is_unique(world: World) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        SchoolFactory(skolenhetskod=world.school_a.skolenhetskod)


def test_school_area_must_belong_to_its_district(world: World) -> None:
    school = School(district=world.other_district, area=world.area_a, name="X", skolenhetskod="44444444")
    with pytest.raises(ValidationError) as invalid:
        school.full_clean(exclude=["forms"])
    assert "area" in invalid.value.message_dict


@pytest.mark.parametrize("label", ["2025/27", "2025-26", "25/26", "2025/2026"])
def test_school_year_label_is_start_year_slash_two_digits(world: World, label: str) -> None:
    year = SchoolYear(
        district=world.district,
        label=label,
        starts_on=datetime.date(2025, 8, 1),
        ends_on=datetime.date(2026, 7, 31),
    )
    with pytest.raises(ValidationError):
        year.full_clean()


def test_school_year_contains_its_days(world: World) -> None:
    assert world.year.contains(datetime.date(2025, 12, 1))
    assert not world.year.contains(datetime.date(2026, 8, 15))


def test_school_year_must_end_after_it_starts(world: World) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        SchoolYear.objects.create(
            district=world.district,
            label="2030/31",
            starts_on=datetime.date(2030, 8, 1),
            ends_on=datetime.date(2030, 1, 1),
        )


def test_one_plan_per_school_and_year(world: World) -> None:
    PlanFactory(school=world.school_a, school_year=world.year)
    with pytest.raises(IntegrityError), transaction.atomic():
        PlanFactory(school=world.school_a, school_year=world.year)


def test_principal_grant_needs_a_school(world: World, nobody) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IntegrityError), transaction.atomic():
        RoleGrant.objects.create(user=nobody, role=Role.PRINCIPAL, district=world.district)


def test_reviewer_grant_is_for_an_area_or_a_school_not_both(world: World, nobody) -> None:  # type: ignore[no-untyped-def]
    grant = RoleGrant(
        user=nobody, role=Role.REVIEWER, district=world.district, area=world.area_a, school=world.school_a
    )
    with pytest.raises(ValidationError):
        grant.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        grant.save()


def test_grant_scope_must_be_in_its_district(world: World, nobody) -> None:  # type: ignore[no-untyped-def]
    grant = RoleGrant(user=nobody, role=Role.PRINCIPAL, district=world.other_district, school=world.school_a)
    with pytest.raises(ValidationError) as invalid:
        grant.full_clean()
    assert "school" in invalid.value.message_dict


def test_plan_events_are_append_only(world: World) -> None:
    plan = PlanFactory(school=world.school_a, school_year=world.year)
    event = PlanEvent.objects.create(plan=plan, kind="x", at=datetime.datetime.now(datetime.UTC))
    event.kind = "y"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
