"""The one place that says which function decides which requirement key.

A template's keys that are not here (a district's own requirement) are decided by the generic rule.
A test holds that every key of the shipped template has its own rule here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from plans.checking.rules.acute_routines import acute_routines
from plans.checking.rules.discrimination_grounds import discrimination_grounds
from plans.checking.rules.evaluation_plan import evaluation_plan
from plans.checking.rules.generic import generic_rule
from plans.checking.rules.guardian_involvement import guardian_involvement
from plans.checking.rules.minority_rights import minority_rights
from plans.checking.rules.preventive_measures import preventive_measures
from plans.checking.rules.previous_year_evaluation import previous_year_evaluation
from plans.checking.rules.promotive_work import promotive_work
from plans.checking.rules.responsible import responsible
from plans.checking.rules.results import RuleResult
from plans.checking.rules.student_involvement import student_involvement
from plans.checking.rules.survey import survey
from plans.checking.rules.units import Context
from plans.checking.rules.validity_period import validity_period
from plans.checking.spec import RequirementSpec

RuleFunction = Callable[[Context, RequirementSpec], RuleResult]

RULES: Mapping[str, RuleFunction] = MappingProxyType(
    {
        "validity_period": validity_period,
        "responsible": responsible,
        "student_involvement": student_involvement,
        "previous_year_evaluation": previous_year_evaluation,
        "survey": survey,
        "promotive_work": promotive_work,
        "preventive_measures": preventive_measures,
        "acute_routines": acute_routines,
        "discrimination_grounds": discrimination_grounds,
        "minority_rights": minority_rights,
        "evaluation_plan": evaluation_plan,
        "guardian_involvement": guardian_involvement,
    }
)


def check_requirement(ctx: Context, requirement: RequirementSpec) -> RuleResult:
    function = RULES.get(requirement.key, generic_rule)
    return function(ctx, requirement)
