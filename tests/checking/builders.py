"""Small hand-written .docx plans for engine tests: ("h", text), ("h2", text), ("p", text),
("li", text) and ("table", rows) parts under a title."""

from __future__ import annotations

import io

import docx

Part = tuple[str, object]


def plan(*parts: Part, title: str = "Plan mot kränkande behandling") -> bytes:
    document = docx.Document()
    document.add_heading(title, 0)
    for kind, value in parts:
        if kind == "h":
            document.add_heading(str(value), 1)
        elif kind == "h2":
            document.add_heading(str(value), 2)
        elif kind == "p":
            document.add_paragraph(str(value))
        elif kind == "li":
            document.add_paragraph(str(value), style="List Bullet")
        elif kind == "table":
            rows: list[tuple[str, ...]] = value  # type: ignore[assignment]
            table = document.add_table(rows=0, cols=len(rows[0]))
            for row in rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
