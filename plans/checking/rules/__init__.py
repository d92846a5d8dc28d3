"""Requirement rules: each requirement of the template gets met, partial or missing, with evidence.

Content decides; headings only hint (BRIEF §6.0). Every section is read without its table-of-
contents lines, unfilled template guidance and bare "not done" statements (`guidance`); law
extracts never count, and definition sections count only for the discrimination grounds. Sections
become `units`; `evidence` picks the best-supported candidate; each requirement has its own module,
and `registry` says which decides which key. The vocabulary comes from the template
(RequirementSpec.signals); what combination of signals makes `met` is decided in the rule modules.
"""

from plans.checking.rules.evidence import quote
from plans.checking.rules.grounds import OUTDATED_DISABILITY
from plans.checking.rules.guidance import is_guidance_text
from plans.checking.rules.registry import RULES, check_requirement
from plans.checking.rules.results import MET, MISSING, PARTIAL, Evidence, Part, RuleResult
from plans.checking.rules.units import Context, Unit, build_units

__all__ = [
    "MET",
    "MISSING",
    "OUTDATED_DISABILITY",
    "PARTIAL",
    "RULES",
    "Context",
    "Evidence",
    "Part",
    "RuleResult",
    "Unit",
    "build_units",
    "check_requirement",
    "is_guidance_text",
    "quote",
]
