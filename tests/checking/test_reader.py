"""The reader: headings the way real files mark them, TOC never content, tables in their section."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from plans.checking import BlockKind, read_document


def save(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def headings(data: bytes) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in read_document(data).blocks if b.kind == BlockKind.HEADING]


def test_numbered_bold_and_caps_paragraphs_are_headings() -> None:
    document = docx.Document()
    document.add_paragraph("4.1 Kartläggningsmetoder")
    document.add_paragraph("Vi använde en enkät.")
    document.add_paragraph().add_run("Främjande arbete").bold = True
    document.add_paragraph("Vi har faddrar.")
    document.add_paragraph("UTVÄRDERING AV FÖRRA ÅRETS PLAN")
    document.add_paragraph("Allt genomfördes.")
    assert headings(save(document)) == [
        (2, "4.1 Kartläggningsmetoder"),
        (2, "Främjande arbete"),
        (1, "UTVÄRDERING AV FÖRRA ÅRETS PLAN"),
    ]


def test_sentences_and_labels_are_not_headings() -> None:
    document = docx.Document()
    document.add_paragraph("2025-09-01 började vi med en ny rutin för rasterna.")
    document.add_paragraph().add_run("Ansvarig:").bold = True
    document.add_paragraph("3 av 4 elever svarade på enkäten.")
    assert headings(save(document)) == []


def test_swedish_and_custom_heading_styles() -> None:
    document = docx.Document()
    rubrik = document.styles.add_style("Rubrik 2", WD_STYLE_TYPE.PARAGRAPH)
    rubrik.font.bold = True
    custom = document.styles.add_style("Kapitel", WD_STYLE_TYPE.PARAGRAPH)
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "0")
    custom.element.get_or_add_pPr().append(level)
    document.add_paragraph("Kartläggning", style="Rubrik 2")
    document.add_paragraph("Åtgärder", style="Kapitel")
    assert headings(save(document)) == [(2, "Kartläggning"), (1, "Åtgärder")]


def test_typed_table_of_contents_is_not_content() -> None:
    document = docx.Document()
    document.add_paragraph("Innehållsförteckning")
    document.add_paragraph("Kartläggning ........ 4")
    document.add_paragraph("Förebyggande åtgärder\t7")
    document.add_heading("Kartläggning", 1)
    document.add_paragraph("Trivselenkäten visade att 90 % trivs.")
    result = read_document(save(document))
    toc = [b.text for b in result.blocks if b.in_toc]
    assert toc == ["Innehållsförteckning", "Kartläggning ........ 4", "Förebyggande åtgärder 7"]
    assert [b.text for b in result.blocks if b.kind == BlockKind.HEADING] == ["Kartläggning"]


def test_table_text_belongs_to_the_section_holding_it() -> None:
    document = docx.Document()
    document.add_heading("Förebyggande åtgärder", 1)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Åtgärd", "Ansvarig", "När"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("Rastvakter", "Rektor", "Vecka 36"), strict=True):
        cell.text = text
    document.add_heading("Rutiner", 1)
    result = read_document(save(document))
    section = next(s for s in result.sections if s.path == ("Förebyggande åtgärder",))
    blocks = result.content_blocks(section)
    assert [b.kind for b in blocks] == [BlockKind.TABLE]
    assert blocks[0].rows[1] == ("Rastvakter", "Rektor", "Vecka 36")


def test_heading_paths_follow_levels() -> None:
    document = docx.Document()
    document.add_heading("Plan mot kränkande behandling", 0)
    document.add_heading("Kartläggning", 1)
    document.add_heading("Metoder", 2)
    document.add_paragraph("Enkät.")
    document.add_heading("Åtgärder", 1)
    paths = [s.path for s in read_document(save(document)).sections if s.heading is not None]
    assert ("Kartläggning", "Metoder") in paths
    assert ("Åtgärder",) in paths


def test_headers_footers_and_properties_are_read() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ekbackens skola"
    document.sections[0].footer.paragraphs[0].text = "Sida 1"
    document.core_properties.title = "Plan 2025/26"
    document.add_paragraph("Text.")
    result = read_document(save(document))
    assert "Ekbackens skola" in result.headers
    assert "Sida 1" in result.footers
    assert result.properties.title == "Plan 2025/26"


def test_main_part_styles_and_footer_are_found_through_relationships() -> None:
    """Some generators name the main part otherwise; Word follows the relationships, so do we."""
    document = docx.Document()
    document.add_heading("Kartläggning", 1)
    document.add_paragraph("Vi genomförde en trygghetsvandring.")
    document.sections[0].footer.paragraphs[0].text = "Plan 2025/26"
    original = zipfile.ZipFile(io.BytesIO(save(document)))
    renamed = io.BytesIO()
    with zipfile.ZipFile(renamed, "w") as archive:
        for item in original.infolist():
            body = original.read(item)
            name = item.filename
            if name == "word/document.xml":
                name = "word/main.xml"
            elif name == "word/_rels/document.xml.rels":
                name = "word/_rels/main.xml.rels"
            elif name == "word/styles.xml":
                name = "word/looks.xml"
            body = body.replace(b"/word/document.xml", b"/word/main.xml").replace(
                b"word/document.xml", b"word/main.xml"
            )
            body = body.replace(b'Target="styles.xml"', b'Target="looks.xml"').replace(
                b"/word/styles.xml", b"/word/looks.xml"
            )
            archive.writestr(name, body)
    read = read_document(renamed.getvalue())
    assert headings(renamed.getvalue()) == [(1, "Kartläggning")]  # the heading style was found
    assert [b.text for b in read.blocks][-1] == "Vi genomförde en trygghetsvandring."
    assert read.footers == ("Plan 2025/26",)
