"""Helpers of the API tests: token clients and a small seeded school year (plain functions, no fixtures)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.core.cache import cache
from rest_framework.test import APIClient

from api.tokens import create_token
from plans.models import Plan, PlanVersion
from reviews import services as review_services
from reviews.models import FeedbackItem, Severity
from tests.conftest import World
from tests.factories import PlanFactory, PlanVersionFactory
from tests.reviews.conftest import checked_version

API = "/api/v1"
PROBLEM = "application/problem+json"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def token_for(user: User, *, service: bool = False, days: int | None = None) -> str:
    key, _ = create_token(user=user, service=service, days=days)
    return key


def client_with(key: str, *, language: str | None = None) -> APIClient:
    """A client that sends the token on every request (and Accept-Language, when given)."""
    client = APIClient()
    headers = {"HTTP_AUTHORIZATION": f"Token {key}"}
    if language:
        headers["HTTP_ACCEPT_LANGUAGE"] = language
    client.credentials(**headers)
    return client


def api_client(user: User, *, service: bool = False, language: str | None = None) -> APIClient:
    cache.clear()  # throttling counts per token id, and ids repeat between tests on SQLite
    return client_with(token_for(user, service=service), language=language)


def results(response) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    body = response.json()
    rows: list[dict[str, Any]] = body["results"] if isinstance(body, dict) and "results" in body else body
    return rows


@dataclass
class Seeded:
    """Ekbacken's plan with a checked, submitted version and one open feedback item; the gymnasium's
    plan with a queued version."""

    plan_a: Plan
    version_a: PlanVersion
    item: FeedbackItem
    plan_b: Plan
    version_b: PlanVersion


def seed(world: World, *, reviewer: User) -> Seeded:
    plan_a = PlanFactory(school=world.school_a, school_year=world.year)
    version_a = checked_version(plan_a)
    review_services.submit(plan=plan_a, by=reviewer)
    review_services.start_review(plan=plan_a, by=reviewer)
    item = review_services.add_feedback(
        version=version_a,
        by=reviewer,
        severity=Severity.MUST_FIX,
        text="Beskriv hur eleverna deltar i arbetet.",
        requirement_key="student_involvement",
    )
    plan_b = PlanFactory(school=world.school_b, school_year=world.year)
    version_b = PlanVersionFactory(plan=plan_b, number=1)
    return Seeded(plan_a=plan_a, version_a=version_a, item=item, plan_b=plan_b, version_b=version_b)
