"""Checks of the held-out corpus GENERATOR (not of the engine's accuracy)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from tests.heldout.builder import plain_text
from tests.heldout.idnum import CANDIDATE, is_identity_number, luhn_ok
from tests.heldout.plans import KEYS, STATUSES, build_heldout

PLANS = build_heldout()


def test_at_least_36_plans_with_unique_names():
    assert len(PLANS) >= 36
    assert len({p.name for p in PLANS}) == len(PLANS)


def test_every_plan_has_all_keys_with_valid_statuses():
    for plan in PLANS:
        assert set(plan.expected) == set(KEYS), plan.name
        assert all(s in STATUSES for s in plan.expected.values()), plan.name
        assert plan.school_year == "2025/26"
        assert plan.forms


def test_every_status_occurs_for_every_key():
    for key in KEYS:
        seen = {p.expected[key] for p in PLANS}
        assert seen == set(STATUSES), key


def test_guidance_only_sections_are_expected_missing():
    for plan in PLANS:
        for key in plan.guidance_keys:
            assert plan.expected[key] == "missing", (plan.name, key)


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_plan_opens_with_python_docx(plan):
    doc = Document(io.BytesIO(plan.data))
    # A plan may be a single table with a title line (plans_e.bjorkvallen_one_table).
    assert len(doc.paragraphs) + sum(len(t.rows) for t in doc.tables) > 3


def test_generation_is_deterministic():
    from tests.heldout.builder import render
    from tests.heldout.plans import definitions

    first = definitions()[0]
    assert plain_text(render(first.blocks, first.look)) == plain_text(PLANS[0].data)


def test_listed_identity_numbers_are_valid_and_in_the_text():
    listed = 0
    for plan in PLANS:
        text = plain_text(plan.data)
        for number in plan.identity_numbers:
            listed += 1
            assert number in text, (plan.name, number)
            assert is_identity_number(number), (plan.name, number)
    assert listed >= 6
    forms = {n for p in PLANS for n in p.identity_numbers}
    assert any("+" in n for n in forms)
    assert any(len(n) == 10 and n.isdigit() for n in forms)
    assert any(len(n.replace("-", "")) == 12 for n in forms)
    assert any(int(n.replace("-", "").replace("+", "")[-6:-4]) > 60 for n in forms)  # samordningsnummer


def test_decoys_are_in_the_text_and_not_identity_numbers():
    for plan in PLANS:
        text = plain_text(plan.data)
        for decoy in plan.decoys:
            assert decoy in text, (plan.name, decoy)
            assert not is_identity_number(decoy), (plan.name, decoy)


def test_no_unlisted_valid_identity_number_in_any_plan():
    for plan in PLANS:
        text = plain_text(plan.data)
        valid = {m.group(0) for m in CANDIDATE.finditer(text) if is_identity_number(m.group(0))}
        assert valid == set(plan.identity_numbers), plan.name


def test_validator_on_known_cases():
    assert is_identity_number("811218-9876")
    assert not is_identity_number("811218-9875")  # wrong check digit
    assert not is_identity_number("212000-0142")  # organisationsnummer: month 20
    assert not is_identity_number("250901-260831")  # date range
    assert luhn_ok("2120000142")  # Luhn-valid yet not a personnummer
