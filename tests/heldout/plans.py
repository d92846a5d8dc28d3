"""The held-out corpus: realistic plans written from the domain brief, not from the engine's rules.

Labels come from BRIEF.md §6 applied to each plan's own text; where the brief leaves room, the plan
definition carries a one-line comment with the reasoning. Use:

    from tests.heldout.plans import build_heldout
    for plan in build_heldout():
        plan.name, plan.school_year, plan.expected, plan.identity_numbers, plan.data  # .docx bytes

Deterministic: no randomness; the same code always gives the same document text.
"""

from __future__ import annotations

from functools import cache

from tests.heldout import plans_a, plans_b, plans_c, plans_d, plans_e, plans_en, plans_f
from tests.heldout.builder import render
from tests.heldout.model import KEYS, STATUSES, HeldoutPlan, PlanDef

__all__ = ["KEYS", "STATUSES", "HeldoutPlan", "PlanDef", "build_heldout", "definitions"]


def definitions() -> list[PlanDef]:
    makers = [
        *plans_a.PLANS,
        *plans_b.PLANS,
        *plans_c.PLANS,
        *plans_d.PLANS,
        *plans_en.PLANS,
        *plans_e.PLANS,
        *plans_f.PLANS,
    ]
    return [make() for make in makers]


@cache
def _build() -> tuple[HeldoutPlan, ...]:
    out = [
        HeldoutPlan(
            name=d.name,
            forms=d.forms,
            school_year=d.school_year,
            language=d.language,
            expected=dict(d.expected),
            identity_numbers=d.identity_numbers,
            decoys=d.decoys,
            guidance_keys=d.guidance_keys,
            data=render(d.blocks, d.look),
        )
        for d in definitions()
    ]
    names = [p.name for p in out]
    if len(set(names)) != len(names):
        raise ValueError("duplicate plan names in the held-out corpus")
    return tuple(out)


def build_heldout() -> list[HeldoutPlan]:
    return list(_build())
