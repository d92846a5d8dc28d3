"""Section-level diff between two versions of a plan, on small hand-written documents."""

from __future__ import annotations

import io

import docx

from plans.checking import read_document
from plans.checking.diff import SectionChange, diff_documents, diff_summary, heading_key
from tests.checking.builders import Part, plan


def diff(old: tuple[Part, ...], new: tuple[Part, ...]) -> tuple[SectionChange, ...]:
    return diff_documents(read_document(plan(*old)), read_document(plan(*new)))


BASE: tuple[Part, ...] = (
    ("h", "Vision"),
    ("p", "Alla ska känna sig trygga på skolan."),
    ("h", "Kartläggning"),
    ("p", "Trygghetsenkäten genomfördes i mars."),
    ("li", "Trygghetsvandring med elevrådet"),
    ("h", "Förebyggande åtgärder"),
    ("table", [("Åtgärd", "Ansvarig", "När"), ("Rastvärdar i korridoren", "Rektor", "HT")]),
    ("h", "Rutiner för akuta situationer"),
    ("p", "Personal som ser kränkningar ingriper direkt."),
)


def test_unchanged_documents_have_no_changes() -> None:
    assert diff(BASE, BASE) == ()
    assert diff_summary(diff(BASE, BASE)) == {"added": 0, "removed": 0, "changed": 0}


def test_whitespace_only_edits_are_not_changes() -> None:
    new = tuple(
        ("p", "Alla ska  känna sig trygga   på skolan. ") if part == BASE[1] else part for part in BASE
    )
    assert diff(BASE, new) == ()


def test_a_renumbered_heading_with_the_same_text_is_matched() -> None:
    old: tuple[Part, ...] = (
        ("h", "4 Arbetet under året"),
        ("h2", "4.1 Kartläggning"),
        ("p", "Trygghetsenkäten genomfördes i mars."),
    )
    new: tuple[Part, ...] = (
        ("h", "5 ARBETET UNDER ÅRET"),
        ("h2", "5.1 KARTLÄGGNING"),
        ("p", "Trygghetsenkäten genomfördes i mars."),
    )
    assert diff(old, new) == ()


def test_the_same_heading_under_another_parent_is_matched() -> None:
    old: tuple[Part, ...] = (
        ("h", "Främjande arbete"),
        ("h2", "Elevråd"),
        ("p", "Elevrådet träffas varje månad."),
    )
    new: tuple[Part, ...] = (
        ("h", "Delaktighet"),
        ("h2", "Elevråd"),
        ("p", "Elevrådet träffas varannan vecka."),
    )
    changes = diff(old, new)
    # The emptied parent is removed (placed after the title, its predecessor); the new parent is added.
    assert [(c.kind, c.path) for c in changes] == [
        ("removed", ("Främjande arbete",)),
        ("added", ("Delaktighet",)),
        ("changed", ("Delaktighet", "Elevråd")),
    ]
    assert changes[2].lines == ("- Elevrådet träffas varje månad.", "+ Elevrådet träffas varannan vecka.")


def test_an_edited_paragraph_is_a_change_with_old_and_new_lines() -> None:
    new = tuple(("p", "Trygghetsenkäten genomfördes i april.") if part == BASE[3] else part for part in BASE)
    changes = diff(BASE, new)
    assert len(changes) == 1
    change = changes[0]
    assert change.kind == "changed"
    assert change.path == ("Kartläggning",)
    assert change.lines == (
        "- Trygghetsenkäten genomfördes i mars.",
        "+ Trygghetsenkäten genomfördes i april.",
    )
    assert change.old_text == "Trygghetsenkäten genomfördes i mars.\nTrygghetsvandring med elevrådet"
    assert change.new_text == "Trygghetsenkäten genomfördes i april.\nTrygghetsvandring med elevrådet"
    assert diff_summary(changes) == {"added": 0, "removed": 0, "changed": 1}


def test_a_changed_table_row_is_a_line() -> None:
    new = tuple(
        ("table", [("Åtgärd", "Ansvarig", "När"), ("Rastvärdar i korridoren", "Kurator", "VT")])
        if part == BASE[6]
        else part
        for part in BASE
    )
    changes = diff(BASE, new)
    assert [(c.kind, c.path) for c in changes] == [("changed", ("Förebyggande åtgärder",))]
    assert changes[0].lines == (
        "- Rastvärdar i korridoren | Rektor | HT",
        "+ Rastvärdar i korridoren | Kurator | VT",
    )


def test_added_and_removed_sections_in_document_order() -> None:
    new: tuple[Part, ...] = (
        *BASE[:2],
        ("h", "Elevernas delaktighet"),
        ("p", "Eleverna deltar i kartläggningen genom klassråden."),
        *BASE[5:],
    )
    changes = diff(BASE, new)
    # The removed section comes right after its predecessor (Vision), before what replaced it.
    assert [(c.kind, c.path) for c in changes] == [
        ("removed", ("Kartläggning",)),
        ("added", ("Elevernas delaktighet",)),
    ]
    removed, added = changes
    assert added.old_text == ""
    assert added.new_text == "Eleverna deltar i kartläggningen genom klassråden."
    assert added.lines == ()
    assert removed.old_text == "Trygghetsenkäten genomfördes i mars.\nTrygghetsvandring med elevrådet"
    assert removed.new_text == ""
    assert diff_summary(changes) == {"added": 1, "removed": 1, "changed": 0}


def test_a_removed_section_follows_the_new_place_of_its_predecessor() -> None:
    old: tuple[Part, ...] = (
        ("h", "Vision"),
        ("p", "Trygghet för alla."),
        ("h", "Likabehandling"),
        ("p", "Alla behandlas lika."),
        ("h", "Kartläggning"),
        ("p", "Enkät i mars."),
    )
    new: tuple[Part, ...] = (
        ("h", "Kartläggning"),
        ("p", "Enkät i mars."),
        ("h", "Vision"),
        ("p", "Trygghet för alla."),
        ("h", "Nationella minoriteter"),
        ("p", "Minoriteternas dagar uppmärksammas."),
    )
    assert [(c.kind, c.path) for c in diff(old, new)] == [
        ("removed", ("Likabehandling",)),
        ("added", ("Nationella minoriteter",)),
    ]


def test_the_front_matter_has_the_empty_path() -> None:
    def untitled(first: str) -> bytes:
        document = docx.Document()
        document.add_paragraph(first)
        document.add_heading("Kartläggning", 1)
        document.add_paragraph("Enkät i mars.")
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    changes = diff_documents(
        read_document(untitled("Giltig 2024-08-01 till 2025-06-30")),
        read_document(untitled("Giltig 2025-08-01 till 2026-06-30")),
    )
    assert [(c.kind, c.path, c.lines) for c in changes] == [
        (
            "changed",
            (),
            ("- Giltig 2024-08-01 till 2025-06-30", "+ Giltig 2025-08-01 till 2026-06-30"),
        )
    ]


def test_headings_that_differ_only_by_the_school_year_are_matched() -> None:
    old: tuple[Part, ...] = (("h", "Förebyggande åtgärder 2024/25"), ("li", "Rastvärdar i korridoren"))
    new: tuple[Part, ...] = (("h", "Förebyggande åtgärder 2025/26"), ("li", "Rastvärdar i matsalen"))
    changes = diff(old, new)
    assert [(c.kind, c.path, c.lines) for c in changes] == [
        (
            "changed",
            ("Förebyggande åtgärder 2025/26",),
            ("- Rastvärdar i korridoren", "+ Rastvärdar i matsalen"),
        )
    ]


def test_long_changes_are_cut_after_forty_lines() -> None:
    old: tuple[Part, ...] = (("h", "Åtgärder"), *(("p", f"Gammal rad nummer {i}.") for i in range(30)))
    new: tuple[Part, ...] = (("h", "Åtgärder"), *(("p", f"Ny rad nummer {i}.") for i in range(30)))
    (change,) = diff(old, new)
    assert len(change.lines) == 41
    assert change.lines[:30] == tuple(f"- Gammal rad nummer {i}." for i in range(30))
    assert change.lines[30:40] == tuple(f"+ Ny rad nummer {i}." for i in range(10))
    assert change.lines[-1] == "…"


def test_heading_key_strips_numbering_case_and_spaces() -> None:
    assert heading_key("4.1 Kartläggning") == heading_key("5.1  KARTLÄGGNING") == "kartläggning"
    assert heading_key("2. Främjande arbete") == "främjande arbete"
    assert heading_key("Åtgärder") == "åtgärder"


def test_a_removed_first_section_without_a_predecessor_goes_last() -> None:
    def untitled(*parts: Part) -> bytes:
        document = docx.Document()
        for kind, value in parts:
            if kind == "h":
                document.add_heading(str(value), 1)
            else:
                document.add_paragraph(str(value))
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    old = untitled(("h", "Inledning"), ("p", "Planen gäller ett år."), ("h", "Kartläggning"), ("p", "Enkät."))
    new = untitled(("h", "Kartläggning"), ("p", "Enkät."), ("h", "Delaktighet"), ("p", "Klassråd."))
    assert [(c.kind, c.path) for c in diff_documents(read_document(old), read_document(new))] == [
        ("added", ("Delaktighet",)),
        ("removed", ("Inledning",)),
    ]


def test_the_titles_match_whatever_their_wording() -> None:
    old = plan(("p", "Giltig till juni 2025."), ("h", "Kartläggning"), title="Plan 2024/25 – Norrskolan")
    new = plan(
        ("p", "Giltig till juni 2026."), ("h", "Kartläggning"), title="Likabehandlingsplan för Norrskolan"
    )
    changes = diff_documents(read_document(old), read_document(new))
    assert [(c.kind, c.path, c.lines) for c in changes] == [
        (
            "changed",
            ("Likabehandlingsplan för Norrskolan",),
            ("- Giltig till juni 2025.", "+ Giltig till juni 2026."),
        )
    ]
