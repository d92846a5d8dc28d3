"""Word structure a plan really has: notes, comments, tracked changes, content controls, text boxes,
nested tables and pictures anywhere. Personal data is found wherever it sits, and says where; text
that is never plan content (comments, deletions) never counts for a requirement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.utils import translation

from plans.checking import CheckResult, TemplateSpec, check_document, read_document
from plans.finding_texts import finding_text
from tests.checking.wordxml import h, p, package, picture, table, text_box

SPEC = TemplateSpec.from_dict(
    json.loads((Path(__file__).resolve().parents[2] / "plans/data/default_template.json").read_text("utf-8"))
)
NUMBER = "120315-4560"  # Luhn-valid, a student born 2012


def check(data: bytes) -> CheckResult:
    return check_document(read_document(data), SPEC, school_year="2025/26")


def identity_findings(data: bytes) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (f.text, str(f.params["place"]), f.evidence[0].heading_path)
        for f in check(data).findings
        if f.code == "personal_identity_number"
    ]


def status(data: bytes, key: str) -> str:
    return str(next(r.status for r in check(data).requirements if r.key == key))


def note_reference(kind: str, number: int) -> str:
    return f'<w:r><w:{kind}Reference w:id="{number}"/></w:r>'


def test_the_number_is_valid() -> None:
    from tests.heldout.idnum import is_identity_number

    assert is_identity_number(NUMBER)


def test_a_number_in_a_footnote_is_found_in_the_section_that_refers_to_it() -> None:
    body = h("Kartläggning") + (
        f"<w:p><w:r><w:t>Vi följde upp en anmälan i våras.</w:t></w:r>{note_reference('footnote', 1)}</w:p>"
    )
    data = package(body, footnotes={1: p(f"Ärendet gällde elev {NUMBER}.")})
    assert identity_findings(data) == [(NUMBER, "footnote", ("Kartläggning",))]


def test_a_number_in_an_endnote_a_comment_a_deletion_a_header_and_a_footer_is_found_with_its_place() -> None:
    deleted = (
        f'<w:p><w:del w:id="7" w:author="R"><w:r><w:delText>Elev {NUMBER} flyttade.</w:delText></w:r>'
        "</w:del></w:p>"
    )
    body = (
        h("Inledning")
        + f"<w:p><w:r><w:t>Planen gäller hela skolan.</w:t></w:r>{note_reference('endnote', 2)}"
        + f"{note_reference('comment', 3)}</w:p>"
        + deleted
    )
    data = package(
        body,
        endnotes={2: p(f"Se {NUMBER}.")},
        comments={3: p(f"Ta bort {NUMBER} innan publicering")},
        header=p(f"Dnr 2025/1234 {NUMBER}"),
        footer=p(f"Sida 1 {NUMBER}"),
    )
    places = sorted(place for _text, place, _where in identity_findings(data))
    assert places == ["comment", "endnote", "footer", "header", "tracked_deletion"]


@pytest.mark.parametrize(("place", "words"), [("footnote", "a footnote"), ("tracked_deletion", "deleted")])
def test_the_message_says_where_the_number_sits(place: str, words: str) -> None:
    with translation.override("en"):
        message = finding_text("personal_identity_number", {"masked": "120315-****", "place": place})
    assert words in message and "120315-****" in message


def test_a_stored_finding_without_a_place_still_reads_whole() -> None:
    with translation.override("en"):
        message = finding_text("personal_identity_number", {"masked": "120315-****"})
    assert message.startswith(
        "The plan contains a personal identity number (120315-****) in the plan's text."
    )


def test_comments_and_deleted_text_never_count_for_a_requirement() -> None:
    said = "Eleverna har varit delaktiga genom elevrådet och klassråden som diskuterade utkastet till planen."
    comment = (
        h("Elevernas delaktighet")
        + f"<w:p><w:r><w:t>Text kommer.</w:t></w:r>{note_reference('comment', 1)}</w:p>"
    )
    assert status(package(comment, comments={1: p(said)}), "student_involvement") == "missing"
    deletion = h("Elevernas delaktighet") + (
        f'<w:p><w:del w:id="1" w:author="R"><w:r><w:delText>{said}</w:delText></w:r></w:del></w:p>'
    )
    assert status(package(deletion), "student_involvement") == "missing"


def test_inserted_text_counts_and_a_footnote_is_read_beside_its_paragraph() -> None:
    said = "Eleverna har varit delaktiga genom elevrådet och klassråden som diskuterade utkastet till planen."
    inserted = (
        h("Elevernas delaktighet")
        + f'<w:p><w:ins w:id="1" w:author="R"><w:r><w:t>{said}</w:t></w:r></w:ins></w:p>'
    )
    assert status(package(inserted), "student_involvement") == "met"
    noted = h("Elevernas delaktighet") + (
        f"<w:p><w:r><w:t>Så här gick det till.</w:t></w:r>{note_reference('footnote', 1)}</w:p>"
    )
    document = read_document(package(noted, footnotes={1: p(said)}))
    assert [b.text for b in document.blocks][-2:] == ["Så här gick det till.", said]


def test_inline_and_row_content_controls_are_read() -> None:
    inline = (
        "<w:p><w:r><w:t>Ansvarig: </w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>rektor Eva Lund</w:t>"
        "</w:r></w:sdtContent></w:sdt></w:p>"
    )
    row = "<w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:tc>" + p("Kurator") + "</w:tc><w:tc>" + p("vecka 36")
    rows = "<w:tbl><w:tr><w:tc>" + p("Vem") + "</w:tc><w:tc>" + p("När") + "</w:tc></w:tr>" + row
    rows += "</w:tc></w:tr></w:sdtContent></w:sdt></w:tbl>"
    document = read_document(package(inline + rows))
    assert document.blocks[0].text == "Ansvarig: rektor Eva Lund"
    assert document.blocks[1].rows == (("Vem", "När"), ("Kurator", "vecka 36"))


def test_a_measures_table_inside_a_layout_table_is_read_as_a_table() -> None:
    measures = table(
        ("Åtgärd", "Ansvarig", "När"),
        ("Rastvärdar vid fotbollsplanen", "Fritidspersonalen", "Från vecka 35"),
        ("Lektioner om nätet i åk 5", "Kuratorn", "November"),
    )
    layout = (
        "<w:tbl><w:tr><w:tc>"
        + p("Årets åtgärder utifrån kartläggningen")
        + measures
        + "</w:tc></w:tr></w:tbl>"
    )
    document = read_document(package(h("Förebyggande åtgärder") + layout))
    tables = [b for b in document.blocks if b.rows]
    assert [len(t.rows) for t in tables] == [3]
    result = next(
        r
        for r in check(package(h("Förebyggande åtgärder") + layout)).requirements
        if r.key == "preventive_measures"
    )
    assert (result.status, result.params["measures"], result.params["complete"]) == ("met", 2, 2)


def test_a_one_cell_table_holds_content_not_a_table_header() -> None:
    box = table(
        ("Eleverna har varit delaktiga genom elevrådet, som diskuterade utkastet till planen i september.",)
    )
    assert status(package(h("Elevernas delaktighet") + box), "student_involvement") == "met"


def image_findings(data: bytes) -> list[str]:
    return [str(f.params["place"]) for f in check(data).findings if f.code == "image_without_alt_text"]


def test_a_text_box_is_no_image_but_its_text_is_read() -> None:
    body = (
        h("Vem kan jag vända mig till?")
        + "<w:p>"
        + text_box(p("Kurator Anna Berg, tel 08-123 456 78"))
        + "</w:p>"
    )
    data = package(body)
    assert image_findings(data) == []
    assert "Kurator Anna Berg, tel 08-123 456 78" in [b.text for b in read_document(data).blocks]


def test_pictures_without_text_are_found_once_each_in_body_and_header_and_decorative_ones_are_not() -> None:
    twice = "<w:p>" + picture(number=1) + "</w:p><w:p>" + picture(number=2) + "</w:p>"
    decorative = "<w:p>" + picture(decorative=True, number=3) + "</w:p>"
    described = "<w:p>" + picture(alt="Flödesschema: anmälan till rektor", number=4) + "</w:p>"
    data = package(
        h("Bilder") + twice + decorative + described, header="<w:p>" + picture(number=5) + "</w:p>"
    )
    # The same image shown twice in the body is one picture; the header shows it too, as its own.
    assert sorted(image_findings(data)) == ["body"]
    header_only = package(h("Bilder") + described, header="<w:p>" + picture(number=5) + "</w:p>")
    assert image_findings(header_only) == ["header"]


def test_a_picture_word_carries_twice_in_alternate_content_is_one_picture() -> None:
    alternate = (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        + picture(number=1).removeprefix("<w:r>").removesuffix("</w:r>")
        + '</mc:Choice><mc:Fallback><w:pict><v:shape><v:imagedata r:id="rIdImg"/></v:shape></w:pict>'
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    assert image_findings(package(h("Bild") + alternate)) == ["body"]
    assert len(read_document(package(h("Bild") + alternate)).images) == 1
