"""Engine-5 (issue 12, tuned on blind batch I): each rule as BRIEF §6 states it, in wording of our own,
never a batch's phrasing."""

from __future__ import annotations

import io

import docx

from plans.checking import read_document
from tests.checking.builders import plan
from tests.checking.test_parts import parts, results


def test_students_who_only_answered_the_survey_are_partial_whatever_the_verb() -> None:
    data = plan(
        ("h", "Elevernas delaktighet"),
        ("p", "Eleverna har deltagit genom att besvara trivselenkäten i mars."),
        ("p", "Planen presenteras för eleverna på klassråden i september."),
    )
    assert results(data)["student_involvement"].status == "partial"


def test_students_in_a_forum_of_their_own_are_met() -> None:
    data = plan(
        ("h", "Elevernas delaktighet"),
        ("p", "Elevrådet diskuterade utkastet till planen i oktober och lämnade förslag på åtgärder."),
    )
    assert results(data)["student_involvement"].status == "met"


def test_guardians_in_a_council_do_not_make_the_students_take_part() -> None:
    data = plan(
        ("h", "Delaktighet och förankring"),
        ("p", "Eleverna har svarat på trygghetsenkäten i april."),
        ("p", "Vårdnadshavarna i skolrådet diskuterade utkastet och lämnade synpunkter."),
    )
    assert results(data)["student_involvement"].status == "partial"


def test_two_school_years_named_together_are_one_period_too_long() -> None:
    data = plan(("p", "Planen gäller läsåren 2025/26 och 2026/27."), ("h", "Ansvar"), ("p", "Rektor."))
    validity = results(data)["validity_period"]
    assert (validity.status, validity.reason) == ("partial", "validity_period.too_long")


def test_an_english_policy_in_effect_until_revised_is_open_ended() -> None:
    data = plan(("p", "This policy remains in effect until revised."), title="Anti-Bullying Policy")
    validity = results(data)["validity_period"]
    assert (validity.status, validity.reason) == ("partial", "validity_period.open_ended")


def test_a_school_year_in_the_survey_row_of_a_one_table_plan_does_not_contradict_the_period() -> None:
    rows = [
        ("Område", "Vad vi gör"),
        ("Planens giltighet", "Planen gäller 2025-10-01 – 2026-09-30."),
        ("Kartläggning", "Underlag: 14 anmälningar under 2024/25 och barnintervjuer."),
    ]
    assert results(plan(("table", rows)))["validity_period"].status == "met"


def test_an_evaluation_plan_without_the_students_part_is_partial() -> None:
    data = plan(
        ("h", "Utvärdering av årets plan"),
        ("p", "Planen utvärderas i maj 2026 av rektor och trygghetsteamet genom trivselenkäten."),
    )
    evaluation = results(data)["evaluation_plan"]
    assert evaluation.status == "partial"
    assert parts(evaluation) == {"when": True, "how": True, "who": True, "students": False}


def test_an_evaluation_plan_with_when_how_who_and_the_students_is_met() -> None:
    data = plan(
        ("h", "Utvärdering av årets plan"),
        (
            "p",
            "Planen utvärderas i maj 2026 av rektor tillsammans med elevrådet, som går igenom varje åtgärd.",
        ),
    )
    assert results(data)["evaluation_plan"].status == "met"


def test_pupils_as_the_subject_of_a_result_are_not_their_part_in_the_evaluation() -> None:
    data = plan(
        ("h", "Uppföljning och utvärdering"),
        ("p", "Rektor utvärderar planen i juni 2026 genom att jämföra trivselenkäten med årets."),
        ("p", "Andelen elever som känner sig otrygga ska minska."),
    )
    assert parts(results(data)["evaluation_plan"])["students"] is False


def test_a_contact_line_under_guidance_is_no_evaluation_plan() -> None:
    data = plan(
        ("h", "Uppföljning och utvärdering av årets plan"),
        ("p", "[Beskriv när och hur årets plan ska utvärderas.]"),
        ("p", "Eva Lind, förskollärare · 0980-706 52"),
    )
    assert results(data)["evaluation_plan"].status == "missing"


def test_slogans_and_role_models_are_partial_promotive_work() -> None:
    data = plan(
        ("h", "Främjande arbete"),
        (
            "p",
            "Alla ska känna sig trygga och välkomna. Vi har nolltolerans mot kränkningar "
            "och alla vuxna är goda förebilder.",
        ),
    )
    assert results(data)["promotive_work"].status == "partial"


def test_a_merged_headings_preventive_sub_section_does_not_make_promotive_work_met() -> None:
    data = plan(
        ("h", "Främjande och förebyggande arbete"),
        ("h2", "Främjande arbete"),
        ("p", "Vi har nolltolerans mot kränkningar."),
        ("h2", "Förebyggande åtgärder"),
        ("li", "Rastaktiviteter vid fotbollsplanen varje dag, ansvarig fritidspersonalen, från v. 35."),
        ("li", "Lektioner om nätet i åk 5 under oktober, ansvarig kurator."),
    )
    assert results(data)["promotive_work"].status == "partial"


def test_a_loose_sub_heading_belongs_to_its_parents_requirement() -> None:
    data = plan(
        ("h", "Främjande arbete"),
        ("p", "[Beskriv skolans främjande arbete.]"),
        ("h", "Förebyggande åtgärder per diskrimineringsgrund"),
        ("h2", "Kränkande behandling"),
        (
            "table",
            [
                ("Risk", "Åtgärd", "Ansvarig", "När"),
                ("Nätet", "Lektioner om nätet i åk 7", "Kurator", "Ht 2026"),
            ],
        ),
    )
    assert results(data)["promotive_work"].status == "missing"


def test_a_survey_that_lists_what_it_uses_has_no_results() -> None:
    data = plan(
        ("h", "Kartläggning"),
        (
            "p",
            "Vi använder trygghetsenkäten, elevernas kartor över trygga och otrygga platser "
            "och samtal på klassråd.",
        ),
    )
    assert results(data, "2026/27")["survey"].status == "partial"


def test_a_survey_older_than_eighteen_months_is_partial() -> None:
    data = plan(
        ("h", "Kartläggning"),
        ("p", "Trivselenkäten i januari 2025 besvarades av 246 av 271 elever; 88 % känner sig trygga."),
    )
    assert results(data, "2026/27")["survey"].reason == "survey.outdated"
    assert results(data, "2025/26")["survey"].status == "met"


def test_results_under_their_own_heading_rely_on_the_sources_named_before_them() -> None:
    data = plan(
        ("h", "Så har barnen varit med"),
        ("p", "I september gick vi runt på gården med barnen (husmodellen)."),
        ("h", "Det här såg vi"),
        ("p", "Flest röda prickar hamnade i hallen vid hämtning; två barn berättade att de knuffats där."),
    )
    assert results(data)["survey"].status == "met"


def test_a_measures_time_field_on_its_own_line_belongs_to_it() -> None:
    data = plan(
        ("h", "Förebyggande åtgärder"),
        ("p", "1. Rastvärdar vid gungorna. Ansvarig: fritidspersonalen. När: från skolstart."),
        ("p", "2. Kompisregler tas fram av varje klass på klassrådet. Ansvarig: klasslärarna."),
        ("p", "När: september 2026."),
    )
    measures = results(data)["preventive_measures"]
    assert (measures.status, measures.params["measures"]) == ("met", 2)


def test_a_sentence_about_what_each_measure_should_have_names_no_owner_or_time() -> None:
    data = plan(("h", "Förebyggande åtgärder"), ("p", "Varje åtgärd ska ha mål, ansvarig och datum."))
    assert results(data)["preventive_measures"].status != "met"


def test_a_one_row_table_of_the_seven_grounds_is_content() -> None:
    grounds = (
        "Kön",
        "Könsöverskridande identitet eller uttryck",
        "Etnisk tillhörighet",
        "Religion eller annan trosuppfattning",
        "Funktionsnedsättning",
        "Sexuell läggning",
        "Ålder",
    )
    data = plan(("h", "Diskrimineringsgrunder"), ("table", [grounds]))
    assert results(data)["discrimination_grounds"].status == "met"


def test_a_row_still_holding_the_placeholder_says_nothing_for_its_group() -> None:
    rows = [
        ("Vem", "Hur har de varit delaktiga?"),
        ("Elever", "Klassråden diskuterade utkastet och lämnade förslag på åtgärder."),
        ("Vårdnadshavare", "Klicka eller tryck här för att ange text."),
    ]
    data = plan(("h", "Elevernas och vårdnadshavarnas delaktighet"), ("table", rows))
    got = results(data)
    assert got["guardian_involvement"].status == "missing"
    assert got["student_involvement"].status == "met"


def test_guardians_who_went_through_the_draft_take_part() -> None:
    data = plan(
        ("h", "Föräldrar"), ("p", "Föräldrarådet gick igenom utkastet i september och föreslog ändringar.")
    )
    assert results(data)["guardian_involvement"].status == "met"


def test_a_routine_shown_only_as_a_flowchart_under_a_plain_heading_is_partial() -> None:
    document = docx.Document()
    document.add_heading("Plan mot kränkande behandling", 0)
    document.add_heading("Om någon blir kränkt", 1)
    document.add_paragraph("Så här gör vi:")
    document.add_picture(_png(), width=docx.shared.Inches(1))
    buffer = io.BytesIO()
    document.save(buffer)
    acute = results(buffer.getvalue())["acute_routines"]
    assert (acute.status, acute.reason) == ("partial", "acute_routines.image_only")


def _png() -> io.BytesIO:
    import base64

    return io.BytesIO(
        base64.b64decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
        )
    )


# --- Plans converted from PDF: a paragraph per printed line ---


def _converted() -> bytes:
    lines = [
        ("h", "Kartläggning"),
        ("p", "Vi använder trygghetsenkäten som eleverna i åk 2 och 3 svarar på i april,"),
        (
            "p",
            "elevernas kartor över otrygga platser och samtal på klassråd. Resultaten har sammans-",
        ),
        ("p", "tällts av lärarna."),
        ("p", "Sida 1 av 3"),
        ("p", "Björkhagens skola – plan mot kränkande behandling"),
        ("h", "Förebyggande åtgärder"),
        ("p", "Åtgärd 1. Rastvärdar vid gungorna. Mål: färre bråk. Ansvarig: fritidspersonalen. Tid: från"),
        ("p", "v. 35. Uppföljning:"),
        ("p", "trivselenkäten i maj."),
        ("p", "Sida 2 av 3"),
        ("p", "Björkhagens skola – plan mot kränkande behandling"),
        ("p", "Åtgärd 2. Lugnare omklädning i två grupper. Ansvarig: idrottsläraren. Tid: hela"),
        ("p", "läsåret."),
        ("p", "Sida 3 av 3"),
        ("p", "Björkhagens skola – plan mot kränkande behandling"),
    ]
    return plan(*lines)


def test_a_converted_plans_lines_are_read_as_its_paragraphs() -> None:
    texts = [b.text for b in read_document(_converted()).blocks]
    assert any("sammanställts av lärarna" in t for t in texts)
    assert any(t.startswith("Åtgärd 1.") and t.endswith("trivselenkäten i maj.") for t in texts)
    assert not any(t.startswith("Sida") or t.startswith("Björkhagens skola") for t in texts)


def test_a_converted_plans_survey_and_measures_are_read_whole() -> None:
    got = results(_converted())
    assert got["survey"].status == "partial"
    assert (got["preventive_measures"].status, got["preventive_measures"].params["measures"]) == ("met", 2)


def test_a_plan_written_in_word_keeps_its_repeated_lines_and_page_words() -> None:
    data = plan(
        ("p", "Ansvarig för planen"),
        ("p", "rektor Anna Berg"),
        *[("p", "Läs mer på skolans webbplats om planen.")] * 3,
        ("p", "Sida 2"),
    )
    texts = [b.text for b in read_document(data).blocks]
    # A sentence broken off mid-way is one paragraph; one such break is no conversion from print.
    assert "Ansvarig för planen rektor Anna Berg" in texts
    assert texts.count("Läs mer på skolans webbplats om planen.") == 3 and "Sida 2" in texts
