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
import re

from plans.checking.document import Aside, Block, BlockKind, ImageRef

# The line ends a sentence, a lead-in or a quotation: the next line starts something new.
_ENDS = re.compile(r"[.!?:;…»”\")\]]\s*$")
_SPLIT_WORD = re.compile(r"[a-zåäöéü]-\s*$")
_CONTINUES = re.compile(r"^[a-zåäöéü]")
# A heading is a line of a few words; a "heading" that runs on into the next line is a sentence.
_HEADING_WORDS = 10


def _continues(first: Block, second: Block) -> bool:
    if first.in_toc or second.in_toc or first.hint or second.hint:
        return False
    if second.kind != BlockKind.PARAGRAPH or first.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING):
        return False
    if first.kind == BlockKind.HEADING and first.level == 0:
        return False  # the document's title
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
    out: list[Block] = []
    moved: dict[int, int] = {}
    for block in blocks:
        if out and _continues(out[-1], block):
            out[-1] = _joined(out[-1], block)
        else:
            out.append(dataclasses.replace(block, index=len(out)))
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
