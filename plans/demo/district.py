"""The demo district: fictional schools in every school form, one user per role, a few plans.

Loaded through services, idempotently: running it again changes nothing but the demo passwords,
which it sets back to the printed ones. The plans' review states are added by reviews' loaddemo
(plans does not know about reviews).
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction

from plans import permissions, uploads
from plans.demo.documents import PlanSpec, Quality, build_plan
from plans.errors import DuplicateVersion
from plans.models import Area, District, Plan, Role, RoleGrant, School, SchoolForm, SchoolYear

DISTRICT = "Exempelstads kommun"
NEIGHBOUR = "Grannby kommun"  # a second district, to show that nobody sees across districts

AREAS = ("Förskoleavdelningen", "Grundskoleavdelningen", "Gymnasieavdelningen")

# (skolenhetskod, name, forms, area) — codes are fictional.
SCHOOLS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("90000101", "Solrosens förskola", ("forskola",), "Förskoleavdelningen"),
    ("90000102", "Lönnens förskola", ("forskola",), "Förskoleavdelningen"),
    ("90000201", "Ekbackens skola", ("forskoleklass", "grundskola", "fritidshem"), "Grundskoleavdelningen"),
    ("90000202", "Björkdalsskolan", ("forskoleklass", "grundskola", "fritidshem"), "Grundskoleavdelningen"),
    ("90000203", "Tallåsens skola", ("grundskola", "anpassad_grundskola"), "Grundskoleavdelningen"),
    ("90000204", "Exempelstad International School", ("grundskola",), "Grundskoleavdelningen"),
    ("90000301", "Exempelstads gymnasium", ("gymnasieskola",), "Gymnasieavdelningen"),
    ("90000302", "Västra gymnasiet", ("gymnasieskola", "anpassad_gymnasieskola"), "Gymnasieavdelningen"),
)
NEIGHBOUR_SCHOOL = ("90009901", "Grannby skola", ("grundskola",), "Grannby skolavdelning")

YEARS = (
    ("2025/26", datetime.date(2025, 8, 1), datetime.date(2026, 7, 31)),
    ("2026/27", datetime.date(2026, 8, 1), datetime.date(2027, 7, 31)),
)
REVIEW_YEAR = "2026/27"  # the demo's current school year: the plans under review are this year's


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    role: str
    description: str


USERS = (
    DemoUser(
        "rektor", "Rektor-demo-2026", Role.PRINCIPAL, "principal of Solrosens förskola and Ekbackens skola"
    ),
    DemoUser(
        "granskare",
        "Granskare-demo-2026",
        Role.REVIEWER,
        "reviewer (district lawyer) of Grundskoleavdelningen and Förskoleavdelningen",
    ),
    DemoUser(
        "granskare2",
        "Granskare2-demo-2026",
        Role.REVIEWER,
        "reviewer of Gymnasieavdelningen; deputy for granskare",
    ),
    DemoUser(
        "admin", "Admin-demo-2026", Role.DISTRICT_ADMIN, "district administrator of Exempelstads kommun"
    ),
    DemoUser("tjanstekonto", "Tjanstekonto-demo-2026", Role.SERVICE_ACCOUNT, "read-only service account"),
)

# (skolenhetskod, year, quality, language, uploaded by)
PLANS = (
    ("90000201", "2026/27", Quality.COMPLETE, "sv", "rektor"),
    ("90000101", "2026/27", Quality.PARTIAL, "sv", "rektor"),
    ("90000202", "2026/27", Quality.TEMPLATE_ONLY, "sv", "admin"),
    ("90000204", "2026/27", Quality.COMPLETE, "en", "admin"),
    ("90000301", "2025/26", Quality.COMPLETE, "sv", "admin"),
)


@dataclass
class DemoSummary:
    users: tuple[DemoUser, ...]
    uploaded: list[str]


def _school(district: District, code: str, name: str, forms: tuple[str, ...], area_name: str) -> School:
    area, _ = Area.objects.get_or_create(district=district, name=area_name)
    school, _ = School.objects.update_or_create(
        skolenhetskod=code, defaults={"district": district, "name": name, "area": area}
    )
    school.forms.set(SchoolForm.objects.filter(code__in=forms))
    return school


def _user(demo: DemoUser, first: str, last: str) -> User:
    user, _ = User.objects.get_or_create(username=demo.username)
    user.first_name, user.last_name = first, last
    user.email = f"{demo.username}@exempelstad.example"
    user.is_staff = demo.role == Role.DISTRICT_ADMIN
    user.is_active = True
    user.set_password(demo.password)
    user.save()
    return user


def _grant(
    user: User,
    role: str,
    district: District,
    *,
    area: Area | None = None,
    school: School | None = None,
    is_deputy: bool = False,
) -> None:
    RoleGrant.objects.update_or_create(
        user=user, role=role, district=district, area=area, school=school, defaults={"is_deputy": is_deputy}
    )


@transaction.atomic
def load_demo() -> DemoSummary:
    district, _ = District.objects.get_or_create(
        name=DISTRICT, defaults={"organisation_number": "212000-0000"}
    )
    neighbour, _ = District.objects.get_or_create(name=NEIGHBOUR)
    schools = {code: _school(district, code, name, forms, area) for code, name, forms, area in SCHOOLS}
    _school(neighbour, *NEIGHBOUR_SCHOOL)
    for owner in (district, neighbour):
        for label, starts, ends in YEARS:
            SchoolYear.objects.get_or_create(
                district=owner, label=label, defaults={"starts_on": starts, "ends_on": ends}
            )

    names = {
        "rektor": ("Eva", "Exempel"),
        "granskare": ("Gustav", "Granskare"),
        "granskare2": ("Greta", "Granskare"),
        "admin": ("Anna", "Admin"),
        "tjanstekonto": ("Tjänstekonto", "Uppföljning"),
    }
    users = {demo.username: _user(demo, *names[demo.username]) for demo in USERS}
    _grant(users["rektor"], Role.PRINCIPAL, district, school=schools["90000101"])
    _grant(users["rektor"], Role.PRINCIPAL, district, school=schools["90000201"])
    areas = {area.name: area for area in Area.objects.filter(district=district)}
    for name in ("Grundskoleavdelningen", "Förskoleavdelningen"):
        _grant(users["granskare"], Role.REVIEWER, district, area=areas[name])
        _grant(users["granskare2"], Role.REVIEWER, district, area=areas[name], is_deputy=True)
    _grant(users["granskare2"], Role.REVIEWER, district, area=areas["Gymnasieavdelningen"])
    _grant(users["admin"], Role.DISTRICT_ADMIN, district)
    _grant(users["tjanstekonto"], Role.SERVICE_ACCOUNT, district)
    for user in users.values():
        permissions.forget_grants(user)

    uploaded: list[str] = []
    for code, label, quality, language, uploader in PLANS:
        school = schools[code]
        year = SchoolYear.objects.get(district=district, label=label)
        if Plan.objects.filter(school=school, school_year=year, versions__isnull=False).exists():
            continue
        spec = PlanSpec(
            school_name=school.name,
            school_year=label,
            school_forms=tuple(school.forms.values_list("code", flat=True)),
            quality=quality,
            language=language,
            seed=int(code),
        )
        data = build_plan(spec)
        try:
            uploads.submit_plan(
                school=school,
                school_year=year,
                file=io.BytesIO(data),
                original_name=f"plan-{code}-{label.replace('/', '-')}.docx",
                by=users[uploader],
                declared_size=len(data),
            )
        except DuplicateVersion:
            continue
        uploaded.append(f"{school.name} {label}")
    return DemoSummary(users=USERS, uploaded=uploaded)
