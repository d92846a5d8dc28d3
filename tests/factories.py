"""factory_boy factories: district → area → school → plan → version (a real .docx from plans/demo)."""

from __future__ import annotations

import datetime
import hashlib

import factory
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory

from plans.demo.documents import PlanSpec, Quality, build_plan
from plans.models import (
    Area,
    CheckStatus,
    District,
    Plan,
    PlanVersion,
    Role,
    RoleGrant,
    School,
    SchoolForm,
    SchoolYear,
)


class DistrictFactory(DjangoModelFactory[District]):
    class Meta:
        model = District
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Testkommun {n}")


class AreaFactory(DjangoModelFactory[Area]):
    class Meta:
        model = Area

    district = factory.SubFactory(DistrictFactory)
    name = factory.Sequence(lambda n: f"Område {n}")


class SchoolFactory(DjangoModelFactory[School]):
    class Meta:
        model = School
        skip_postgeneration_save = True

    area = factory.SubFactory(AreaFactory)
    district = factory.SelfAttribute("area.district")
    name = factory.Sequence(lambda n: f"Testskolan {n}")
    skolenhetskod = factory.Sequence(lambda n: f"{10000000 + n:08d}")

    @factory.post_generation  # type: ignore[untyped-decorator]
    def forms(self, create: bool, extracted: list[str] | None, **kwargs: object) -> None:
        if create:
            self.forms.set(SchoolForm.objects.filter(code__in=extracted or ["grundskola"]))


class SchoolYearFactory(DjangoModelFactory[SchoolYear]):
    class Meta:
        model = SchoolYear
        django_get_or_create = ("district", "label")

    district = factory.SubFactory(DistrictFactory)
    label = "2025/26"
    starts_on = factory.LazyAttribute(lambda o: datetime.date(int(o.label[:4]), 8, 1))
    ends_on = factory.LazyAttribute(lambda o: datetime.date(int(o.label[:4]) + 1, 7, 31))


class PlanFactory(DjangoModelFactory[Plan]):
    class Meta:
        model = Plan

    school = factory.SubFactory(SchoolFactory)
    school_year = factory.SubFactory(SchoolYearFactory, district=factory.SelfAttribute("..school.district"))


def docx_bytes(
    school_name: str = "Testskolan", year: str = "2025/26", seed: int = 0, quality: Quality = Quality.COMPLETE
) -> bytes:
    spec = PlanSpec(
        school_name=school_name, school_year=year, school_forms=("grundskola",), seed=seed, quality=quality
    )
    return build_plan(spec)


class PlanVersionFactory(DjangoModelFactory[PlanVersion]):
    class Meta:
        model = PlanVersion

    class Params:
        content = factory.LazyAttribute(
            lambda o: docx_bytes(
                o.plan.school.name, o.plan.school_year.label, seed=o.number, quality=Quality.COMPLETE
            )
        )

    plan = factory.SubFactory(PlanFactory)
    number = factory.Sequence(lambda n: n + 1)
    file = factory.LazyAttribute(lambda o: ContentFile(o.content, name="plan.docx"))
    original_name = "plan.docx"
    size = factory.LazyAttribute(lambda o: len(o.content))
    sha256 = factory.LazyAttribute(lambda o: hashlib.sha256(o.content).hexdigest())
    check_status = CheckStatus.QUEUED


class UserFactory(DjangoModelFactory[User]):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.test")
    password = factory.django.Password("test-password-123")


class RoleGrantFactory(DjangoModelFactory[RoleGrant]):
    class Meta:
        model = RoleGrant

    user = factory.SubFactory(UserFactory)
    role = Role.PRINCIPAL
    district = factory.LazyAttribute(
        lambda o: (o.school or o.area).district if (o.school or o.area) else DistrictFactory()
    )
    area = None
    school = None
