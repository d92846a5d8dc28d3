"""The structured document the reader produces and the rules read. Frozen, plain data."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class BlockKind(enum.StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    IMAGE = "image"


@dataclass(frozen=True, slots=True)
class Block:
    index: int
    kind: BlockKind
    text: str
    level: int = 0  # headings: 0 title, 1..9
    rows: tuple[tuple[str, ...], ...] = ()  # tables: cell texts, row by row
    alt: str = ""  # images: alternative text (descr or title)
    in_toc: bool = False  # a table-of-contents line: never content
    hint: bool = False  # written as template guidance: grey italic, highlighted, or a placeholder style


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the blocks up to the next heading (of any level); `end` is exclusive."""

    heading: Block | None
    level: int
    path: tuple[str, ...]
    start: int
    end: int
    subtree_end: int  # up to the next heading of the same or a higher level


@dataclass(frozen=True, slots=True)
class Aside:
    """Text outside the body's flow: a header, footer, footnote, endnote, comment or tracked deletion.

    Scanned for personal data (a published .docx carries all of it); footnotes and endnotes are
    also read as content beside the paragraph that refers to them, the rest never counts."""

    place: str  # "header", "footer", "footnote", "endnote", "comment", "tracked_deletion"
    text: str
    anchor: int = -1  # the body block it belongs to, -1 when it has none (headers, footers)


@dataclass(frozen=True, slots=True)
class ImageRef:
    """A picture, chart or diagram anywhere in the document, for the alternative-text check."""

    place: str  # "body", "header", "footer", "footnote", "endnote", "comment"
    alt: str
    decorative: bool
    key: str  # the image part it shows ("word/media/image1.png"): one picture shown twice is one
    anchor: int = -1


@dataclass(frozen=True, slots=True)
class CoreProperties:
    title: str = ""
    author: str = ""
    language: str = ""
    created: str = ""
    modified: str = ""


@dataclass(frozen=True)
class Document:
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    headers: tuple[str, ...] = ()
    footers: tuple[str, ...] = ()
    properties: CoreProperties = field(default_factory=CoreProperties)
    language: str = "sv"
    asides: tuple[Aside, ...] = ()
    images: tuple[ImageRef, ...] = ()

    def section_text(self, section: Section, *, subtree: bool = False) -> str:
        end = section.subtree_end if subtree else section.end
        return "\n".join(b.text for b in self.blocks[section.start : end] if not b.in_toc)

    def content_blocks(self, section: Section) -> tuple[Block, ...]:
        """The section's own blocks without its heading or TOC lines."""
        return tuple(
            b
            for b in self.blocks[section.start : section.end]
            if b.kind != BlockKind.HEADING and not b.in_toc
        )
