"""A service token reads one district, whatever else its user may be (api/views/plans.py Scoped):
every list of the schema reads the same through the token of a service account that also reviews
in another district as through that of one that is nothing else."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from plans import services
from plans.models import Role
from plans.permissions import OPERATOR
from plans.selectors import shipped_template
from tests.api.builders import api_client
from tests.conftest import World
from tests.factories import PlanFactory, RoleGrantFactory, UserFactory
from tests.reviews.conftest import checked_version
from tests.security.routes import api_operations

pytestmark = pytest.mark.django_db

# Lists whose rows belong to the caller rather than to a district.
OWN_ROWS = {"/api/v1/tokens/": "each token lists its own user's tokens"}
LISTS = sorted(path for method, path in api_operations() if method == "GET" and "{" not in path)


@pytest.fixture
def other_template(world: World) -> int:
    template = services.copy_template(template=shipped_template(), district=world.other_district, by=OPERATOR)
    checked_version(PlanFactory(school=world.school_other_district, school_year=world.other_year))
    return template.pk


def _also_reviews_elsewhere(world: World) -> User:
    user = UserFactory(username="service_and_reviewer", password=None)
    RoleGrantFactory(user=user, role=Role.SERVICE_ACCOUNT, district=world.district)
    area = world.school_other_district.area
    RoleGrantFactory(user=user, role=Role.REVIEWER, area=area, district=world.other_district)
    return user


@pytest.mark.parametrize("path", [p for p in LISTS if p not in OWN_ROWS])
def test_a_service_token_lists_the_same_whatever_else_its_user_is(
    path: str, world: World, service_account: User, other_template: int
) -> None:
    plain = api_client(service_account, service=True).get(path)
    wider = api_client(_also_reviews_elsewhere(world), service=True).get(path)
    assert (plain.status_code, wider.status_code) == (200, 200)
    assert wider.json() == plain.json()


def test_a_service_token_reads_no_template_of_another_district(world: World, other_template: int) -> None:
    client = api_client(_also_reviews_elsewhere(world), service=True)
    assert client.get(f"/api/v1/templates/{other_template}/").status_code == 404
    assert client.get(f"/api/v1/requirements/?template={other_template}").json()["results"] == []
