"""How well two sources of requirement statuses agree: the reviewers against the engine, or labelled
plans against the engine. Plain functions over (expected, got) pairs; the one place the project's
accuracy figures are computed (bench/scoring.py, the district's engine page, `scorechecks`).

Per requirement, F1 is the average over the statuses present among the expected ones; macro-F1 the
average over the requirements."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

STATUSES = ("met", "partial", "missing")

Pairs = Sequence[tuple[str, str]]  # (expected: the label or the reviewer, got: the engine)


def f1_scores(pairs: Pairs) -> tuple[float, dict[str, tuple[float, float, float]]]:
    """The pairs' F1 (over the expected statuses present) and each status's precision, recall, F1."""
    per_status: dict[str, tuple[float, float, float]] = {}
    for status in STATUSES:
        tp = sum(1 for want, got in pairs if want == status and got == status)
        fp = sum(1 for want, got in pairs if want != status and got == status)
        fn = sum(1 for want, got in pairs if want == status and got != status)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_status[status] = (precision, recall, f1)
    present = [s for s in STATUSES if any(want == s for want, _ in pairs)]
    return sum(per_status[s][2] for s in present) / max(len(present), 1), per_status


@dataclass(frozen=True)
class Agreement:
    """One requirement: how often the engine said what the reviewers (or the labels) say."""

    key: str
    pairs: int
    agreed: int
    f1: float
    per_status: dict[str, tuple[float, float, float]]  # status → precision, recall, F1
    table: dict[tuple[str, str], int]  # (engine, expected) → count

    @property
    def agreement(self) -> float:
        return self.agreed / self.pairs if self.pairs else 1.0

    @property
    def changed(self) -> int:
        """How many times the reviewers set another status than the engine's."""
        return self.pairs - self.agreed


def agreement_of(key: str, pairs: Pairs) -> Agreement:
    f1, per_status = f1_scores(pairs)
    table = Counter((got, want) for want, got in pairs)
    return Agreement(
        key=key,
        pairs=len(pairs),
        agreed=sum(1 for want, got in pairs if want == got),
        f1=f1,
        per_status=per_status,
        table={
            (engine, expected): table.get((engine, expected), 0)
            for engine in STATUSES
            for expected in STATUSES
        },
    )


def macro_f1(agreements: Iterable[Agreement]) -> float:
    scored = [a.f1 for a in agreements if a.pairs]
    return sum(scored) / len(scored) if scored else 0.0
