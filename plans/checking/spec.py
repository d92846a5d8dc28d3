"""The district's template as plain data: what each requirement is and which words signal it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

DEFAULT_KEYS = (
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


class SpecError(ValueError):
    """The template data is not usable; the message says what is wrong."""


@dataclass(frozen=True)
class RequirementSpec:
    key: str
    title_sv: str
    title_en: str
    legal_basis: str = ""
    required: bool = True
    headings: tuple[str, ...] = ()
    signals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    advice_sv: str = ""
    advice_en: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RequirementSpec:
        try:
            key = str(data["key"])
            signals = {
                str(name): tuple(str(s) for s in values)
                for name, values in dict(data.get("signals", {})).items()
            }
            return cls(
                key=key,
                title_sv=str(data["title_sv"]),
                title_en=str(data["title_en"]),
                legal_basis=str(data.get("legal_basis", "")),
                required=bool(data.get("required", True)),
                headings=tuple(str(h) for h in data.get("headings", ())),
                signals=signals,
                advice_sv=str(data.get("advice_sv", "")),
                advice_en=str(data.get("advice_en", "")),
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise SpecError(
                f"requirement {data.get('key', '?') if isinstance(data, Mapping) else '?'}: {error}"
            ) from None

    def signal(self, name: str) -> tuple[str, ...]:
        return self.signals.get(name, ())


@dataclass(frozen=True)
class TemplateSpec:
    key: str
    version: int
    requirements: tuple[RequirementSpec, ...]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TemplateSpec:
        requirements = tuple(RequirementSpec.from_dict(item) for item in data.get("requirements", ()))
        keys = [r.key for r in requirements]
        if len(set(keys)) != len(keys):
            raise SpecError("requirement keys must be unique")
        if not requirements:
            raise SpecError("a template needs at least one requirement")
        return cls(
            key=str(data.get("key", "default")),
            version=int(data.get("version", 1)),
            requirements=requirements,
        )

    def requirement(self, key: str) -> RequirementSpec | None:
        return next((r for r in self.requirements if r.key == key), None)
