"""Decisions from the brief's parts (issue 12): each requirement result lists the parts BRIEF §6
names, found or not, and the status follows from them; the district's kinds of error, each written
as a rule of the brief, not as one plan's wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plans.checking import RuleResult, TemplateSpec, check_document, mask_identity_numbers, read_document
from plans.checking.rules.registry import RULES
from tests.checking.builders import plan
from tests.checking.wordxml import h, package

TEMPLATE = TemplateSpec.from_dict(
    json.loads((Path(__file__).resolve().parents[2] / "plans/data/default_template.json").read_text("utf-8"))
)


def results(data: bytes, school_year: str | None = "2025/26") -> dict[str, RuleResult]:
    checked = check_document(read_document(data), TEMPLATE, school_year=school_year)
    return {r.key: r for r in checked.requirements}


def parts(result: RuleResult) -> dict[str, bool]:
    return {p.name: p.found for p in result.parts}


def test_every_result_lists_every_part_of_its_requirement_in_order() -> None:
    got = results(plan(("h", "Inledning"), ("p", "Vi är en liten skola.")))
    for key, rule in RULES.items():
        assert tuple(p.name for p in got[key].parts) == rule.parts
        assert got[key].status == "missing" and not any(p.found for p in got[key].parts)


def test_a_survey_that_says_how_it_was_done_but_not_what_it_showed_is_partial() -> None:
    data = plan(
        ("h", "Kartläggning"),
        ("p", "Vi gick runt på skolgården med eleverna och markerade var de känner sig otrygga."),
        ("p", "Eleverna i åk 4–6 fick också svara på frågor i trivselenkäten i mars."),
    )
    survey = results(data)["survey"]
    assert (survey.status, survey.reason) == ("partial", "survey.no_results")
    assert parts(survey) == {"sources": True, "results": False}


def test_a_survey_with_what_it_showed_is_met_and_quotes_the_finding() -> None:
    data = plan(
        ("h", "Kartläggning"),
        ("p", "Vi gick runt på skolgården med eleverna och markerade var de känner sig otrygga."),
        ("p", "Trygghetsvandringen visade att åtta av tio elever undviker toaletterna vid matsalen."),
    )
    survey = results(data)["survey"]
    assert survey.status == "met" and parts(survey) == {"sources": True, "results": True}
    results_part = next(p for p in survey.parts if p.name == "results")
    assert results_part.evidence is not None and "toaletterna" in results_part.evidence.quote


def test_a_measures_table_under_a_title_row_counts_its_measures_not_its_header() -> None:
    rows = [
        ("Åtgärdsplan 2025/26", "", "", "", ""),
        ("Risk", "Mål", "Åtgärd", "Ansvarig", "När"),
        (
            "Omklädningsrummen",
            "Ingen ska bli fotograferad",
            "Vuxen vid dörren",
            "Idrottslärarna",
            "Från v. 35",
        ),
        ("Nätet", "Färre kränkningar i chatten", "Lektioner om nätvett", "Kurator", "Oktober"),
        ("Rasterna", "Alla har någon att vara med", "Rastaktiviteter", "Fritids", "Hela läsåret"),
        ("Matsalen", "Lugn i kön", "Vuxen i matkön", "Lärarna", "Varje dag från v. 34"),
        ("Kapprummet", "Lugnare hämtning", "Delad hämtning", "Klasslärarna", "–"),
        ("", "", "–", "", ""),
    ]
    measures = results(plan(("h", "Förebyggande åtgärder"), ("table", rows)))["preventive_measures"]
    assert measures.status == "met"
    assert (measures.params["measures"], measures.params["complete"]) == (5, 4)
    assert "Vuxen vid dörren" in measures.evidence[0].quote
    counts = {p.name: p.params for p in measures.parts}
    assert counts["owner"] == {"count": 5, "of": 5} and counts["time"] == {"count": 4, "of": 5}


def test_measures_written_as_items_with_labels_have_their_owner_and_time() -> None:
    data = plan(
        ("h", "Åtgärder"),
        ("li", "Vuxen i kapprummet vid hämtning. Ansvarig: fritidspersonalen. Genomförs: från vecka 36."),
        ("li", "Lektioner om schyssta chattar i åk 5. Ansvarig: kuratorn. Genomförs: november."),
        ("p", "Rastvärdar vid fotbollsplanen"),
        ("p", "Ansvarig: rektor"),
        ("p", "När: varje lunchrast från vecka 35"),
    )
    measures = results(data)["preventive_measures"]
    assert (measures.status, measures.params["measures"], measures.params["complete"]) == ("met", 3, 3)


def test_a_plain_guardian_sentence_in_a_shared_section_is_not_blanked_out() -> None:
    data = plan(
        ("h", "Delaktighet och förankring"),
        ("p", "Elevrådet diskuterade utkastet till planen i september och lämnade förslag."),
        ("p", "Föräldrarna diskuterade utkastet på höstens föräldramöte och lämnade förslag som vi tog med."),
    )
    assert results(data)["guardian_involvement"].status == "met"


def test_guardians_who_are_only_told_about_the_plan_are_partial() -> None:
    data = plan(("h", "Vårdnadshavare"), ("p", "Planen presenteras för vårdnadshavarna på föräldramötet."))
    guardians = results(data)["guardian_involvement"]
    assert guardians.status == "partial" and parts(guardians) == {"information": True, "influence": False}


@pytest.mark.parametrize(
    ("heading", "empty", "elsewhere", "key"),
    [
        (
            "Utvärdering av förra årets plan",
            "Ej aktuellt.",
            ("Trygghet", "Förra årets plan har fungerat bra enligt personalen."),
            "previous_year_evaluation",
        ),
        (
            "Utvärdering av årets plan",
            "[Beskriv när och hur årets plan ska utvärderas.]",
            ("Inledning", "Planen ska följas upp under året."),
            "evaluation_plan",
        ),
        (
            "Förebyggande åtgärder",
            "Kommer att kompletteras.",
            ("Rastverksamhet", "Rektor ser till att det finns rastvakter."),
            "preventive_measures",
        ),
    ],
)
def test_a_section_of_only_guidance_or_not_done_is_missing_whatever_is_said_in_passing(
    heading: str, empty: str, elsewhere: tuple[str, str], key: str
) -> None:
    data = plan(("h", heading), ("p", empty), ("h", elsewhere[0]), ("p", elsewhere[1]))
    assert results(data)[key].status == "missing"


def test_partial_cases_the_brief_names_are_partial_not_missing() -> None:
    respondents = plan(
        ("h", "Kartläggning"), ("p", "Alla elever i åk 3–9 besvarade trivselenkäten i mars 2025.")
    )
    assert results(respondents)["student_involvement"].status == "partial"
    collective = plan(("h", "Trygghet"), ("p", "Alla vuxna på skolan ansvarar för att planen följs."))
    assert results(collective)["responsible"].status == "partial"
    minorities = plan(
        ("h", "Nationella minoriteter"),
        ("p", "Sveriges nationella minoriteter är judar, romer, samer, sverigefinnar och tornedalingar."),
        ("h", "Främjande arbete"),
        ("p", "Vi firar FN-dagen och läser böcker om olika familjer i alla klasser varje vecka."),
    )
    assert results(minorities)["minority_rights"].status == "partial"
    no_time = plan(
        ("h", "Utvärdering av årets plan"),
        ("p", "Rektor ansvarar för att planen utvärderas genom en enkät som elevrådet är med och tar fram."),
    )
    evaluation = results(no_time)["evaluation_plan"]
    assert evaluation.status == "partial" and parts(evaluation)["when"] is False


def test_grey_italic_template_text_is_guidance() -> None:
    grey = (
        '<w:p><w:r><w:rPr><w:i/><w:color w:val="808080"/></w:rPr>'
        "<w:t>Här ska skolans främjande insatser stå, med mål och ansvarig för varje insats.</w:t>"
        "</w:r></w:p>"
    )
    data = package(h("Främjande arbete") + grey)
    promotive = results(data)["promotive_work"]
    assert (promotive.status, promotive.reason) == ("missing", "generic.guidance_only")


def test_an_instruction_to_the_template_user_is_guidance_however_long() -> None:
    text = (
        "Beskriv hur skolan arbetar med de nationella minoriteternas rättigheter (lag 2009:724). Exempel: "
        "information om rätten till modersmålsundervisning, uppmärksamma samernas nationaldag den 6 februari."
    )
    got = results(plan(("h", "Nationella minoriteter"), ("p", text)))["minority_rights"]
    assert (got.status, got.reason) == ("missing", "generic.guidance_only")


def test_stored_quotes_never_keep_an_identity_number() -> None:
    assert mask_identity_numbers("Eleven 120315-4560 flyttade.") == "Eleven 120315-**** flyttade."
    assert mask_identity_numbers("Ring 08-123 456 78.") == "Ring 08-123 456 78."
