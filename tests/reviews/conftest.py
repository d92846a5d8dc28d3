"""A plan of Ekbacken (school_a, area A) with one checked version, ready for review."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.utils import translation

from plans import check_pipeline
from plans.demo.documents import Quality
from plans.models import Plan, PlanVersion
from tests.conftest import World
from tests.factories import PlanFactory, PlanVersionFactory, docx_bytes


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Messages are asserted in English here; the Swedish catalogue has its own tests."""
    with translation.override("en"):
        yield


@pytest.fixture
def plan(world: World) -> Plan:
    return PlanFactory(school=world.school_a, school_year=world.year)


def checked_version(plan: Plan, *, seed: int = 1, quality: Quality = Quality.PARTIAL) -> PlanVersion:
    number = plan.versions.count() + 1
    content = docx_bytes(plan.school.name, plan.school_year.label, seed=seed, quality=quality)
    version = PlanVersionFactory(plan=plan, number=number, content=content)
    check_pipeline.run_check(version_id=version.pk)
    version.refresh_from_db()
    return version


@pytest.fixture
def version(plan: Plan) -> PlanVersion:
    return checked_version(plan)
