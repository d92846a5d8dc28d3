"""An outline of an accepted document (headings and counts), read with python-docx.

The full reader of issue 4 replaces this; until then the check stores what it shows.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import asdict, dataclass
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle
from lxml import etree

HEADING_STYLE = re.compile(r"(?:heading|rubrik)\s*(\d)", re.IGNORECASE)
TITLE_STYLES = {"title", "rubrik"}


@dataclass(frozen=True)
class OutlineHeading:
    level: int
    text: str


@dataclass(frozen=True)
class Outline:
    headings: tuple[OutlineHeading, ...]
    paragraphs: int
    tables: int
    images: int
    words: int

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "headings": [asdict(heading) for heading in self.headings]}


class DocumentUnreadable(Exception):
    """The package was accepted, but its content cannot be read as a document."""

    code = "unreadable"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _style_level(style: BaseStyle | None) -> int | None:
    """Heading level from the style, its outline level or its based-on chain (custom styles)."""
    seen = 0
    while style is not None and seen < 10:
        name = (style.name or "").strip()
        if name.lower() in TITLE_STYLES:
            return 0
        match = HEADING_STYLE.search(name) or HEADING_STYLE.search(style.style_id or "")
        if match:
            return int(match.group(1))
        outline = style.element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if (
            outline is not None
            and outline.get(qn("w:val"), "").isdigit()
            and int(outline.get(qn("w:val"))) < 9
        ):
            return int(outline.get(qn("w:val"))) + 1
        style = style.base_style
        seen += 1
    return None


def read_outline(data: bytes) -> Outline:
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        levels: dict[str, int | None] = {}
        headings: list[OutlineHeading] = []
        paragraphs = words = 0
        for paragraph in body.iter(qn("w:p")):
            text = "".join(node.text or "" for node in paragraph.iter(qn("w:t"))).strip()
            if not text:
                continue
            paragraphs += 1
            words += len(text.split())
            level = _paragraph_level(paragraph, document, levels)
            if level is not None and paragraph.getparent() is body:
                headings.append(OutlineHeading(level=level, text=text[:300]))
        tables = sum(1 for _ in body.iter(qn("w:tbl")))
        images = sum(
            1
            for _ in body.iter(
                "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
            )
        )
    except (KeyError, ValueError, TypeError, AttributeError, etree.LxmlError, zipfile.BadZipFile) as error:
        raise DocumentUnreadable(f"{type(error).__name__}: {error}"[:500]) from None
    except Exception as error:  # python-docx raises its own and generic errors on broken parts
        raise DocumentUnreadable(f"{type(error).__name__}: {error}"[:500]) from None
    return Outline(headings=tuple(headings), paragraphs=paragraphs, tables=tables, images=images, words=words)


def _paragraph_level(paragraph: Any, document: Any, levels: dict[str, int | None]) -> int | None:
    properties = paragraph.find(qn("w:pPr"))
    if properties is not None:
        outline = properties.find(qn("w:outlineLvl"))
        if (
            outline is not None
            and outline.get(qn("w:val"), "").isdigit()
            and int(outline.get(qn("w:val"))) < 9
        ):
            return int(outline.get(qn("w:val"))) + 1
        style_ref = properties.find(qn("w:pStyle"))
        if style_ref is not None:
            style_id = style_ref.get(qn("w:val"), "")
            # One look-up per style, not per paragraph.
            if style_id not in levels:
                style = document.styles.element.get_by_id(style_id)
                levels[style_id] = (
                    _style_level(document.styles[style.name_val]) if style is not None else None
                )
            return levels[style_id]
    return None
