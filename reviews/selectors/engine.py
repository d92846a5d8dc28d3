"""The engine measured against the lawyers: per requirement of a school year, how often the reviewers'
assessments kept or changed the engine's status (issue 14.2). Reads Assessment rows, which remember
what the engine said when the reviewer assessed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from plans.agreement import Agreement, agreement_of, macro_f1
from plans.models import SchoolYear
from plans.selectors import template_for
from reviews.models import Assessment


@dataclass(frozen=True)
class EngineReport:
    school_year: SchoolYear
    requirements: list[tuple[str, Agreement]]  # title in the reader's language, agreement; template order
    versions: int  # versions with at least one assessment

    @property
    def macro_f1(self) -> float:
        return macro_f1(a for _title, a in self.requirements)

    @property
    def pairs(self) -> int:
        return sum(a.pairs for _title, a in self.requirements)


def engine_against_reviewers(school_year: SchoolYear, *, language: str) -> EngineReport:
    """Two queries (the template's requirements, the assessments) whatever the number of plans."""
    rows = Assessment.objects.filter(version__plan__school_year=school_year).values_list(
        "key", "status", "engine_status", "version_id"
    )
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    versions: set[int] = set()
    for key, reviewer, engine, version_id in rows:
        pairs[key].append((reviewer, engine))
        versions.add(version_id)
    swedish = language.startswith("sv")
    requirements = [
        (r.title_sv if swedish else r.title_en, agreement_of(r.key, pairs.get(r.key, [])))
        for r in template_for(school_year).requirements.order_by("order", "key")
    ]
    return EngineReport(school_year=school_year, requirements=requirements, versions=len(versions))
