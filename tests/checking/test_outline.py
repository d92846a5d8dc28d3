"""The outline read from an accepted document: headings and counts."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from plans.checking import DocumentUnreadable, read_outline
from plans.demo.documents import PlanSpec, Quality, _png, build_plan


def save(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_heading_styles_title_custom_styles_and_outline_levels_are_headings() -> None:
    document = docx.Document()
    document.add_heading("Plan mot kränkande behandling", 0)
    document.add_heading("Kartläggning", 1)
    document.add_heading("Metoder", 2)
    custom = document.styles.add_style("Avsnittsrubrik", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = document.styles["Heading 1"]
    document.add_paragraph("Främjande arbete", style="Avsnittsrubrik")
    marked = document.add_paragraph("Rutiner för akuta situationer")
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "0")
    marked._p.get_or_add_pPr().append(level)
    document.add_paragraph("Vanlig text om elevernas delaktighet.")
    outline = read_outline(save(document))
    assert [(h.level, h.text) for h in outline.headings] == [
        (0, "Plan mot kränkande behandling"),
        (1, "Kartläggning"),
        (2, "Metoder"),
        (1, "Främjande arbete"),
        (1, "Rutiner för akuta situationer"),
    ]


def test_tables_images_and_words_are_counted() -> None:
    document = docx.Document()
    document.add_paragraph("Ett två tre.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Åtgärd"
    table.cell(0, 1).text = "Ansvarig"
    document.add_picture(io.BytesIO(_png()))
    outline = read_outline(save(document))
    assert outline.tables == 1
    assert outline.images == 1
    assert outline.paragraphs == 3  # the sentence and two filled cells
    assert outline.words == 5


def test_outline_is_json_ready() -> None:
    data = build_plan(PlanSpec("Testskolan", "2025/26", ("grundskola",), quality=Quality.COMPLETE))
    as_dict = read_outline(data).as_dict()
    assert isinstance(as_dict["headings"], list)
    assert {"level", "text"} <= set(as_dict["headings"][0])


@pytest.mark.parametrize("data", [b"PK\x03\x04garbage", b"not a document"])
def test_unreadable_input_is_a_readable_error(data: bytes) -> None:
    with pytest.raises(DocumentUnreadable) as unreadable:
        read_outline(data)
    assert unreadable.value.detail
