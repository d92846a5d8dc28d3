"""A small .docx builder for the held-out corpus, written directly on python-docx.

A plan is a list of blocks (H, P, Bullets, Table, Toc, Image, PageBreak). The `Look` of a plan decides
how headings are rendered (Word heading styles, a custom "Rubrik 1" style, bold short paragraphs,
ALL CAPS paragraphs, or numbered text), which font is used and how lists are typed. Nothing here is
random: the same blocks and look always give the same document text.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass, field

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

# --- blocks ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class H:
    """A heading. level 1..3."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class P:
    """A body paragraph. `guidance` renders it grey and italic like template instruction text."""

    text: str
    bold: bool = False
    guidance: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    header: bool = True


@dataclass(frozen=True)
class Toc:
    """A typed table of contents: title plus entries with dot leaders and page numbers."""

    title: str
    entries: tuple[str, ...]


@dataclass(frozen=True)
class Image:
    """A picture (a tiny PNG) without alternative text, optionally with a caption paragraph."""

    caption: str = ""


@dataclass(frozen=True)
class PageBreak:
    pass


Block = H | P | Bullets | Table | Toc | Image | PageBreak


@dataclass(frozen=True)
class Look:
    """How a plan is typeset.

    headings: "word" (Heading 1-3), "rubrik" (custom style "Rubrik 1"/"Rubrik 2", no outline level),
    "rubrik_outline" (same custom style but with an outline level, as Swedish Word users make them),
    "bold" (Normal paragraph, bold run), "caps" (Normal paragraph in capitals, bold),
    "caps_plain" (capitals, not bold), "numbered" (Normal paragraph "3.2 Kartläggning", bold).
    lists: "style" (List Bullet/List Number), "dash" (en dash + item), "dot" ("• item").
    """

    headings: str = "word"
    font: str = "Calibri"
    size: int = 11
    lists: str = "style"
    header: str = ""
    footer: str = ""
    table_style: str | None = "Table Grid"
    title: str = ""
    number_from: int = 1
    extra: dict[str, str] = field(default_factory=dict)


# --- rendering ------------------------------------------------------------------------------------


def _png() -> bytes:
    """A deterministic 4x4 grey PNG."""
    width = height = 4
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def _custom_heading_styles(doc, outline: bool) -> None:
    for level, size in ((1, 16), (2, 13), (3, 12)):
        style = doc.styles.add_style(f"Rubrik {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.bold = True
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        if outline:
            ppr = style.element.get_or_add_pPr()
            lvl = OxmlElement("w:outlineLvl")
            lvl.set(qn("w:val"), str(level - 1))
            ppr.append(lvl)


class _Numbering:
    def __init__(self, start: int) -> None:
        self.counters = [start - 1, 0, 0]

    def next(self, level: int) -> str:
        i = min(max(level, 1), 3) - 1
        self.counters[i] += 1
        for j in range(i + 1, 3):
            self.counters[j] = 0
        return ".".join(str(c) for c in self.counters[: i + 1])


def render(blocks: list[Block], look: Look) -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = look.font
    normal.font.size = Pt(look.size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), look.font)
    if look.headings in ("rubrik", "rubrik_outline"):
        _custom_heading_styles(doc, outline=look.headings == "rubrik_outline")
    if look.title:
        doc.core_properties.title = look.title
    section = doc.sections[0]
    if look.header:
        section.header.paragraphs[0].text = look.header
    if look.footer:
        section.footer.paragraphs[0].text = look.footer
    numbering = _Numbering(look.number_from)

    for block in blocks:
        if isinstance(block, H):
            _heading(doc, block, look, numbering)
        elif isinstance(block, P):
            para = doc.add_paragraph()
            run = para.add_run(block.text)
            if block.bold:
                run.bold = True
            if block.guidance:
                run.italic = True
                run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        elif isinstance(block, Bullets):
            for n, item in enumerate(block.items, 1):
                if look.lists == "style":
                    doc.add_paragraph(item, style="List Number" if block.numbered else "List Bullet")
                elif block.numbered:
                    doc.add_paragraph(f"{n}. {item}")
                else:
                    doc.add_paragraph(("– " if look.lists == "dash" else "• ") + item)
        elif isinstance(block, Table):
            ncols = max(len(r) for r in block.rows)
            table = doc.add_table(rows=0, cols=ncols)
            if look.table_style:
                table.style = doc.styles[look.table_style]
            for r, row in enumerate(block.rows):
                cells = table.add_row().cells
                for c in range(ncols):
                    text = row[c] if c < len(row) else ""
                    cells[c].text = text
                    if r == 0 and block.header:
                        for run in cells[c].paragraphs[0].runs:
                            run.bold = True
                if r == 0 and block.header:
                    trpr = table.rows[0]._tr.get_or_add_trPr()
                    mark = OxmlElement("w:tblHeader")
                    trpr.append(mark)
            doc.add_paragraph()
        elif isinstance(block, Toc):
            title = doc.add_paragraph()
            title.add_run(block.title).bold = True
            for n, entry in enumerate(block.entries):
                dots = "." * max(4, 60 - len(entry))
                doc.add_paragraph(f"{entry} {dots} {2 + n}")
        elif isinstance(block, Image):
            doc.add_picture(io.BytesIO(_png()))
            if block.caption:
                cap = doc.add_paragraph(block.caption)
                cap.runs[0].italic = True
        elif isinstance(block, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _heading(doc, block: H, look: Look, numbering: _Numbering) -> None:
    mode = look.headings
    text = block.text
    if mode == "word":
        doc.add_heading(text, level=block.level)
    elif mode in ("rubrik", "rubrik_outline"):
        doc.add_paragraph(text, style=f"Rubrik {min(block.level, 3)}")
    elif mode == "bold":
        para = doc.add_paragraph()
        run = para.add_run(text)
        run.bold = True
        if block.level == 1:
            run.font.size = Pt(look.size + 3)
    elif mode in ("caps", "caps_plain"):
        para = doc.add_paragraph()
        run = para.add_run(text.upper() if block.level == 1 else text)
        run.bold = mode == "caps" or block.level > 1
    elif mode == "numbered":
        para = doc.add_paragraph()
        run = para.add_run(f"{numbering.next(block.level)} {text}")
        run.bold = True
    else:  # pragma: no cover - a typo in a plan definition
        raise ValueError(f"unknown heading mode {mode!r}")


def plain_text(data: bytes) -> str:
    """All paragraph and table text of a generated document (for the generator's own tests)."""
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.header.paragraphs)
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)
