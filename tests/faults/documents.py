"""Real plans to upload: the demo builder's .docx, each seed different bytes (so no upload is a
duplicate), optionally long enough that a check takes a few seconds and can be caught mid-way."""

from __future__ import annotations

import functools
import io
import zipfile

import docx

from tests.factories import docx_bytes

LONG_PARAGRAPHS = 40_000
MARK = "Uppföljning 0:"


def plan(seed: int, school: str = "Skola 1") -> bytes:
    return docx_bytes(school, seed=seed)


@functools.cache
def _long_base() -> bytes:
    document = docx.Document(io.BytesIO(docx_bytes("Skola 1", seed=0)))
    for n in range(LONG_PARAGRAPHS):
        document.add_paragraph(
            f"Uppföljning {n}: eleverna deltar i trygghetsvandringar och elevhälsan följer upp enkäten."
        )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def long_plan(seed: int) -> bytes:
    """A plan with tens of thousands of extra paragraphs; the seed makes its bytes its own."""
    source = zipfile.ZipFile(io.BytesIO(_long_base()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "word/document.xml":
                data = data.replace(MARK.encode(), f"Uppföljning {seed}-0:".encode(), 1)
            target.writestr(member, data)
    return out.getvalue()
