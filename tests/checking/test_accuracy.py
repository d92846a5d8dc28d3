"""A floor on the engine's accuracy over the generated corpus (the figures live in bench/accuracy.py)."""

from __future__ import annotations

import json
from pathlib import Path

from plans.agreement import f1_scores
from plans.checking import TemplateSpec, check_document, read_document
from tests.corpus.build import KEYS, build_corpus

TEMPLATE = TemplateSpec.from_dict(
    json.loads(
        (Path(__file__).resolve().parents[2] / "plans/data/default_template.json").read_text(encoding="utf-8")
    )
)


def test_corpus_is_large_and_varied() -> None:
    corpus = build_corpus(72)
    assert len(corpus) >= 60
    assert {p.language for p in corpus} == {"sv", "en"}
    assert any(p.preschool for p in corpus)
    assert len({p.shape for p in corpus}) >= 6
    for key in KEYS:
        assert {p.expected[key] for p in corpus} >= {"met", "missing"}, key


def test_engine_meets_the_accuracy_floor_on_the_corpus() -> None:
    pairs: dict[str, list[tuple[str, str]]] = {key: [] for key in KEYS}
    met_for_nothing = missed_numbers = false_numbers = 0
    for plan in build_corpus(72):
        result = check_document(read_document(plan.data), TEMPLATE, school_year=plan.school_year)
        got = {r.key: r.status for r in result.requirements}
        for key in KEYS:
            pairs[key].append((plan.expected[key], got[key]))
            met_for_nothing += plan.expected[key] == "missing" and got[key] == "met"
        found = {f.text for f in result.findings if f.code == "personal_identity_number"}
        missed_numbers += len(set(plan.identity_numbers) - found)
        false_numbers += len(found - set(plan.identity_numbers))
    macro = sum(f1_scores(pairs[key])[0] for key in KEYS) / len(KEYS)
    assert macro >= 0.95
    assert met_for_nothing == 0
    assert (missed_numbers, false_numbers) == (0, 0)
