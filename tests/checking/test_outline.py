"""The outline read from an accepted document: headings and counts."""

from __future__ import annotations

import io
import json
import struct
import zlib

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from plans.checking import DocumentUnreadable, read_outline
from plans.demo.documents import PlanSpec, Quality, build_plan


def tiny_png(width: int = 2, height: int = 2) -> bytes:
    """A valid red PNG written by hand, so no image file ships with the tests."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        checksum = zlib.crc32(kind + payload)
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", checksum)

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


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
    document.add_picture(io.BytesIO(tiny_png()))
    outline = read_outline(save(document))
    assert outline.tables == 1
    assert outline.images == 1
    assert outline.paragraphs == 3  # the sentence and two filled cells
    assert outline.words == 5


def test_outline_is_json_ready() -> None:
    data = build_plan(PlanSpec("Testskolan", "2025/26", ("grundskola",), quality=Quality.COMPLETE))
    as_dict = read_outline(data).as_dict()
    assert json.loads(json.dumps(as_dict)) == as_dict
    assert isinstance(as_dict["headings"], list)
    assert {"level", "text"} <= set(as_dict["headings"][0])


def test_swedish_heading_styles_are_headings_and_empty_headings_are_skipped() -> None:
    document = docx.Document()
    title = document.styles.add_style("Rubrik", WD_STYLE_TYPE.PARAGRAPH)
    first = document.styles.add_style("Rubrik 1", WD_STYLE_TYPE.PARAGRAPH)
    second = document.styles.add_style("Rubrik 2", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Likabehandlingsplan", style=title)
    document.add_paragraph("Utvärdering", style=first)
    document.add_paragraph("", style=first)
    document.add_paragraph("Årets åtgärder", style=second)
    outline = read_outline(save(document))
    assert [(h.level, h.text) for h in outline.headings] == [
        (0, "Likabehandlingsplan"),
        (1, "Utvärdering"),
        (2, "Årets åtgärder"),
    ]


def test_unreadable_error_carries_its_stable_code() -> None:
    with pytest.raises(DocumentUnreadable) as unreadable:
        read_outline(b"not a document")
    assert unreadable.value.code == "unreadable"


@pytest.mark.parametrize("data", [b"PK\x03\x04garbage", b"not a document"])
def test_unreadable_input_is_a_readable_error(data: bytes) -> None:
    with pytest.raises(DocumentUnreadable) as unreadable:
        read_outline(data)
    assert unreadable.value.detail
