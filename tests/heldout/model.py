"""Data types of the held-out corpus."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.heldout.builder import Block, Look

KEYS = (
    "validity_period",
    "responsible",
    "student_involvement",
    "previous_year_evaluation",
    "survey",
    "promotive_work",
    "preventive_measures",
    "acute_routines",
    "discrimination_grounds",
    "minority_rights",
    "evaluation_plan",
    "guardian_involvement",
)
STATUSES = ("met", "partial", "missing")


def expect(**overrides: str) -> dict[str, str]:
    """Expected statuses: every key `met` unless overridden. Unknown keys or statuses raise."""
    out = dict.fromkeys(KEYS, "met")
    for key, status in overrides.items():
        if key not in out or status not in STATUSES:
            raise ValueError(f"bad expectation {key}={status}")
        out[key] = status
    return out


ALL_MISSING = dict.fromkeys(KEYS, "missing")


@dataclass(frozen=True)
class PlanDef:
    name: str
    forms: tuple[str, ...]
    blocks: list[Block]
    expected: dict[str, str]
    look: Look = field(default_factory=Look)
    school_year: str = "2025/26"
    language: str = "sv"
    # Exact strings as written in the document.
    identity_numbers: tuple[str, ...] = ()
    # Number-like strings in the document that must NOT be flagged (phones, dates, orgnr, dnr...).
    decoys: tuple[str, ...] = ()
    # Keys whose section exists but holds only unfilled template guidance.
    guidance_keys: frozenset[str] = frozenset()


@dataclass(frozen=True)
class HeldoutPlan:
    name: str
    forms: tuple[str, ...]
    school_year: str
    language: str
    expected: dict[str, str]
    identity_numbers: tuple[str, ...]
    decoys: tuple[str, ...]
    guidance_keys: frozenset[str]
    data: bytes
