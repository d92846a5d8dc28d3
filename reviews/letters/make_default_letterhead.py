"""Build reviews/letters/default_letterhead.docx, the plain letterhead used when a district has none.

Run once after changing it and commit the .docx: `python -m reviews.letters.make_default_letterhead`.
Plain python-docx, no Django. The header holds the placeholder "{district}" and the footer "{page}";
render_letter fills them with the district and administration and the translated word for "page".
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

DEFAULT_PATH = Path(__file__).with_name("default_letterhead.docx")
DISTRICT_PLACEHOLDER = "{district}"
PAGE_PLACEHOLDER = "{page}"
# A fixed date keeps the file's metadata stable between runs.
CREATED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """Append a simple field (PAGE, NUMPAGES) that Word updates when the document is shown."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _bottom_border(paragraph: Paragraph) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "4"), ("w:color", "auto")):
        bottom.set(qn(name), value)
    borders.append(bottom)
    p_pr.append(borders)


def build_default_letterhead() -> bytes:
    """A4 portrait, 2.5 cm margins, district line in the header, "Sida 1 (2)"-style page numbers."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.5)
    section.header_distance = section.footer_distance = Cm(1.25)

    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    header = section.header.paragraphs[0]
    header.text = DISTRICT_PLACEHOLDER
    header.runs[0].bold = True
    header.runs[0].font.size = Pt(12)
    _bottom_border(header)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run(PAGE_PLACEHOLDER + " ")
    _field(footer, "PAGE")
    footer.add_run(" (")
    _field(footer, "NUMPAGES")
    footer.add_run(")")

    # Replaced by the letter; it only shows where the body goes when someone opens the file.
    document.add_paragraph("Brevets innehåll / Letter content")

    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.title = "Brevmall / Letterhead"
    properties.subject = ""
    properties.keywords = ""
    properties.comments = ""
    properties.category = ""
    properties.language = "sv-SE"
    properties.revision = 1
    properties.created = properties.modified = CREATED

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args()
    Path(args.output).write_bytes(build_default_letterhead())


if __name__ == "__main__":
    main()
