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
class RuleResult:
    key: str
    status: str
    reason: str  # a stable reason code, e.g. "survey.no_results"; texts live outside the engine
    params: dict[str, str | int] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
