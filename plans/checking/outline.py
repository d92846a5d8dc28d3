"""A short outline of a Document (headings and counts), shown on the version page."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from plans.checking.document import BlockKind, Document
from plans.checking.reader import DocumentUnreadable, read_document

__all__ = ["DocumentUnreadable", "Outline", "OutlineHeading", "outline_of", "read_outline"]


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


def outline_of(document: Document) -> Outline:
    headings = tuple(
        OutlineHeading(b.level, b.text[:300])
        for b in document.blocks
        if b.kind == BlockKind.HEADING and not b.in_toc
    )
    paragraphs = words = 0
    for block in document.blocks:
        if block.kind == BlockKind.TABLE:
            cells = [cell for row in block.rows for cell in row if cell]
            paragraphs += len(cells)
            words += sum(len(cell.split()) for cell in cells)
        elif block.kind != BlockKind.IMAGE:
            paragraphs += 1
            words += len(block.text.split())
    return Outline(
        headings=headings,
        paragraphs=paragraphs,
        tables=sum(1 for b in document.blocks if b.kind == BlockKind.TABLE),
        images=sum(1 for b in document.blocks if b.kind == BlockKind.IMAGE),
        words=words,
    )


def read_outline(data: bytes) -> Outline:
    return outline_of(read_document(data))
