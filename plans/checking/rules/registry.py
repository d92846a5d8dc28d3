"""The one place that says which function decides which requirement key, and from which parts.

Each rule module holds the function of its key and PARTS, the parts BRIEF §6 names for it (the
survey's sources and results, the measures' owners and times, …); every result lists each part,
found or not. A template's keys that are not here (a district's own requirement) are decided by the
generic rule. A test holds that every key of the shipped template has its own rule here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from plans.checking.rules import (
    acute_routines,
    discrimination_grounds,
    evaluation_plan,
    guardian_involvement,
    minority_rights,
    preventive_measures,
    previous_year_evaluation,
    promotive_work,
    responsible,
    student_involvement,
    survey,
    validity_period,
)
from plans.checking.rules.generic import generic_rule
from plans.checking.rules.results import Part, RuleResult
from plans.checking.rules.units import Context
from plans.checking.spec import RequirementSpec

RuleFunction = Callable[[Context, RequirementSpec], RuleResult]


@dataclass(frozen=True)
class Rule:
    decide: RuleFunction
    parts: tuple[str, ...]


RULES: Mapping[str, Rule] = MappingProxyType(
    {
        "validity_period": Rule(validity_period.validity_period, validity_period.PARTS),
        "responsible": Rule(responsible.responsible, responsible.PARTS),
        "student_involvement": Rule(student_involvement.student_involvement, student_involvement.PARTS),
        "previous_year_evaluation": Rule(
            previous_year_evaluation.previous_year_evaluation, previous_year_evaluation.PARTS
        ),
        "survey": Rule(survey.survey, survey.PARTS),
        "promotive_work": Rule(promotive_work.promotive_work, promotive_work.PARTS),
        "preventive_measures": Rule(preventive_measures.preventive_measures, preventive_measures.PARTS),
        "acute_routines": Rule(acute_routines.acute_routines, acute_routines.PARTS),
        "discrimination_grounds": Rule(
            discrimination_grounds.discrimination_grounds, discrimination_grounds.PARTS
        ),
        "minority_rights": Rule(minority_rights.minority_rights, minority_rights.PARTS),
        "evaluation_plan": Rule(evaluation_plan.evaluation_plan, evaluation_plan.PARTS),
        "guardian_involvement": Rule(guardian_involvement.guardian_involvement, guardian_involvement.PARTS),
    }
)


def check_requirement(ctx: Context, requirement: RequirementSpec) -> RuleResult:
    rule = RULES.get(requirement.key)
    if rule is None:
        return generic_rule(ctx, requirement)
    result = rule.decide(ctx, requirement)
    said = {p.name: p for p in result.parts}
    return replace(result, parts=tuple(said.get(name) or Part(name, False) for name in rule.parts))
