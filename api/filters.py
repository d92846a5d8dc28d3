"""django-filter FilterSets for the API lists. Filters that need the school year's computed state
(status, overdue, a requirement's result) read it with a fixed number of queries."""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from api.lookups import school_year_for
from plans.models import CheckStatus, Plan, PlanVersion, RequirementStatus, School, SchoolFormCode, SchoolYear
from plans.selectors import run_results
from reviews import selectors as review_selectors
from reviews.models import PlanStatus

STATUS_CHOICES = PlanStatus.choices
BIGGEST_ID = 2**63 - 1


@extend_schema_field(OpenApiTypes.INT)
class IdFilter(django_filters.NumberFilter):
    """An object's id: a whole number the database can hold (NumberFilter takes any decimal, and
    ?plan=9.3e18 reached the database and failed there with a 500)."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", BIGGEST_ID)
        super().__init__(*args, **kwargs)


class SchoolFilter(django_filters.FilterSet):
    school_year = django_filters.CharFilter(method="noop", help_text='Label, e.g. "2025/26"')
    area = IdFilter(field_name="area_id")
    form = django_filters.ChoiceFilter(choices=SchoolFormCode.choices, field_name="forms__code")
    status = django_filters.ChoiceFilter(
        choices=STATUS_CHOICES, method="by_status", help_text="needs school_year"
    )
    overdue = django_filters.BooleanFilter(method="by_overdue", help_text="needs school_year")
    requirement = django_filters.CharFilter(
        method="noop", help_text="a requirement key, with requirement_status"
    )
    requirement_status = django_filters.ChoiceFilter(
        choices=RequirementStatus.choices,
        method="by_requirement",
        help_text="needs school_year and requirement",
    )

    class Meta:
        model = School
        fields = ["area", "form", "is_active"]

    def noop(self, queryset: QuerySet[School], name: str, value: Any) -> QuerySet[School]:
        return queryset

    def _school_year(self) -> SchoolYear | None:
        label = self.data.get("school_year", "")
        return school_year_for(self.request, label) if label else None

    def by_status(self, queryset: QuerySet[School], name: str, value: str) -> QuerySet[School]:
        year = self._school_year()
        if year is None:
            return queryset.none()
        if value == PlanStatus.NOT_SUBMITTED:
            submitted = Plan.objects.filter(school_year=year, review__isnull=False).exclude(
                review__status=PlanStatus.NOT_SUBMITTED
            )
            return queryset.exclude(pk__in=submitted.values("school_id"))
        return queryset.filter(plans__school_year=year, plans__review__status=value)

    def by_overdue(self, queryset: QuerySet[School], name: str, value: bool) -> QuerySet[School]:
        year = self._school_year()
        if year is None:
            return queryset.none()
        summary = review_selectors.school_year_summary(queryset, school_year=year, today=timezone.localdate())
        late = {row.school.pk for row in summary.overdue}
        return queryset.filter(pk__in=late) if value else queryset.exclude(pk__in=late)

    def by_requirement(self, queryset: QuerySet[School], name: str, value: str) -> QuerySet[School]:
        year = self._school_year()
        key = self.data.get("requirement", "")
        if year is None or not key:
            return queryset.none()
        plans = dict(
            Plan.objects.filter(school_year=year, school__in=queryset).values_list("pk", "school_id")
        )
        # The results of the version each plan's status refers to, as every page shows them.
        states = review_selectors.plan_states(plans)
        results = run_results(state.run_id for state in states.values())
        hits = [
            plans[plan_id]
            for plan_id, state in states.items()
            if state.run_id and results.get(state.run_id, {}).get(key) == value
        ]
        return queryset.filter(pk__in=hits)


class PlanFilter(django_filters.FilterSet):
    school_year = django_filters.CharFilter(
        field_name="school_year__label", help_text='Label, e.g. "2025/26"'
    )
    school = django_filters.CharFilter(field_name="school__skolenhetskod", help_text="skolenhetskod")
    area = IdFilter(field_name="school__area_id")
    form = django_filters.ChoiceFilter(choices=SchoolFormCode.choices, field_name="school__forms__code")
    status = django_filters.ChoiceFilter(choices=STATUS_CHOICES, method="by_status")

    class Meta:
        model = Plan
        fields = ["school_year", "school", "area", "form"]

    def by_status(self, queryset: QuerySet[Plan], name: str, value: str) -> QuerySet[Plan]:
        if value == PlanStatus.NOT_SUBMITTED:
            return queryset.exclude(review__status__in=[s for s in PlanStatus.values if s != value])
        return queryset.filter(review__status=value)


class PlanVersionFilter(django_filters.FilterSet):
    plan = IdFilter(field_name="plan_id")
    school = django_filters.CharFilter(field_name="plan__school__skolenhetskod", help_text="skolenhetskod")
    school_year = django_filters.CharFilter(field_name="plan__school_year__label", help_text='e.g. "2025/26"')
    status = django_filters.ChoiceFilter(choices=CheckStatus.choices, field_name="check_status")

    class Meta:
        model = PlanVersion
        fields = ["plan", "school", "school_year", "status"]
