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


# --- Tuned on blind batch J ---


def test_minorities_named_in_full_with_a_concrete_activity_are_met() -> None:
    data = plan(
        ("h", "Nationella minoriteter"),
        (
            "p",
            "Judar, romer, samer, sverigefinnar och tornedalingar är nationella minoriteter. "
            "Vi firar samernas nationaldag 6 februari och har böcker på finska och meänkieli.",
        ),
    )
    assert results(data)["minority_rights"].status == "met"


def test_one_minoritys_day_or_the_collective_word_alone_is_partial() -> None:
    one = plan(("h", "Nationella minoriteter"), ("p", "Vi uppmärksammar samernas nationaldag med en saga."))
    collective = plan(
        ("h", "Nationella minoriteter"),
        ("p", "Skolan uppmärksammar de nationella minoriteterna i undervisningen."),
    )
    assert results(one)["minority_rights"].status != "met"
    assert results(collective)["minority_rights"].status == "partial"


def test_restating_the_minorities_rights_under_the_law_is_no_action() -> None:
    data = plan(
        ("h", "Nationella minoriteter"),
        (
            "p",
            "Judar, romer, samer, sverigefinnar och tornedalingar är nationella minoriteter. "
            "Skolan ska främja deras rättigheter enligt lagen om nationella minoriteter.",
        ),
    )
    assert results(data)["minority_rights"].status == "partial"


def test_not_done_with_a_date_for_doing_it_is_partial_without_it_missing() -> None:
    planned = plan(
        ("h", "Hur gick det förra året?"),
        ("p", "Vi hann tyvärr inte utvärdera förra årets plan. Det gör vi på personalmötet 2026-10-07."),
    )
    undated = plan(("h", "Utvärdering av förra årets plan"), ("p", "Någon utvärdering har inte gjorts."))
    result = results(planned, "2026/27")["previous_year_evaluation"]
    assert (result.status, result.reason) == ("partial", "generic.not_done_planned")
    assert results(undated)["previous_year_evaluation"].status == "missing"


def test_an_account_of_only_some_of_last_years_measures_is_partial() -> None:
    data = plan(
        ("h", "Utvärdering av förra årets plan"),
        ("p", "Förra årets plan innehöll fyra åtgärder. Två av dem har utvärderats:"),
        ("li", "Vuxna i caféet – genomfördes från oktober. Andelen trygga ökade från 72 % till 84 %."),
        ("li", "Introduktionsdagar – genomfördes i augusti. Fler elever sa att de har någon att vara med."),
    )
    result = results(data)["previous_year_evaluation"]
    assert (result.status, result.reason) == ("partial", "previous_year_evaluation.some_measures")


def test_a_plan_as_one_table_with_law_references_in_its_labels_is_read_row_by_row() -> None:
    rows = [
        ("Krav enligt lag", "Så gör vi på skolan"),
        (
            "Ansvar för planen",
            "Rektor Eva Holm ansvarar för planen och för att kränkningar utreds. Likabehandlingsgruppen "
            "med kurator och specialpedagog samordnar arbetet och följer upp planen varje termin.",
        ),
        (
            "Förebyggande åtgärder (6 kap. 8 § skollagen, 3 kap. 3 § diskrimineringslagen)",
            "1. Vuxen vid toaletterna på rasterna – ansvarig: arbetslag F–3, från v. 35. "
            "2. Fritidspersonal vid cykelstället – ansvarig: fritids, från oktober.",
        ),
        (
            "Redogörelse för hur förra årets åtgärder har genomförts (6 kap. 8 §)",
            "Rastvärdar – genomfört. Temadag om nätvett – inte genomfört.",
        ),
    ]
    got = results(plan(("table", rows)))
    assert got["preventive_measures"].status == "met"
    assert got["responsible"].status == "met"


def test_guardians_under_delaktighet_och_forankring_count_when_the_sentence_names_them() -> None:
    data = plan(
        ("h", "Delaktighet och förankring"),
        ("p", "Elevrådet gick igenom utkastet i september och lämnade förslag."),
        ("p", "Föräldrarådet läste utkastet den 10 september och lämnade synpunkter på kapprumsrutinen."),
    )
    got = results(data)
    assert got["guardian_involvement"].status == "met"
    only_students = plan(
        ("h", "Delaktighet och förankring"),
        ("p", "Elevrådet gick igenom utkastet i september och lämnade förslag."),
        ("p", "Planen presenteras för vårdnadshavarna på föräldramötet."),
    )
    assert results(only_students)["guardian_involvement"].status == "partial"


def test_grounds_in_plain_words_are_still_grounds() -> None:
    data = plan(
        ("h", "Diskriminering"),
        (
            "p",
            "Ingen får behandlas sämre på grund av sitt kön, sin hudfärg eller var ens familj kommer ifrån, "
            "sin religion, en funktionsnedsättning eller vem man blir kär i.",
        ),
    )
    grounds = results(data)["discrimination_grounds"]
    assert (grounds.status, grounds.params["found"]) == ("partial", 5)


def test_childrens_maps_are_a_source_and_what_they_showed_a_result() -> None:
    data = plan(
        ("h", "Vad vi har tagit reda på"),
        (
            "p",
            "Kartorna från barnen visade att många tycker att det är otryggt bakom förrådet. "
            "Elva av 38 barn satte en röd prick där.",
        ),
    )
    assert results(data)["survey"].status == "met"


def test_a_vertically_merged_owner_cell_owns_every_row_it_spans() -> None:
    from tests.checking.wordxml import h as wh
    from tests.checking.wordxml import p as wp
    from tests.checking.wordxml import package

    def cell(text: str, merge: str = "") -> str:
        props = (
            f'<w:tcPr><w:vMerge w:val="{merge}"/></w:tcPr>'
            if merge == "restart"
            else ("<w:tcPr><w:vMerge/></w:tcPr>" if merge else "")
        )
        return f"<w:tc>{props}{wp(text)}</w:tc>"

    rows = [
        [cell("Åtgärd"), cell("Ansvarig"), cell("När")],
        [cell("Vuxen i omklädningsrummen"), cell("Idrottslärarna", "restart"), cell("Från v. 35")],
        [cell("Ombyte i två grupper"), cell("", "continue"), cell("Hela läsåret")],
        [cell("Samtal om jargong på idrotten"), cell("", "continue"), cell("Oktober")],
    ]
    body = (
        wh("Förebyggande åtgärder")
        + "<w:tbl>"
        + "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows)
        + "</w:tbl>"
    )
    document = read_document(package(body))
    table = next(b for b in document.blocks if b.rows)
    assert [row[1] for row in table.rows[1:]] == ["Idrottslärarna"] * 3
    measures = results(package(body))["preventive_measures"]
    assert (measures.status, measures.params["complete"]) == ("met", 3)


def test_measures_dated_before_the_school_year_are_partial() -> None:
    rows = [
        ("Åtgärd", "Ansvarig", "Tid"),
        ("Vuxna i korridoren vid skåpen", "Arbetslag 8", "ht 2025"),
        ("Temadag om sexuella trakasserier", "Kurator", "vt 2026"),
    ]
    data = plan(("h", "Förebyggande åtgärder"), ("table", rows))
    old = results(data, "2026/27")["preventive_measures"]
    assert (old.status, old.reason) == ("partial", "preventive_measures.not_this_year")
    assert results(data, "2025/26")["preventive_measures"].status == "met"


def test_a_group_that_drew_up_the_plan_is_a_partial_account_of_responsibility() -> None:
    data = plan(
        ("p", "Planen har tagits fram av skolans trygghetsgrupp."), ("h", "Kartläggning"), ("p", "Enkät.")
    )
    result = results(data)["responsible"]
    assert (result.status, result.reason) == ("partial", "responsible.group_only")


def test_uppfoljning_alone_holds_last_years_account_and_this_years_plan_by_tense() -> None:
    data = plan(
        ("h", "Uppföljning"),
        (
            "p",
            "Rastvärdarna kom igång i september 2025. Antalet anmälningar minskade från 14 till 6. "
            "Belysningen vid cykelstället byttes ut i oktober och färre elever säger att platsen är otrygg.",
        ),
        (
            "p",
            "Årets plan utvärderas i maj 2027 av trygghetsteamet med elevrådet genom trygghetsenkäten.",
        ),
    )
    got = results(data, "2026/27")
    assert got["previous_year_evaluation"].status == "met"
    assert got["evaluation_plan"].status == "met"
