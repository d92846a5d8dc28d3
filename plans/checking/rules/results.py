"""What a rule returns: a status with a stable reason code and the evidence it rests on."""

from __future__ import annotations

from dataclasses import dataclass, field

MET, PARTIAL, MISSING = "met", "partial", "missing"


@dataclass(frozen=True)
class Evidence:
    heading_path: tuple[str, ...]
    first_block: int
    last_block: int
    quote: str


@dataclass(frozen=True)
class Part:
    """One of the parts BRIEF §6 names for a requirement (the survey's sources and results, each
    measure's owner and time, …), whether the plan has it, and the text that shows it."""

    name: str  # stable: "sources", "results", "owner", "time", "when", "students", …
    found: bool
    evidence: Evidence | None = None
    params: dict[str, str | int] = field(default_factory=dict)  # counts: {"of": 4, "with": 3}


@dataclass(frozen=True)
class RuleResult:
    key: str
    status: str
    reason: str  # a stable reason code, e.g. "survey.no_results"; texts live outside the engine
    params: dict[str, str | int] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    parts: tuple[Part, ...] = ()  # in the order the requirement names them; the status follows from them
