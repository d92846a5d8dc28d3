"""Templates as data: shipped default, district copies, frozen once used, re-check of a school year."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.urls import reverse

from plans import check_pipeline, selectors, services
from plans.checking import DEFAULT_KEYS
from plans.errors import NotAllowed
from plans.models import CheckRun, CheckStatus, PlanTemplate, PlanVersion, Requirement
from tests.conftest import World, client_for
from tests.factories import PlanFactory, PlanVersionFactory

pytestmark = pytest.mark.django_db


def test_shipped_default_has_the_twelve_fixed_keys_in_order() -> None:
    template = selectors.shipped_template()
    assert tuple(template.requirements.values_list("key", flat=True)) == DEFAULT_KEYS
    spec = selectors.template_spec(template)
    survey = spec.requirement("survey")
    assert (
        survey is not None
        and survey.title_en
        and survey.advice_sv
        and survey.headings
        and survey.signal("sources")
    )


def test_requirement_data_is_validated() -> None:
    requirement = Requirement(
        template=selectors.shipped_template(),
        key="x",
        title_sv="X",
        title_en="X",
        headings="Kartläggning",
        signals={"words": "enkät"},
    )
    with pytest.raises(ValidationError) as invalid:
        requirement.full_clean()
    assert {"headings", "signals"} <= set(invalid.value.message_dict)


def test_copy_makes_a_new_version_for_the_district(district_admin: User, world: World) -> None:
    shipped = selectors.shipped_template()
    copy = services.copy_template(template=shipped, district=world.district, by=district_admin)
    assert copy.district == world.district and copy.version == shipped.version + 1
    assert copy.requirements.count() == 12
    again = services.copy_template(template=copy, district=world.district, by=district_admin)
    assert again.version == copy.version + 1


def test_only_the_districts_admin_may_copy(
    principal_a: User, other_district_admin: User, world: World
) -> None:
    for user in (principal_a, other_district_admin):
        with pytest.raises(NotAllowed):
            services.copy_template(template=selectors.shipped_template(), district=world.district, by=user)


def test_admin_shows_shipped_template_read_only_and_own_copy_editable(
    district_admin: User, world: World
) -> None:
    client = client_for(district_admin)
    shipped = selectors.shipped_template()
    page = client.get(reverse("admin:plans_plantemplate_change", args=[shipped.pk])).content.decode()
    assert 'name="requirements-0-key"' not in page  # read-only
    copy = services.copy_template(template=shipped, district=world.district, by=district_admin)
    page = client.get(reverse("admin:plans_plantemplate_change", args=[copy.pk])).content.decode()
    assert 'name="requirements-0-key"' in page


def test_a_template_that_checked_plans_is_frozen(district_admin: User, world: World) -> None:
    copy = services.copy_template(
        template=selectors.shipped_template(), district=world.district, by=district_admin
    )
    world.year.template = copy
    world.year.save()
    version = PlanVersionFactory(plan=PlanFactory(school=world.school_a, school_year=world.year))
    check_pipeline.run_check(version_id=version.pk)
    page = (
        client_for(district_admin)
        .get(reverse("admin:plans_plantemplate_change", args=[copy.pk]))
        .content.decode()
    )
    assert 'name="requirements-0-key"' not in page


def test_recheck_of_a_school_year_queues_every_version_and_shows_progress(
    district_admin: User,
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    versions = [
        PlanVersionFactory(plan=PlanFactory(school=school, school_year=world.year))
        for school in (world.school_a, world.school_b)
    ]
    for version in versions:
        check_pipeline.run_check(version_id=version.pk)
    copy = services.copy_template(
        template=selectors.shipped_template(), district=world.district, by=district_admin
    )
    world.year.template = copy
    world.year.save()
    client = client_for(district_admin)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(
            reverse("admin:plans_schoolyear_changelist"),
            {"action": "recheck_plans", "_selected_action": [world.year.pk], "apply": "1"},
        )
    assert len(callbacks) == 2
    assert response.status_code == 302
    progress = client.get(response["Location"]).content.decode()
    assert "2" in progress
    assert set(PlanVersion.objects.values_list("check_status", flat=True)) == {CheckStatus.CHECKED}
    assert CheckRun.objects.filter(template=copy).count() == 2  # a new run per version, old ones kept
    assert CheckRun.objects.count() == 4


def test_rechecking_with_the_same_template_writes_nothing_new(district_admin: User, world: World) -> None:
    version = PlanVersionFactory(plan=PlanFactory(school=world.school_a, school_year=world.year))
    check_pipeline.run_check(version_id=version.pk)
    services.recheck_school_year(school_year=world.year, by=district_admin)
    check_pipeline.run_check(version_id=version.pk)
    assert CheckRun.objects.filter(version=version).count() == 1


def test_templates_of_another_district_are_not_visible(
    other_district_admin: User, district_admin: User, world: World
) -> None:
    copy = services.copy_template(
        template=selectors.shipped_template(), district=world.district, by=district_admin
    )
    response = client_for(other_district_admin).get(
        reverse("admin:plans_plantemplate_change", args=[copy.pk])
    )
    assert response.status_code in (302, 404)
    assert PlanTemplate.objects.filter(pk=copy.pk).exists()
