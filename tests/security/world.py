"""One district world for the whole matrix, built once per module through factories and services.

School A (Ekbacken, area A) owns every object a URL names: a plan for each review state a write
needs (not submitted, submitted, in review with two checked versions, feedback, a decision and a
letter). School B (area B) and a school of another district have plans of their own, so every list
has rows that some actors must not see.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client

from api.models import ApiToken
from api.tokens import create_token
from plans import services as plan_services
from plans.models import (
    Area,
    CheckRun,
    District,
    Plan,
    PlanTemplate,
    PlanVersion,
    Requirement,
    Role,
    School,
    SchoolYear,
)
from plans.permissions import OPERATOR
from plans.selectors import current_check_run, shipped_template
from reviews import services as review_services
from reviews.models import FeedbackItem, FeedbackLetter, Severity
from tests.factories import (
    AreaFactory,
    DistrictFactory,
    PlanFactory,
    RoleGrantFactory,
    SchoolFactory,
    SchoolYearFactory,
    UserFactory,
)
from tests.reviews.conftest import checked_version
from tests.security import actors as a
from tests.security.writes import State


@dataclass
class Credentials:
    """How one actor authenticates: a session cookie for pages, an Authorization header for the API."""

    session: str | None = None
    token: str | None = None
    page_token: str | None = None  # sent to pages too, where it must count for nothing


@dataclass
class AccessWorld:
    district: District
    area_a: Area
    school_a: School
    year: SchoolYear  # 2025/26, which the other district has too
    year_only_here: SchoolYear  # 2023/24: a label only this district has
    template: PlanTemplate
    requirement: Requirement
    plan_draft: Plan  # a checked version, not submitted: for submit
    plan_submitted: Plan  # submitted: for start_review
    plan: Plan  # in review (resubmitted after changes were requested): everything else
    version: PlanVersion  # the plan's latest version
    check_run: CheckRun
    item_open: FeedbackItem  # should-fix, so approving is possible
    item_resolved: FeedbackItem
    letter: FeedbackLetter
    spare_token: ApiToken  # principal A's second token: for retrieve and revoke
    users: dict[str, User]
    credentials: dict[str, Credentials] = field(default_factory=dict)
    baseline: State = field(default_factory=dict)  # every row as built: what a cell must leave alone


def _person(username: str, **grant: object) -> User:
    # No password hashing (the slow part of a user): sessions are made with force_login.
    user = UserFactory(username=username, password=None)
    RoleGrantFactory(user=user, **grant)
    return user


def _session_of(user: User) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def build() -> AccessWorld:
    district = DistrictFactory(name="Exempelstad")
    other = DistrictFactory(name="Annanstad")
    area_a = AreaFactory(district=district, name="Grundskoleavdelningen")
    area_b = AreaFactory(district=district, name="Gymnasieavdelningen")
    area_other = AreaFactory(district=other, name="Annanområdet")
    school_a = SchoolFactory(area=area_a, name="Ekbacken", skolenhetskod="11111111")
    school_b = SchoolFactory(area=area_b, name="Västra gymnasiet", skolenhetskod="22222222")
    school_other = SchoolFactory(area=area_other, name="Annanskolan", skolenhetskod="33333333")
    year = SchoolYearFactory(district=district, label="2025/26")
    year_2024 = SchoolYearFactory(district=district, label="2024/25")
    year_2023 = SchoolYearFactory(district=district, label="2023/24")
    other_year = SchoolYearFactory(district=other, label="2025/26")
    template = plan_services.copy_template(template=shipped_template(), district=district, by=OPERATOR)

    users = {
        a.PRINCIPAL_A: _person("principal_a", role=Role.PRINCIPAL, school=school_a, district=district),
        a.PRINCIPAL_B: _person("principal_b", role=Role.PRINCIPAL, school=school_b, district=district),
        a.REVIEWER_HERE: _person("reviewer_here", role=Role.REVIEWER, area=area_a, district=district),
        a.REVIEWER_ELSEWHERE: _person(
            "reviewer_elsewhere", role=Role.REVIEWER, area=area_b, district=district
        ),
        a.DEPUTY: _person("deputy", role=Role.REVIEWER, area=area_a, district=district, is_deputy=True),
        a.ADMIN: _person("district_admin", role=Role.DISTRICT_ADMIN, district=district),
        a.SERVICE_ACCOUNT: _person("service_account", role=Role.SERVICE_ACCOUNT, district=district),
        a.OTHER_ADMIN: _person("other_admin", role=Role.DISTRICT_ADMIN, district=other),
        a.OTHER_PRINCIPAL: _person(
            "other_principal", role=Role.PRINCIPAL, school=school_other, district=other
        ),
    }
    for admin in (users[a.ADMIN], users[a.OTHER_ADMIN]):
        admin.is_staff = True
        admin.save(update_fields=["is_staff"])
    principal, reviewer = users[a.PRINCIPAL_A], users[a.REVIEWER_HERE]

    plan_draft = PlanFactory(school=school_a, school_year=year_2023)
    checked_version(plan_draft, seed=11)
    plan_submitted = PlanFactory(school=school_a, school_year=year_2024)
    checked_version(plan_submitted, seed=12)
    review_services.submit(plan=plan_submitted, by=principal)

    # In review for the second time: a decision on version 1, version 2 submitted and under review.
    plan = PlanFactory(school=school_a, school_year=year)
    first = checked_version(plan, seed=1)
    review_services.submit(plan=plan, by=principal)
    review_services.start_review(plan=plan, by=reviewer)
    resolved = review_services.add_feedback(
        version=first, by=reviewer, severity=Severity.MUST_FIX, text="Beskriv hur eleverna deltar."
    )
    review_services.request_changes(plan=plan, by=reviewer, note="Se synpunkten.")
    version = checked_version(plan, seed=2)
    review_services.resolve(item=resolved, by=reviewer)
    review_services.submit(plan=plan, by=principal)
    review_services.start_review(plan=plan, by=reviewer)
    item_open = review_services.add_feedback(
        version=version, by=reviewer, severity=Severity.SHOULD_FIX, text="Förtydliga tidplanen."
    )
    letter = review_services.write_letter(plan=plan, by=reviewer)
    run = current_check_run(version)
    assert run is not None

    checked_version(PlanFactory(school=school_b, school_year=year), seed=3)
    checked_version(PlanFactory(school=school_other, school_year=other_year), seed=4)

    world = AccessWorld(
        district=district,
        area_a=area_a,
        school_a=school_a,
        year=year,
        year_only_here=year_2023,
        template=template,
        requirement=template.requirements.order_by("order")[0],
        plan_draft=plan_draft,
        plan_submitted=plan_submitted,
        plan=plan,
        version=version,
        check_run=run,
        item_open=item_open,
        item_resolved=resolved,
        letter=letter,
        spare_token=create_token(user=principal, name="spare")[1],
        users=users,
    )
    _give_credentials(world)
    return world


def _give_credentials(world: AccessWorld) -> None:
    users = world.users
    world.credentials[a.ANONYMOUS] = Credentials()
    for actor, user in users.items():
        if actor != a.SERVICE_ACCOUNT:
            world.credentials[actor] = Credentials(
                session=_session_of(user), token=create_token(user=user)[0]
            )
    service = users[a.SERVICE_ACCOUNT]
    world.credentials[a.SERVICE_ACCOUNT] = Credentials(session=_session_of(service))
    key, _token = create_token(user=service, service=True)
    world.credentials[a.SERVICE_TOKEN] = Credentials(token=key, page_token=key)
    # A personal token from before every token of a service account was made a service token.
    key, token = create_token(user=service)
    ApiToken.objects.filter(pk=token.pk).update(is_service=False, district=None)
    world.credentials[a.SERVICE_PERSONAL_TOKEN] = Credentials(token=key, page_token=key)
