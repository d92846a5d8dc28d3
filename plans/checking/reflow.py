"""Paragraphs rejoined where a PDF-to-Word conversion broke them at every line.

A converted plan has one paragraph per printed line: "Vi använder trygghetsenkäten som eleverna
svarar på i april," then "elevernas kartor över trygga och otrygga platser, samtal på klassråd och",
and words split at the line end ("sammans-" / "tällts"). Read line by line, a sentence's method and
its finding fall apart, and a bold numbered line can pass for a heading. A paragraph that does not
end a sentence, followed by one that starts in lower case, is one paragraph, as the reader of the
page sees it. Word never writes a sentence that way, so plans written in Word are left as they are.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from plans.checking.document import Aside, Block, BlockKind, ImageRef

# The line ends a sentence, a lead-in or a quotation: the next line starts something new.
_ENDS = re.compile(r"[.!?:;…»”\")\]]\s*$")
_SPLIT_WORD = re.compile(r"[a-zåäöéü]-\s*$")
_CONTINUES = re.compile(r"^[a-zåäöéü]")
# In a converted plan a line may go on with a number or a bracket: "… minska från" / "18 % till 12 %".
_CONTINUES_CONVERTED = re.compile(r"^[a-zåäöéü(\d]")
# Page furniture a conversion leaves in the text: "Sida 3 av 5", "Page 2 of 4", a bare page number.
_PAGE_LINE = re.compile(
    r"^\s*(?:(?:sida|page|s\.)\s*\d+(?:\s*(?:av|of|/)\s*\d+)?|\d{1,3})\s*$", re.IGNORECASE
)
# A document that needed this many joins was converted from print; its page furniture goes too.
_CONVERTED_JOINS = 5
# … or, in a short plan, a few joins among few paragraphs (one in eight lines broken off).
_FEW_JOINS = 3
_SHARE = 8
_RUNNING_REPEATS = 3
# A heading is a line of a few words; a "heading" that runs on into the next line is a sentence.
_HEADING_WORDS = 10


def _continues(first: Block, second: Block, converted: bool = False) -> bool:
    if first.in_toc or second.in_toc or first.hint or second.hint:
        return False
    if second.kind != BlockKind.PARAGRAPH or first.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING):
        return False
    if first.kind == BlockKind.HEADING and first.level == 0:
        return False  # the document's title
    if converted:
        # A printed line may end on a label whose value starts the next line ("Åtgärd:" / "fasta mentorer").
        ends = _ENDS.search(first.text) and not first.text.rstrip().endswith(":")
        return bool(first.text.strip()) and not ends and bool(_CONTINUES_CONVERTED.match(second.text))
    return bool(first.text.strip()) and not _ENDS.search(first.text) and bool(_CONTINUES.match(second.text))


def _joined(first: Block, second: Block) -> Block:
    head = first.text.rstrip()
    text = head[:-1] + second.text.lstrip() if _SPLIT_WORD.search(head) else f"{head} {second.text.lstrip()}"
    kind, level = first.kind, first.level
    if kind == BlockKind.HEADING and len(text.split()) > _HEADING_WORDS:
        kind, level = BlockKind.PARAGRAPH, 0
    return dataclasses.replace(first, kind=kind, level=level, text=text)


def reflow(
    blocks: list[Block], asides: list[Aside], images: list[ImageRef]
) -> tuple[list[Block], list[Aside], list[ImageRef]]:
    """The blocks with broken lines rejoined and renumbered, notes and pictures anchored anew."""
    joins = sum(1 for first, second in itertools.pairwise(blocks) if _continues(first, second))
    if not joins:
        return blocks, asides, images  # most plans: written in Word, nothing to rejoin
    paragraphs = sum(1 for b in blocks if b.kind == BlockKind.PARAGRAPH)
    converted = joins >= _CONVERTED_JOINS or (joins >= _FEW_JOINS and joins * _SHARE >= paragraphs)
    # Word's own plans keep every paragraph: only a converted one loses its page furniture.
    furniture = _page_furniture(blocks) if converted else set()
    out: list[Block] = []
    moved: dict[int, int] = {}
    for block in blocks:
        if block.index in furniture:
            moved[block.index] = max(len(out) - 1, 0)
            continue
        if out and _continues(out[-1], block, converted):
            out[-1] = _joined(out[-1], block)
        else:
            out.append(block if block.index == len(out) else dataclasses.replace(block, index=len(out)))
        moved[block.index] = len(out) - 1
    if len(out) == len(blocks):
        return blocks, asides, images
    asides = [
        dataclasses.replace(a, anchor=moved.get(a.anchor, a.anchor)) if a.anchor >= 0 else a for a in asides
    ]
    images = [
        dataclasses.replace(i, anchor=moved.get(i.anchor, i.anchor)) if i.anchor >= 0 else i for i in images
    ]
    return out, asides, images


def _page_furniture(blocks: list[Block]) -> set[int]:
    """Page numbers and the running header or footer a converted plan repeats on every page."""
    counts: dict[str, int] = {}
    for block in blocks:
        if block.kind == BlockKind.PARAGRAPH:
            counts[block.text.strip()] = counts.get(block.text.strip(), 0) + 1
    return {
        block.index
        for block in blocks
        if block.kind == BlockKind.PARAGRAPH
        and (
            _PAGE_LINE.match(block.text)
            or (counts[block.text.strip()] >= _RUNNING_REPEATS and len(block.text.split()) >= 4)
        )
    }
