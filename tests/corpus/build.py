"""Build the test corpus: realistic plans in varied shapes, each with the statuses the brief gives it.

The expected statuses come from the content variants' labels (written from BRIEF §6), never from the
engine. Shapes vary independently of content: heading styles (Word styles, custom styles, outline
levels, numbered text, bold or ALL CAPS paragraphs), a typed table of contents, law extracts in an
appendix, headers and footers, identity numbers and their look-alikes.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from dataclasses import dataclass, field

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from plans.checking.personal_data import luhn_ok
from plans.checking.spec import DEFAULT_KEYS
from tests.corpus import content as c

KEYS = DEFAULT_KEYS  # the fixed keys of the shipped template
HEADING_STYLES = ("style", "numbered", "bold", "caps", "custom", "outline", "rubrik")
SCHOOLS = (
    "Björkängsskolan",
    "Sjöviksskolan",
    "Kvarnbackens förskola",
    "Norra gymnasiet",
    "Lindens skola F-6",
    "Hagaskolan",
    "Solgläntans förskola",
    "Västerports gymnasium",
    "Ekens skola 7-9",
    "Ängens friskola",
)


@dataclass
class CorpusPlan:
    name: str
    data: bytes
    expected: dict[str, str]
    school_year: str
    language: str
    preschool: bool
    identity_numbers: list[str] = field(default_factory=list)
    image_without_alt: bool = False
    shape: str = ""


def identity_number(
    rng: random.Random, *, twelve: bool = False, coordination: bool = False, sep: str = "-"
) -> str:
    year = rng.randint(1950, 2018)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    day_part = day + 60 if coordination else day
    while True:
        serial = f"{rng.randint(1, 999):03d}"
        body = f"{year % 100:02d}{month:02d}{day_part:02d}{serial}"
        for check in range(10):
            if luhn_ok(body + str(check)):
                ten = body + str(check)
                break
        # A ten-digit number starting with 0 and written without separator reads as a phone number.
        if not (ten.startswith("0") and not sep):
            break
    text = ten[:6] + sep + ten[6:]
    return (str(year)[:2] + text) if twelve else text


def _png() -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        )

    raw = b"".join(b"\x00" + b"\x80\x80\x80" * 3 for _ in range(3))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 3, 3, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


class Writer:
    def __init__(self, shape: str, rng: random.Random) -> None:
        self.doc = Document()
        self.shape = shape
        self.rng = rng
        self.number = 0
        if shape == "custom":
            style = self.doc.styles.add_style("Avsnittsrubrik", WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.doc.styles["Heading 1"]
        if shape == "rubrik":
            style = self.doc.styles.add_style("Rubrik 1", WD_STYLE_TYPE.PARAGRAPH)
            style.font.bold = True

    def heading(self, text: str) -> None:
        self.number += 1
        shape = self.shape
        if shape == "style":
            self.doc.add_heading(text, 1)
        elif shape == "numbered":
            self.doc.add_paragraph(f"{self.number}. {text}")
        elif shape == "bold":
            self.doc.add_paragraph().add_run(text).bold = True
        elif shape == "caps":
            self.doc.add_paragraph(text.upper())
        elif shape == "custom":
            self.doc.add_paragraph(text, style="Avsnittsrubrik")
        elif shape == "rubrik":
            self.doc.add_paragraph(text, style="Rubrik 1")
        else:
            paragraph = self.doc.add_paragraph(text)
            level = OxmlElement("w:outlineLvl")
            level.set(qn("w:val"), "0")
            paragraph._p.get_or_add_pPr().append(level)

    def items(self, variant: c.Variant, fill: dict[str, str]) -> bool:
        image_without_alt = False
        for kind, value in variant:
            if kind == "p":
                self.doc.add_paragraph(str(value).format(**fill))
            elif kind == "ul":
                for line in value:  # type: ignore[attr-defined]
                    self.doc.add_paragraph(str(line).format(**fill), style="List Bullet")
            elif kind == "table":
                rows: list[list[str]] = value  # type: ignore[assignment]
                table = self.doc.add_table(rows=0, cols=len(rows[0]))
                table.style = "Table Grid"
                for row in rows:
                    cells = table.add_row().cells
                    for cell, text in zip(cells, row, strict=True):
                        cell.text = str(text).format(**fill)
            elif kind == "image":
                self.doc.add_picture(io.BytesIO(_png()))
                image_without_alt = True
        return image_without_alt


def _choose(rng: random.Random, options: dict[str, list[c.Variant]], weights: tuple[int, int, int]) -> str:
    available = [s for s in ("met", "partial", "missing") if s == "missing" or options.get(s)]
    return rng.choices(
        available, weights=[weights[("met", "partial", "missing").index(s)] for s in available]
    )[0]


def build_plan(index: int, seed: int = 2026) -> CorpusPlan:
    rng = random.Random(seed * 1000 + index)
    english = index % 9 == 4
    preschool = not english and index % 5 == 0
    year = "2025/26" if index % 3 else "2024/25"
    start = int(year[:4])
    kids = "barn" if preschool else "elever"
    fill = {
        "school": SCHOOLS[index % len(SCHOOLS)],
        "year": year,
        "start": str(start),
        "end": str(start + 1),
        "end1": str(start + 2),
        "prev": f"{start - 1}/{str(start)[2:]}",
        "prev_start": str(start - 1),
        "kids": kids,
        "Kids": kids.capitalize(),
        "kids_def": "barnen" if preschool else "eleverna",
        "kids_gen": "barnens" if preschool else "elevernas",
        "Kids_gen": "Barnens" if preschool else "Elevernas",
        "head": rng.choice(("Karin Lund", "Ali Hassan", "Maria Nilsson", "Jonas Berg")),
    }
    shape = HEADING_STYLES[index % len(HEADING_STYLES)]
    writer = Writer(shape, rng)
    contents = c.EN_CONTENT if english else c.CONTENT
    headings = c.EN_HEADINGS if english else c.HEADINGS
    guidance = c.EN_GUIDANCE if english else c.GUIDANCE
    expected: dict[str, str] = {}
    plan_sections: list[tuple[str, str, c.Variant | None]] = []  # (key, heading, variant or None = omitted)
    for key in KEYS[1:]:
        status = _choose(rng, contents[key], (5, 3, 3))
        heading = rng.choice(headings[key]).format(**fill)
        if status == "missing":
            how = rng.choice(
                ("omit", "guidance", "not_done")
                if key in c.NOT_DONE and not english
                else ("omit", "guidance")
            )
            if how == "omit":
                plan_sections.append((key, heading, None))
            elif how == "guidance":
                plan_sections.append((key, heading, rng.choice(guidance)))
            else:
                plan_sections.append((key, heading, rng.choice(c.NOT_DONE[key])))
        else:
            variants = contents[key][status]
            if preschool and key in ("student_involvement", "survey") and status == "met":
                variant = variants[2]
            elif not preschool and key in ("student_involvement", "survey") and status == "met":
                variant = rng.choice(variants[:2])
            else:
                variant = rng.choice(variants)
            plan_sections.append((key, heading, variant))
        expected[key] = status
    # Cross-evidence the brief counts: students named in the evaluation plan's method are evidence of
    # participation in follow-up (BRIEF §6.3), so a plan without its own section is still `partial`.
    evaluation = next(v for k, _h, v in plan_sections if k == "evaluation_plan")
    if (
        expected["student_involvement"] == "missing"
        and evaluation is not None
        and any(
            "klassråd" in str(value) or "elevrådet" in str(value) or "student council" in str(value)
            for _kind, value in evaluation
        )
    ):
        expected["student_involvement"] = "partial"
    # Validity decides the title: a school year in the title alone is `met` (BRIEF §6.1).
    validity = _choose(rng, {"met": [[]], "partial": [[]]}, (6, 3, 2))
    expected["validity_period"] = validity
    texts = c.EN_VALIDITY if english else c.VALIDITY
    title = (
        "Equal Treatment Plan"
        if english
        else rng.choice(
            ("Plan mot diskriminering och kränkande behandling", "Likabehandlingsplan", "Trygghetsplan")
        )
    )
    doc = writer.doc
    doc.add_heading(f"{title} – {fill['school']}", 0)
    if validity != "missing":
        doc.add_paragraph(rng.choice(texts[validity]).format(**fill))
    forms = (
        "förskola"
        if preschool
        else rng.choice(("förskoleklass, grundskola och fritidshem", "grundskola åk 7-9", "gymnasieskola"))
    )
    doc.add_paragraph(
        ("Activities covered: " if english else "Verksamhetsformer som omfattas av planen: ") + forms
    )
    section = doc.sections[0]
    section.header.paragraphs[0].text = f"{fill['school']} – Sida 1"
    section.footer.paragraphs[0].text = "Dnr UTB 2024/1234"
    if index % 4 == 0:  # a typed table of contents listing every heading, also of omitted sections
        doc.add_paragraph("Innehållsförteckning" if not english else "Contents")
        for number, (_key, heading, _variant) in enumerate(plan_sections, start=3):
            doc.add_paragraph(f"{heading} {'.' * 12} {number}")
    if index % 6 == 5:
        rng.shuffle(plan_sections)
    image_without_alt = False
    identity: list[str] = []
    for key, heading, section_items in plan_sections:
        if section_items is None:
            continue
        writer.heading(heading)
        image_without_alt |= writer.items(section_items, fill)
        if key == "acute_routines" and not english:
            contact = rng.choice(c.LOOK_ALIKES)
            if index % 6 == 2:
                pnr = identity_number(
                    rng,
                    twelve=index % 12 == 2,
                    coordination=index % 18 == 8,
                    sep=rng.choice(("-", "", " ")) if index % 12 != 2 else "-",
                )
                identity.append(pnr)
                contact += f" Elevens personnummer {pnr} ska inte stå här."
            doc.add_paragraph(contact)
    if index % 3 == 0 and not english:
        writer.heading("Bilaga: Aktuella bestämmelser")
        writer.items(c.LAW_APPENDIX, fill)
        if expected["discrimination_grounds"] == "missing":
            expected["discrimination_grounds"] = "partial"  # BRIEF §6.9: grounds only in a quoted law
    buffer = io.BytesIO()
    doc.save(buffer)
    return CorpusPlan(
        name=f"plan-{index:03d}-{shape}{'-en' if english else ''}{'-forskola' if preschool else ''}",
        data=buffer.getvalue(),
        expected=expected,
        school_year=year,
        language="en" if english else "sv",
        preschool=preschool,
        identity_numbers=identity,
        image_without_alt=image_without_alt,
        shape=shape,
    )


def build_corpus(count: int = 72, seed: int = 2026) -> list[CorpusPlan]:
    return [build_plan(index, seed) for index in range(count)]
