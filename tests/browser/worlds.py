"""Data for the browser tests: plan files of a chosen quality, and the demo district with a plan in every
review state (plans.demo + reviews' loaddemo), plus a second version so the diff page has something."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass

import docx
from django.urls import NoReverseMatch, reverse

from plans import uploads
from plans.demo.district import DISTRICT, REVIEW_YEAR, USERS, load_demo
from plans.demo.documents import PlanSpec, Quality, build_plan
from plans.models import Plan, School
from reviews import services
from reviews.management.commands.loaddemo import load_reviews

# A fictional personal identity number: the report must show it masked only.
IDENTITY_NUMBER = "121212-1212"
MASKED = "121212-****"


def plan_file(
    school: str, year: str, quality: Quality, *, identity_number: bool = False, seed: int = 1
) -> bytes:
    """A realistic plan; with `identity_number`, a sentence that names a student's personnummer."""
    data = build_plan(
        PlanSpec(
            school_name=school, school_year=year, school_forms=("grundskola",), quality=quality, seed=seed
        )
    )
    if not identity_number:
        return data
    document = docx.Document(io.BytesIO(data))
    document.add_paragraph(f"Kontaktuppgifter: elevens personnummer {IDENTITY_NUMBER}.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class Demo:
    """The demo district's objects the pages are about."""

    passwords: dict[str, str]
    principal_school: School  # Solrosens förskola: rektor's, in review with feedback and a reply
    in_review: Plan
    revised: Plan  # Björkdalsskolan: changes requested, then a second version handed in


def _plan(code: str) -> Plan:
    return Plan.objects.select_related("school").get(
        school__skolenhetskod=code, school__district__name=DISTRICT, school_year__label=REVIEW_YEAR
    )


def build_demo() -> Demo:
    load_demo()
    load_reviews()
    revised = _plan("90000202")
    admin = revised.versions.get(number=1).uploaded_by
    assert admin is not None
    content = build_plan(
        PlanSpec(
            school_name=revised.school.name,
            school_year=REVIEW_YEAR,
            school_forms=tuple(revised.school.forms.values_list("code", flat=True)),
            quality=Quality.COMPLETE,
            seed=202,
        )
    )
    uploads.submit_plan(
        school=revised.school,
        school_year=revised.school_year,
        file=io.BytesIO(content),
        original_name="plan-v2.docx",
        by=admin,
    )
    services.submit(plan=revised, by=admin)
    in_review = _plan("90000101")
    return Demo(
        passwords={user.username: user.password for user in USERS},
        principal_school=in_review.school,
        in_review=in_review,
        revised=revised,
    )


@dataclass(frozen=True)
class MainPage:
    """A main page, as the person who uses it sees it (None: signed out)."""

    name: str  # also the screenshot's file name
    username: str | None
    path: str


def main_pages(demo: Demo) -> list[MainPage]:
    version = demo.in_review.versions.order_by("-number").first()
    assert version is not None
    pages = [MainPage("login", None, reverse("login"))]
    school = demo.principal_school.pk
    pages += [
        MainPage("principal-start", "rektor", reverse("home")),
        MainPage("school", "rektor", reverse("plans:school", args=[school])),
        MainPage("upload", "rektor", reverse("plans:upload", args=[school])),
        MainPage("plan", "rektor", reverse("plans:plan", args=[demo.in_review.pk])),
        MainPage("version-report", "rektor", reverse("plans:version", args=[version.pk])),
        MainPage("review-school", "rektor", reverse("reviews:plan", args=[demo.in_review.pk])),
        MainPage("queue", "granskare", reverse("reviews:queue")),
        MainPage("review", "granskare", reverse("reviews:plan", args=[demo.in_review.pk])),
        MainPage("diff", "granskare", reverse("reviews:diff", args=[demo.revised.pk])),
        MainPage("overview", "admin", reverse("reviews:overview")),
    ]
    for name, username, url_name in (
        ("password-reset", None, "password_reset"),
        ("password-change", "rektor", "password_change"),
    ):
        with contextlib.suppress(NoReverseMatch):  # not every page exists yet
            pages.append(MainPage(name, username, reverse(url_name)))
    # Grouped by person, so each signs in once.
    return sorted(pages, key=lambda p: ["", "rektor", "granskare", "admin"].index(p.username or ""))
