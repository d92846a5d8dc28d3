"""Issue 14.2: the engine measured against the lawyers — the district's page, and a labelled folder
exported by a district admin and scored again with the current engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plans.agreement import agreement_of, f1_scores, macro_f1
from plans.models import Plan, PlanVersion
from reviews import selectors
from reviews.assessments import assess
from tests.conftest import World
from tests.factories import PlanFactory
from tests.reviews.conftest import checked_version
from tests.reviews.test_assessments import engine, other_than
from tests.reviews.test_views import english, page

pytestmark = pytest.mark.django_db


def test_agreement_counts_the_engine_against_the_expected_status() -> None:
    pairs = [("met", "met"), ("met", "partial"), ("missing", "missing"), ("partial", "partial")]
    a = agreement_of("survey", pairs)
    assert (a.pairs, a.agreed, a.changed) == (4, 3, 1)
    assert a.table[("partial", "met")] == 1  # the engine said partial where the reviewer said met
    assert a.f1 == pytest.approx(f1_scores(pairs)[0])
    assert macro_f1([a, agreement_of("none", [])]) == pytest.approx(a.f1)  # unassessed keys do not count


@pytest.fixture
def assessed(version: PlanVersion, reviewer_same_area: User) -> dict[str, str]:
    """Two requirements assessed: the first confirmed, the second changed. key → reviewer's status."""
    (k1, s1), (k2, s2) = list(engine(version).items())[:2]
    assess(version=version, key=k1, status=s1, by=reviewer_same_area)
    assess(version=version, key=k2, status=other_than(s2), reason="Finns i bilagan.", by=reviewer_same_area)
    return {k1: s1, k2: other_than(s2)}


def test_the_district_page_shows_where_the_reviewers_changed_the_engine(
    world: World, assessed: dict[str, str], district_admin: User
) -> None:
    report = selectors.engine_against_reviewers(world.year, language="en")
    by_key = {a.key: a for _title, a in report.requirements}
    first, second = list(assessed)
    assert (by_key[first].pairs, by_key[first].changed) == (1, 0)
    assert (by_key[second].pairs, by_key[second].changed) == (1, 1)
    assert report.versions == 1 and report.pairs == 2
    body = page(english(district_admin).get(reverse("reviews:overview-engine")))
    assert "The check against the reviewers" in body
    assert "2 assessments on 1 version" in body
    assert reverse("reviews:overview-engine") in page(
        english(district_admin).get(reverse("reviews:overview"))
    )


def test_a_principal_may_not_see_the_engine_page(world: World, principal_a: User) -> None:
    assert english(principal_a).get(reverse("reviews:overview-engine")).status_code == 403


def test_a_district_admin_exports_the_assessed_plans_and_scorechecks_scores_them(
    world: World,
    assessed: dict[str, str],
    district_admin: User,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "export"
    call_command("exportassessments", "2025/26", str(folder), by=district_admin.username)
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    assert [entry["file"] for entry in labels] == ["11111111-v1.docx"]
    assert (folder / "11111111-v1.docx").read_bytes()[:2] == b"PK"
    assert {k: v["reviewer"] for k, v in labels[0]["requirements"].items()} == assessed
    assert labels[0]["engine_version"]
    captured = capsys.readouterr()
    assert "personal data" in captured.err
    call_command("scorechecks", str(folder))
    out = capsys.readouterr().out
    assert "1 plans; the reviewers against" in out
    second = list(assessed)[1]
    line = next(row for row in out.splitlines() if row.startswith(second))
    assert line.split()[1:3] == ["1", "0.00"]  # one assessment, and the engine still disagrees
    assert "macro-F1" in out


def test_only_a_district_admin_may_export(
    world: World, assessed: dict[str, str], reviewer_same_area: User, tmp_path: Path
) -> None:
    with pytest.raises(CommandError, match="only a district administrator"):
        call_command("exportassessments", "2025/26", str(tmp_path / "x"), by=reviewer_same_area.username)
    assert not (tmp_path / "x").exists()


def test_the_engine_page_costs_the_same_queries_whatever_the_number_of_assessments(
    world: World, assessed: dict[str, str], district_admin: User, reviewer_same_area: User
) -> None:
    client = english(district_admin)
    url = reverse("reviews:overview-engine")
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    version = checked_version(PlanFactory(school=world.school_b, school_year=world.year), seed=5)
    for key, status in engine(version).items():
        assess(version=version, key=key, status=status, by=district_admin)
    assert Plan.objects.count() == 2
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) == len(before)
