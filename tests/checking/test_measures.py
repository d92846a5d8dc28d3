"""Last year's planned measures, and whether this year's plan accounts for each."""

from __future__ import annotations

from plans.checking import Document, read_document
from plans.checking.measures import PlannedMeasure, planned_measures, significant_words, unaccounted_measures
from tests.checking.builders import Part
from tests.checking.builders import plan as build


def plan(*parts: Part, title: str = "Plan mot kränkande behandling") -> Document:
    return read_document(build(*parts, title=title))


def texts(document: Document) -> list[str]:
    return [m.text for m in planned_measures(document)]


MEASURES_TABLE: Part = (
    "table",
    [
        ("Åtgärd", "Ansvarig", "När"),
        ("Rastvärdar i korridoren", "Rektor", "HT 2024"),
        ("Trygghetsvandring med elevrådet", "Kurator", "Oktober"),
        ("Värdegrundslektioner i alla klasser", "Mentorer", "Varje vecka"),
        ("[Beskriv åtgärden]", "", ""),
        ("", "", ""),
    ],
)


def test_a_measures_table_gives_its_measure_column() -> None:
    last_year = plan(
        ("h", "Förebyggande åtgärder"), ("p", "Utifrån kartläggningen gör vi följande."), MEASURES_TABLE
    )
    assert planned_measures(last_year) == (
        PlannedMeasure("Rastvärdar i korridoren", ("Förebyggande åtgärder",)),
        PlannedMeasure("Trygghetsvandring med elevrådet", ("Förebyggande åtgärder",)),
        PlannedMeasure("Värdegrundslektioner i alla klasser", ("Förebyggande åtgärder",)),
    )


def test_a_measures_table_under_any_heading_counts() -> None:
    last_year = plan(
        ("h", "Mål för året"),
        (
            "table",
            [
                ("Mål", "Insatser", "Ansvarig för insatsen", "Tidplan"),
                ("Trygga raster", "Fler rastvärdar", "Rektor", "HT"),
            ],
        ),
    )
    assert texts(last_year) == ["Fler rastvärdar"]


def test_a_list_under_preventive_measures() -> None:
    last_year = plan(
        ("h", "Främjande arbete"),
        ("li", "Alla ska känna sig välkomna"),
        ("h", "Förebyggande åtgärder"),
        ("p", "Utifrån kartläggningen har vi sett behov av följande."),
        ("li", "Vuxna i omklädningsrummen vid idrotten"),
        ("li", "Friends-lektioner i årskurs 4"),
        ("li", "Vuxna i omklädningsrummen vid idrotten"),
        ("h", "Rutiner för akuta situationer"),
        ("li", "Personalen ingriper direkt"),
    )
    assert planned_measures(last_year) == (
        PlannedMeasure("Vuxna i omklädningsrummen vid idrotten", ("Förebyggande åtgärder",)),
        PlannedMeasure("Friends-lektioner i årskurs 4", ("Förebyggande åtgärder",)),
    )


def test_labelled_measure_paragraphs() -> None:
    last_year = plan(
        ("h", "Planerade åtgärder"),
        ("p", "Åtgärd: Schemalagda rastaktiviteter. Ansvarig: Fritidspersonal. När: Hela året."),
        ("p", "Åtgärd 2: Trygghetsvandring i november"),
        ("p", "Vi följer upp åtgärderna i juni."),
    )
    assert texts(last_year) == ["Schemalagda rastaktiviteter.", "Trygghetsvandring i november"]


def test_an_evaluation_of_an_earlier_year_is_not_planned_measures() -> None:
    last_year = plan(
        ("h", "Utvärdering av förra årets plan"),
        (
            "table",
            [
                ("Åtgärd", "Ansvarig", "När"),
                ("Mobilfria lektioner", "Rektor", "VT 2024"),
            ],
        ),
        ("li", "Kamratstödjare på rasterna"),
        ("h", "Förebyggande åtgärder"),
        MEASURES_TABLE,
    )
    assert texts(last_year) == [
        "Rastvärdar i korridoren",
        "Trygghetsvandring med elevrådet",
        "Värdegrundslektioner i alla klasser",
    ]


def test_an_outcome_table_is_not_planned_measures() -> None:
    last_year = plan(
        ("h", "Året som gått"),
        ("table", [("Åtgärd", "Genomförande", "Resultat"), ("Mobilfria lektioner", "Genomfört", "Lugnare")]),
    )
    assert texts(last_year) == []


def test_accounted_for_with_inflected_and_compound_forms() -> None:
    measures = (
        PlannedMeasure("Rastvärdar i korridoren", ("Förebyggande åtgärder",)),
        PlannedMeasure("Trygghetsvandring med elevrådet", ("Förebyggande åtgärder",)),
    )
    this_year = plan(
        ("h", "Utvärdering av förra årets plan"),
        ("p", "Rastvärdarna har funnits i korridorerna hela året och eleverna känner sig tryggare."),
        ("p", "Trygghetsvandringen genomfördes i oktober tillsammans med elevrådets representanter."),
    )
    assert unaccounted_measures(measures, this_year) == ()


def test_an_unaccounted_measure_is_returned_in_order() -> None:
    last_year = plan(("h", "Förebyggande åtgärder"), MEASURES_TABLE)
    this_year = plan(
        ("h", "Utvärdering av förra årets plan"),
        ("p", "Rastvärdarna har funnits i korridorerna hela året."),
        ("h", "Kartläggning"),
        ("p", "Trygghetsenkäten visar att eleverna känner sig trygga i klassrummen."),
    )
    assert unaccounted_measures(planned_measures(last_year), this_year) == (
        PlannedMeasure("Trygghetsvandring med elevrådet", ("Förebyggande åtgärder",)),
        PlannedMeasure("Värdegrundslektioner i alla klasser", ("Förebyggande åtgärder",)),
    )


def test_words_spread_over_sections_do_not_account_for_a_measure() -> None:
    measure = PlannedMeasure("Trygghetsvandring med elevrådet", ())
    this_year = plan(
        ("h", "Elevernas delaktighet"),
        ("p", "Elevrådet träffas varje månad."),
        ("h", "Kartläggning"),
        ("p", "Vi gjorde en trygghetsvandring i september."),
    )
    assert unaccounted_measures([measure], this_year) == (measure,)


def test_a_measure_without_significant_words_is_accounted() -> None:
    measure = PlannedMeasure("Alla ska arbeta för att eleverna ska vara trygga", ())
    assert significant_words(measure.text) == ("trygga",)
    assert significant_words("Fortsätta arbeta med alla elever på skolan") == ()
    empty = PlannedMeasure("Fortsätta arbeta med alla elever på skolan", ())
    assert unaccounted_measures([empty], plan(("h", "Kartläggning"), ("p", "Enkät i mars."))) == ()


def test_significant_words_drop_stop_and_generic_words() -> None:
    assert significant_words("Rastvärdar i korridoren") == ("rastvärdar", "korridoren")
    assert significant_words("Staff will work with the students on safe-space lessons") == (
        "safe",
        "space",
        "lessons",
    )


def test_an_english_plan() -> None:
    last_year = plan(
        ("h", "Preventive measures"),
        (
            "table",
            [
                ("Action", "Responsible", "When"),
                ("Adults on duty in the changing rooms", "Principal", "Autumn term"),
                ("Anonymous survey about online bullying", "Counsellor", "March"),
            ],
        ),
        ("h", "Evaluation of last year's plan"),
        ("li", "Buddy benches in the playground"),
        title="Plan against degrading treatment",
    )
    assert texts(last_year) == [
        "Adults on duty in the changing rooms",
        "Anonymous survey about online bullying",
    ]
    this_year = plan(
        ("h", "Evaluation of last year's plan"),
        ("p", "Adults were on duty in the changing room every lesson; students report fewer incidents."),
        title="Plan against degrading treatment",
    )
    assert unaccounted_measures(planned_measures(last_year), this_year) == (
        PlannedMeasure("Anonymous survey about online bullying", ("Preventive measures",)),
    )


def test_promotive_intentions_are_not_planned_measures() -> None:
    last_year = plan(
        ("h", "Främjande insatser"),
        ("li", "Alla vuxna är goda förebilder"),
        ("h", "Främjande och förebyggande åtgärder"),
        ("li", "Kamratstödjare på varje rast"),
    )
    assert texts(last_year) == ["Kamratstödjare på varje rast"]


def test_list_items_under_a_subheading_of_measures() -> None:
    last_year = plan(
        ("h", "Planerade åtgärder utifrån föregående års utvärdering"),
        ("h2", "Rasterna"),
        ("li", "Fler rastaktiviteter på skolgården"),
        ("h2", "Rutiner för akuta situationer"),
        ("li", "Rektor informeras samma dag"),
    )
    assert planned_measures(last_year) == (
        PlannedMeasure(
            "Fler rastaktiviteter på skolgården",
            ("Planerade åtgärder utifrån föregående års utvärdering", "Rasterna"),
        ),
    )


def test_a_measure_field_heading_and_a_bare_label() -> None:
    last_year = plan(
        ("h", "Förebyggande åtgärder"),
        ("h2", "Åtgärd"),
        ("p", "Vuxna i matsalen under lunchen"),
        ("h2", "Ansvarig"),
        ("p", "Rektor"),
        ("h", "Åtgärdsplan"),
        ("p", "Åtgärd:"),
        ("p", "Mobilfria lektioner"),
        ("p", "Ansvarig: Rektor"),
    )
    assert texts(last_year) == ["Vuxna i matsalen under lunchen", "Mobilfria lektioner"]


def test_long_measures_are_trimmed() -> None:
    long = "Trygghetsvandring " + " ".join(["med elevrådet och klassråden"] * 20)
    (measure,) = planned_measures(plan(("h", "Åtgärder"), ("li", long)))
    assert len(measure.text) <= 201
    assert measure.text.startswith("Trygghetsvandring med elevrådet")
    assert measure.text.endswith("…")
