"""The rule registry: one rule per key of the shipped template, and a generic rule for a district's own."""

from __future__ import annotations

import json
from pathlib import Path

from plans.checking import DEFAULT_KEYS, TemplateSpec, check_document, read_document
from plans.checking.rules import RULES
from plans.checking.rules.generic import generic_rule
from tests.checking.builders import plan

TEMPLATE = Path(__file__).resolve().parents[2] / "plans/data/default_template.json"


def test_the_registry_has_a_rule_for_each_key_of_the_shipped_template() -> None:
    keys = [item["key"] for item in json.loads(TEMPLATE.read_text(encoding="utf-8"))["requirements"]]
    assert sorted(RULES) == sorted(keys)
    assert tuple(keys) == DEFAULT_KEYS


def test_each_key_has_its_own_rule_not_the_generic_one() -> None:
    functions = [rule.decide for rule in RULES.values()]
    assert generic_rule not in functions
    assert len(set(functions)) == len(RULES)
    assert all(rule.parts for rule in RULES.values())


def test_a_district_requirement_without_a_rule_is_decided_by_its_signals() -> None:
    spec = TemplateSpec.from_dict(
        {
            "key": "own",
            "requirements": [
                {
                    "key": "digital_safety",
                    "title_sv": "Digital trygghet",
                    "title_en": "Digital safety",
                    "headings": ["Digital trygghet"],
                    "signals": {"words": ["sociala medier", "nätet"]},
                }
            ],
        }
    )
    document = read_document(plan(("h", "Digital trygghet"), ("p", "Vi pratar om nätet och sociala medier.")))
    (result,) = check_document(document, spec).requirements
    assert (result.key, result.status) == ("digital_safety", "met")
