"""The check engine: plain Python, no Django. Web, worker and benchmarks call it; it calls nothing of ours."""

from plans.checking.check import CheckResult, Finding, check_document, detect_language
from plans.checking.document import Block, BlockKind, CoreProperties, Document, Section
from plans.checking.measures import PlannedMeasure, planned_measures, unaccounted_measures
from plans.checking.outline import Outline, OutlineHeading, read_outline
from plans.checking.package import Package, PackageLimits, PackageRejected, open_package
from plans.checking.personal_data import mask_identity_numbers
from plans.checking.reader import DocumentUnreadable, read_document
from plans.checking.rules import MET, MISSING, PARTIAL, Evidence, Part, RuleResult
from plans.checking.spec import DEFAULT_KEYS, RequirementSpec, SpecError, TemplateSpec

# Stored with each check run; a new engine version means a new run for the same version.
ENGINE_VERSION = "engine-5"

__all__ = [
    "DEFAULT_KEYS",
    "ENGINE_VERSION",
    "MET",
    "MISSING",
    "PARTIAL",
    "Block",
    "BlockKind",
    "CheckResult",
    "CoreProperties",
    "Document",
    "DocumentUnreadable",
    "Evidence",
    "Finding",
    "Outline",
    "OutlineHeading",
    "Package",
    "PackageLimits",
    "PackageRejected",
    "Part",
    "PlannedMeasure",
    "RequirementSpec",
    "RuleResult",
    "Section",
    "SpecError",
    "TemplateSpec",
    "check_document",
    "detect_language",
    "mask_identity_numbers",
    "open_package",
    "planned_measures",
    "read_document",
    "read_outline",
    "unaccounted_measures",
]
