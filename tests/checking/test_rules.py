"""The requirement rules on the hard cases of BRIEF §9, each in a small hand-written document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plans.checking import RuleResult, TemplateSpec, check_document, read_document
from plans.checking.text import Text
from tests.checking.builders import plan

TEMPLATE = TemplateSpec.from_dict(
    json.loads(
        (Path(__file__).resolve().parents[2] / "plans/data/default_template.json").read_text(encoding="utf-8")
    )
)


def statuses(data: bytes, school_year: str | None = "2025/26") -> dict[str, str]:
    result = check_document(read_document(data), TEMPLATE, school_year=school_year)
    return {r.key: r.status for r in result.requirements}


def _result(data: bytes, key: str, school_year: str | None = "2025/26") -> RuleResult:
    result = check_document(read_document(data), TEMPLATE, school_year=school_year)
    return next(r for r in result.requirements if r.key == key)


def findings(data: bytes, school_year: str | None = "2025/26") -> list[str]:
    return [f.code for f in check_document(read_document(data), TEMPLATE, school_year=school_year).findings]


def test_every_heading_with_only_guidance_is_missing() -> None:
    parts: list[tuple[str, object]] = []
    for heading in (
        "Elevernas delaktighet",
        "Kartläggning",
        "Främjande arbete",
        "Förebyggande åtgärder",
        "Rutiner för akuta situationer",
        "Nationella minoriteter",
        "Utvärdering av förra årets plan",
    ):
        parts += [("h", heading), ("p", "[Beskriv hur ni har arbetat med detta]"), ("p", "Skriv text här")]
    result = statuses(plan(*parts))
    assert [key for key, status in result.items() if status == "met"] == []


def test_a_toc_entry_alone_is_nothing() -> None:
    data = plan(
        ("p", "Innehållsförteckning"),
        ("p", "Kartläggning ........ 3"),
        ("p", "Nationella minoriteter .... 5"),
    )
    assert statuses(data)["survey"] == "missing"
    assert statuses(data)["minority_rights"] == "missing"


def test_a_section_saying_it_was_not_done_is_missing() -> None:
    data = plan(("h", "Kartläggning"), ("p", "Ingen kartläggning har genomförts i år."))
    assert statuses(data)["survey"] == "missing"


def test_survey_with_named_sources_and_results_is_met_under_an_odd_heading() -> None:
    data = plan(
        ("h", "Så här mår vi"),
        (
            "p",
            "Trygghetsvandringen och trivselenkäten i april visade att 78 % "
            "känner sig trygga men att skolgården bakom idrottshallen upplevs otrygg.",
        ),
    )
    assert statuses(data)["survey"] == "met"


def test_survey_methods_without_results_are_partial() -> None:
    assert (
        statuses(plan(("h", "Kartläggning"), ("p", "Vi gör en trivselenkät varje år.")))["survey"]
        == "partial"
    )


def test_preschool_children_take_part_without_the_word_elever() -> None:
    data = plan(
        ("h", "Barnens delaktighet"),
        (
            "p",
            "Barnen har deltagit genom barnintervjuer och barnråd där de "
            "berättade var de trivs; deras synpunkter påverkade målen.",
        ),
    )
    assert statuses(data)["student_involvement"] == "met"


def test_information_only_is_partial_participation() -> None:
    data = plan(("h", "Elevernas delaktighet"), ("p", "Planen presenteras för eleverna vid terminsstarten."))
    assert statuses(data)["student_involvement"] == "partial"


def test_all_seven_grounds_are_met_and_do_wording_is_accepted() -> None:
    data = plan(
        ("h", "Diskrimineringsgrunderna"),
        (
            "p",
            "Kön, könsidentitet eller könsuttryck, etnisk tillhörighet, "
            "religion eller annan trosuppfattning, funktionsnedsättning, sexuell läggning och ålder.",
        ),
    )
    assert statuses(data)["discrimination_grounds"] == "met"


def test_outdated_funktionshinder_is_partial_and_a_finding() -> None:
    data = plan(
        ("h", "Diskrimineringsgrunderna"),
        (
            "p",
            "Kön, könsöverskridande identitet eller uttryck, etnisk "
            "tillhörighet, religion eller annan trosuppfattning, funktionshinder, sexuell läggning "
            "och ålder.",
        ),
    )
    assert statuses(data)["discrimination_grounds"] == "partial"
    assert "outdated_ground_wording" in findings(data)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Planen gäller från 2025-09-01 till 2026-08-31.", "met"),
        ("Planen gäller under läsåret 2025/26.", "met"),
        ("Planen gäller från oktober 2025 till oktober 2026.", "met"),
        ("Planen gäller från 2025-08-01 till 2027-07-31.", "partial"),
        ("Planen gäller tills vidare.", "partial"),
        ("Planen gäller från 2023-09-01 till 2024-08-31.", "partial"),
        ("Fastställd 2025-09-12 av rektor.", "partial"),
        ("Mötet hölls 2025-09-30.", "missing"),
    ],
)
def test_validity_period(line: str, expected: str) -> None:
    assert statuses(plan(("p", line)))["validity_period"] == expected


def test_stated_school_year_differing_from_upload_is_a_finding() -> None:
    data = plan(("p", "Läsåret 2023/24"), title="Plan mot kränkande behandling läsåret 2023/24")
    assert "school_year_mismatch" in findings(data, "2025/26")
    assert "school_year_mismatch" not in findings(data, "2023/24")


def test_measures_table_with_owner_and_time_is_met_without_is_partial() -> None:
    good = plan(
        ("h", "Förebyggande åtgärder"),
        (
            "table",
            [
                ["Åtgärd", "Ansvarig", "När"],
                ["Rastvakter", "Rektor", "Vecka 36"],
                ["Nätetik", "Mentorer", "Oktober"],
            ],
        ),
    )
    weak = plan(
        ("h", "Förebyggande åtgärder"), ("table", [["Åtgärd", "Mål"], ["Rastvakter", "Tryggare raster"]])
    )
    assert statuses(good)["preventive_measures"] == "met"
    assert statuses(weak)["preventive_measures"] == "partial"


def test_acute_routine_without_the_district_step_is_partial() -> None:
    data = plan(
        ("h", "Rutiner för akuta situationer"),
        (
            "p",
            "Personalen ingriper och anmäler samma dag till rektor. "
            "Rektor utreder skyndsamt, vidtar åtgärder och dokumenterar allt.",
        ),
    )
    assert statuses(data)["acute_routines"] == "partial"


def test_law_extract_appendix_satisfies_nothing_and_grounds_only_there_are_partial() -> None:
    data = plan(
        ("h", "Bilaga: Aktuella bestämmelser"),
        (
            "p",
            "1 kap. 5 § diskrimineringslagen: kön, könsöverskridande "
            "identitet eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
            "funktionsnedsättning, "
            "sexuell läggning och ålder. 3 kap. 2 §, 3 kap. 18 §, 6 kap. 8 § och 6 kap. 10 § skollagen.",
        ),
    )
    found = statuses(data)
    assert "met" not in found.values()
    assert found["discrimination_grounds"] == "partial"  # BRIEF §6.9: only in a quoted law text


def test_english_plan_is_checked() -> None:
    data = plan(
        ("h", "Student participation"),
        (
            "p",
            "Students took part in drawing up the plan through the student "
            "council and class councils, and gave their views on the measures.",
        ),
        title="Equal Treatment Plan",
    )
    assert statuses(data)["student_involvement"] == "met"


def test_identity_numbers_are_found_and_look_alikes_are_not() -> None:
    data = plan(
        ("h", "Kontakt"),
        (
            "p",
            "Elev 19811218-9876 och 701063-2391. Ring 08-508 000 00, org.nr 212000-0142, "
            "dnr UTB 2024/1234, 2025-09-30.",
        ),
    )
    result = check_document(read_document(data), TEMPLATE, school_year="2025/26")
    numbers = sorted(f.text for f in result.findings if f.code == "personal_identity_number")
    assert numbers == ["19811218-9876", "701063-2391"]
    assert all(
        f.severity == "high" and f.masked.endswith("-****") for f in result.findings if f.text in numbers
    )


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("trygghetsvandringen", "trygghetsvandring"),
        ("elevrådets", "elevråd"),
        ("vårdnadshavarna", "vårdnadshavar"),
        ("klassrådsrepresentanter", "klassråd"),
        ("skolenkäten", "enkät"),
    ],
)
def test_compounds_and_inflections_match(text: str, stem: str) -> None:
    assert Text(f"Vi nämner {text} här.").has(stem)


def test_responsible_for_the_plan_in_a_front_page_table_is_met() -> None:
    data = plan(
        ("h", "Grunduppgifter"),
        (
            "table",
            [
                ("Skola", "Björkskolan"),
                ("Ansvarig för planen", "Rektor Anna Berg"),
                ("Planen gäller", "2025-08-15 – 2026-06-15"),
            ],
        ),
        ("h", "Vår vision"),
        ("p", "Alla ska känna sig trygga."),
    )
    assert statuses(data)["responsible"] == "met"


def test_content_found_only_in_another_requirements_section_says_so() -> None:
    data = plan(
        ("h", "Kartläggning"),
        (
            "p",
            "Vi har genomfört trygghetsvandringar och skolenkäten visade att eleverna känner sig trygga. "
            "Elevrådet har deltagit i arbetet.",
        ),
    )
    result = check_document(read_document(data), TEMPLATE, school_year="2025/26")
    involvement = next(r for r in result.requirements if r.key == "student_involvement")
    assert (involvement.status, involvement.reason) == ("partial", "generic.elsewhere")
    assert involvement.params == {"section": "Kartläggning"}


def test_a_survey_from_years_ago_is_partial_and_last_springs_is_met() -> None:
    old = plan(
        ("h", "Kartläggning"),
        (
            "p",
            "Vår senaste skolenkät genomfördes våren 2023. "
            "Den visade att 88 procent av eleverna kände sig trygga.",
        ),
    )
    recent = plan(
        ("h", "Kartläggning"),
        ("p", "Skolenkäten genomfördes våren 2025. Den visade att 88 procent av eleverna kände sig trygga."),
    )
    assert statuses(old)["survey"] == "partial"
    assert statuses(recent)["survey"] == "met"


def test_a_period_that_contradicts_the_plans_own_school_year_is_partial() -> None:
    data = plan(
        ("p", "Läsåret 2025/26"),
        ("h", "Giltighetstid"),
        ("p", "Planen gäller 2024-08-15 – 2025-06-13."),
        title="Plan mot kränkande behandling",
    )
    for school_year in (None, "2025/26"):
        result = _result(data, "validity_period", school_year)
        assert (result.status, result.reason) == ("partial", "validity_period.contradicts_year")
        assert result.params["stated"] == "2025/26"


def test_a_start_and_an_end_in_the_next_cell_or_line_are_one_period() -> None:
    table = plan(("table", [("Planen gäller från:", "2025-08-19"), ("Till:", "2026-06-12")]))
    lines = plan(("p", "Planen gäller från: 2025-08-19"), ("p", "till: 2026-06-12"))
    for data in (table, lines):
        assert _result(data, "validity_period", "2025/26").status == "met"
