"""The feedback letter renders from plain data onto a letterhead (BRIEF §7.5); no database needed."""

from __future__ import annotations

import dataclasses
import datetime
import io
import zipfile

import pytest
from django.utils import translation
from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from plans.checking.package import PackageRejected
from reviews.letters.render import (
    DEFAULT_LETTERHEAD,
    LetterContent,
    LetterItem,
    LetterRequirement,
    render_letter,
)

LETTERHEAD_HEADER = "Testkommunen – Skolförvaltningen"
LETTERHEAD_BODY = "MALLTEXT SOM SKA BORT"

REQUIREMENTS = (
    LetterRequirement(
        title="Planens giltighetstid",
        status="met",
        status_label="Uppfyllt",
        comment="",
        legal_basis="6 kap. 8 § skollagen",
    ),
    LetterRequirement(
        title="Elevernas delaktighet",
        status="partial",
        status_label="Delvis uppfyllt",
        comment="Beskriv hur eleverna har deltagit i arbetet med planen.",
        legal_basis="Förordning (2006:1083) 3 §",
    ),
    LetterRequirement(
        title="Nationella minoriteter",
        status="missing",
        status_label="Saknas",
        comment="Planen behöver beskriva arbetet med de nationella minoriteternas rättigheter.",
        legal_basis="",
    ),
)

ITEMS = (
    LetterItem(
        severity_label="Måste åtgärdas",
        anchor="Kartläggning › Enkäter",
        text="Redovisa resultatet av trygghetsenkäten och vilka risker den visade.",
        outcome="Löst i version 3",
    ),
    LetterItem(
        severity_label="Bör åtgärdas",
        anchor="Elevernas delaktighet",
        text="Ange hur elevrådet har varit delaktigt i utvärderingen.",
        outcome="Fortfarande öppen",
    ),
    LetterItem(
        severity_label="Notering",
        anchor="Främjande arbete",
        text="Årshjulet kunde gärna visa vem som ansvarar för varje aktivitet.",
        outcome="Besvarad",
    ),
)

CONTENT = LetterContent(
    district_name="Exempelstads kommun",
    administration="Utbildningsförvaltningen",
    diarienummer="UTB 2025/1234",
    date=datetime.date(2026, 3, 12),
    school_name="Solängsskolan",
    skolenhetskod="87654321",
    principal_name="Eva Exempel",
    school_forms=("Grundskola", "Fritidshem"),
    school_year="2025/26",
    version_number=3,
    version_uploaded=datetime.date(2026, 2, 20),
    decision="approved_with_remarks",
    overall="",
    requirements=REQUIREMENTS,
    items=ITEMS,
    strengths=("Tydliga rutiner för akuta situationer.", "Eleverna har gjort egna trygghetsvandringar."),
    next_steps="Nästa trygghetsdialog hålls i oktober 2026.",
    reviewer_name="Jonas Jurist",
    reviewer_title="Jurist",
    contact="jonas.jurist@exempelstad.se",
)


def _open(data: bytes) -> DocumentObject:
    return Document(io.BytesIO(data))


def _render(content: LetterContent = CONTENT, letterhead: bytes | None = None, language: str = "sv") -> bytes:
    with translation.override(language):
        return render_letter(content, letterhead)


def _paragraphs(document: DocumentObject) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs]


def _headings(document: DocumentObject) -> list[tuple[str, str]]:
    return [
        (paragraph.style.name, paragraph.text)
        for paragraph in document.paragraphs
        if paragraph.style.name.startswith("Heading")
    ]


def _rows(document: DocumentObject, table_index: int) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in document.tables[table_index].rows]


def _all_text(document: DocumentObject) -> str:
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(_paragraphs(document) + cells)


def _header_texts(document: DocumentObject) -> list[str]:
    return [paragraph.text for paragraph in document.sections[0].header.paragraphs]


def _letterhead(header_runs: tuple[str, ...] = (LETTERHEAD_HEADER,)) -> bytes:
    document = Document()
    header = document.sections[0].header.paragraphs[0]
    for text in header_runs:
        header.add_run(text)
    document.add_paragraph(LETTERHEAD_BODY)
    document.add_paragraph("Ännu en rad ur mallen")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _with_member(docx: bytes, name: str, data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(docx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr(name, data)
    return buffer.getvalue()


def test_subject_heading_names_the_school_year() -> None:
    document = _open(_render(language="en"))
    assert _headings(document)[0] == (
        "Heading 1",
        "Feedback on the plan against discrimination and degrading treatment, school year 2025/26",
    )


def test_sections_are_headings_in_letter_order() -> None:
    document = _open(_render(language="en"))
    assert [text for style, text in _headings(document) if style == "Heading 2"] == [
        "Reviewed version",
        "Overall assessment",
        "Requirements",
        "Feedback items",
        "Strengths",
        "What happens next",
        "Reviewer",
    ]


def test_addressee_version_and_reviewer_appear() -> None:
    text = _all_text(_open(_render()))
    for expected in (
        "Solängsskolan",
        "87654321",
        "Eva Exempel",
        "Jonas Jurist",
        "jonas.jurist@exempelstad.se",
    ):
        assert expected in text
    assert "2026-03-12" in text
    assert "2026-02-20" in text
    assert "Grundskola, Fritidshem" in text


def test_english_labels_under_english() -> None:
    document = _open(_render(language="en"))
    paragraphs = _paragraphs(document)
    assert "Date: 2026-03-12" in paragraphs
    assert "Reference number: UTB 2025/1234" in paragraphs
    assert "To the principal, Eva Exempel" in paragraphs
    assert "School unit code: 87654321" in paragraphs
    assert "We have reviewed version 3 of the plan, uploaded on 2026-02-20." in paragraphs
    assert "School forms covered: Grundskola, Fritidshem" in paragraphs
    assert "Assessment: Approved with remarks" in paragraphs
    assert "1 of 3 requirements are met." in paragraphs
    assert _rows(document, 0)[0] == ["Requirement", "Status", "Comment"]
    assert _rows(document, 1)[0] == ["Severity", "About", "Feedback", "Outcome"]


def test_every_requirement_title_and_status_label_is_in_the_requirements_table() -> None:
    rows = _rows(_open(_render(language="en")), 0)
    assert [row[:2] for row in rows[1:]] == [[r.title, r.status_label] for r in REQUIREMENTS]


def test_lacking_requirements_carry_comment_and_legal_basis_met_ones_stay_brief() -> None:
    rows = _rows(_open(_render(language="en")), 0)
    assert rows[1][2] == ""  # met: listed briefly, its legal basis is not repeated
    assert rows[2][2] == (
        "Beskriv hur eleverna har deltagit i arbetet med planen.\nLegal basis: Förordning (2006:1083) 3 §"
    )
    assert rows[3][2] == REQUIREMENTS[2].comment


def test_every_feedback_item_with_severity_and_outcome_is_listed() -> None:
    rows = _rows(_open(_render()), 1)
    assert rows[1:] == [[item.severity_label, item.anchor, item.text, item.outcome] for item in ITEMS]


def test_tables_mark_their_header_row_for_screen_readers() -> None:
    document = _open(_render())
    assert len(document.tables) == 2
    for table in document.tables:
        assert table.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        assert table._tbl.tblPr.find(qn("w:tblCaption")) is not None


def test_diarienummer_appears_only_when_given() -> None:
    with_number = _paragraphs(_open(_render(language="en")))
    without = _paragraphs(_open(_render(dataclasses.replace(CONTENT, diarienummer=""), language="en")))
    assert "Reference number: UTB 2025/1234" in with_number
    assert not any("Reference number" in text for text in without)
    assert not any("UTB 2025/1234" in text for text in without)


def test_strengths_section_is_absent_when_empty() -> None:
    with_strengths = _open(_render(language="en"))
    without = _open(_render(dataclasses.replace(CONTENT, strengths=()), language="en"))
    assert ("Heading 2", "Strengths") in _headings(with_strengths)
    assert "Tydliga rutiner för akuta situationer." in _paragraphs(with_strengths)
    assert "Strengths" not in [text for _style, text in _headings(without)]
    assert "Tydliga rutiner för akuta situationer." not in _all_text(without)


def test_empty_overall_and_next_steps_get_the_default_sentence_for_the_decision() -> None:
    content = dataclasses.replace(CONTENT, decision="changes_requested", overall="", next_steps="")
    paragraphs = _paragraphs(_open(_render(content, language="en")))
    assert "Assessment: Changes requested" in paragraphs
    assert (
        "The plan does not yet meet all requirements. A corrected version is requested; what must be "
        "addressed is described below."
    ) in paragraphs
    assert "Upload a corrected version of the plan. The reviewer will then review it again." in paragraphs


def test_written_overall_and_next_steps_are_used_as_given() -> None:
    content = dataclasses.replace(CONTENT, overall="Planen är väl förankrad bland eleverna.")
    paragraphs = _paragraphs(_open(_render(content)))
    assert "Planen är väl förankrad bland eleverna." in paragraphs
    assert "Nästa trygghetsdialog hålls i oktober 2026." in paragraphs


def test_empty_requirements_and_items_are_said_in_words() -> None:
    content = dataclasses.replace(CONTENT, requirements=(), items=())
    document = _open(_render(content, language="en"))
    assert document.tables == []
    assert "No requirements were assessed." in _paragraphs(document)
    assert "No feedback items were raised." in _paragraphs(document)


def test_default_letterhead_header_shows_district_and_administration() -> None:
    document = _open(_render(language="en"))
    assert _header_texts(document) == ["Exempelstads kommun – Utbildningsförvaltningen"]
    footer = document.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Page ")
    assert "{" not in _all_text(document)


def test_default_letterhead_is_a4_and_its_placeholder_body_is_gone() -> None:
    letterhead = _open(DEFAULT_LETTERHEAD.read_bytes())
    document = _open(_render())
    section = document.sections[-1]
    assert (section.page_width.cm, section.page_height.cm) == (
        pytest.approx(21.0, abs=0.01),
        pytest.approx(29.7, abs=0.01),
    )
    assert section.left_margin == letterhead.sections[-1].left_margin
    assert letterhead.paragraphs[0].text not in _all_text(document)


def test_custom_letterhead_header_is_kept_and_its_body_replaced() -> None:
    document = _open(_render(letterhead=_letterhead()))
    assert _header_texts(document) == [LETTERHEAD_HEADER]
    text = _all_text(document)
    assert LETTERHEAD_BODY not in text
    assert "Ännu en rad ur mallen" not in text
    assert "Solängsskolan" in text
    assert document.element.body[-1].tag == qn("w:sectPr")


def test_district_placeholder_split_over_runs_is_replaced() -> None:
    letterhead = _letterhead(header_runs=("Avsändare: {dis", "trict", "} | Dnr"))
    document = _open(_render(letterhead=letterhead))
    assert _header_texts(document) == ["Avsändare: Exempelstads kommun – Utbildningsförvaltningen | Dnr"]


def test_district_without_administration_fills_the_placeholder_with_the_name_only() -> None:
    document = _open(_render(dataclasses.replace(CONTENT, administration="")))
    assert _header_texts(document) == ["Exempelstads kommun"]


def test_letterhead_without_heading_styles_still_gets_real_headings() -> None:
    source = Document()
    source.sections[0].header.paragraphs[0].text = LETTERHEAD_HEADER
    styles = source.styles.element
    for style in list(styles):
        if style.get(qn("w:styleId"), "").startswith(("Heading", "ListBullet")):
            styles.remove(style)
    buffer = io.BytesIO()
    source.save(buffer)
    document = _open(_render(letterhead=buffer.getvalue(), language="en"))
    headings = _headings(document)
    assert headings[0][0] == "Heading 1"
    assert ("Heading 2", "Requirements") in headings
    outline = document.styles["Heading 2"].element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    assert outline.get(qn("w:val")) == "1"
    assert "• Tydliga rutiner för akuta situationer." in _paragraphs(document)


def test_core_properties_name_the_letter_its_author_and_language() -> None:
    swedish = _open(_render(language="sv")).core_properties
    english = _open(_render(language="en")).core_properties
    assert swedish.language == "sv-SE"
    assert swedish.author == "Exempelstads kommun"
    assert swedish.title == _headings(_open(_render(language="sv")))[0][1]
    assert "2025/26" in swedish.title
    assert english.language == "en"
    assert english.title == (
        "Feedback on the plan against discrimination and degrading treatment, school year 2025/26"
    )


def test_runs_carry_the_letter_language() -> None:
    document = _open(_render(language="sv"))
    languages = {element.get(qn("w:val")) for element in document.element.body.iter(qn("w:lang"))}
    assert languages == {"sv-SE"}


def test_signature_block_ends_the_letter() -> None:
    paragraphs = _paragraphs(_open(_render()))
    assert paragraphs[-3:] == ["Jonas Jurist", "Jurist", "jonas.jurist@exempelstad.se"]


def test_macro_enabled_letterhead_is_refused() -> None:
    docm = _with_member(_letterhead(), "word/vbaProject.bin", b"\0" * 64)
    with pytest.raises(PackageRejected) as refused:
        _render(letterhead=docm)
    assert refused.value.code == "macro_enabled"


def test_random_bytes_as_letterhead_are_refused() -> None:
    with pytest.raises(PackageRejected) as refused:
        _render(letterhead=b"\x13\x37 this is not a Word file at all")
    assert refused.value.code == "not_zip"


def test_unknown_decision_is_refused() -> None:
    with pytest.raises(ValueError, match="decision"):
        _render(dataclasses.replace(CONTENT, decision="maybe"))
