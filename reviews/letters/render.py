"""The written feedback letter (BRIEF §7.5) as .docx bytes: plain data in, a document out, no database.

content.py fills LetterContent from the database; this module only lays it out on the district's
letterhead. Every fixed text is gettext with an English msgid, so the letter follows the active language
(the caller activates Swedish). The letterhead keeps its header, footer, styles and page setup; its body
is replaced by the letter. Headings use real heading styles and tables mark their header row, because
the letter is a public document that must work with screen readers (BRIEF §11).
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph
from lxml import etree

from plans.checking.package import open_package

__all__ = [
    "DECISIONS",
    "DEFAULT_LETTERHEAD",
    "DISTRICT_PLACEHOLDER",
    "PAGE_PLACEHOLDER",
    "STATUSES",
    "LetterContent",
    "LetterItem",
    "LetterRequirement",
    "render_letter",
]

DEFAULT_LETTERHEAD = Path(__file__).with_name("default_letterhead.docx")
# Placeholders a letterhead may carry in its headers and footers.
DISTRICT_PLACEHOLDER = "{district}"
PAGE_PLACEHOLDER = "{page}"
STATUSES = ("met", "partial", "missing")
DECISIONS = ("approved", "approved_with_remarks", "changes_requested", "in_review")
HEADING_SIZES = {1: Pt(14), 2: Pt(12)}
FALLBACK_TEXT_WIDTH = Cm(16)
REQUIREMENT_COLUMNS = (0.32, 0.18, 0.50)
ITEM_COLUMNS = (0.16, 0.22, 0.42, 0.20)
# What may follow w:tblBorders inside w:tblPr (CT_TblPr is a sequence).
TABLE_BORDER_SUCCESSORS = (
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
)
# What may follow w:pBdr inside w:pPr (CT_PPrBase is a sequence).
PARAGRAPH_BORDER_SUCCESSORS = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


@dataclass(frozen=True)
class LetterRequirement:
    title: str  # e.g. "Elevernas delaktighet"
    status: str  # "met" | "partial" | "missing"
    status_label: str  # already translated, e.g. "Uppfyllt" / "Delvis uppfyllt" / "Saknas"
    comment: str  # short reason / what is needed ("" allowed)
    legal_basis: str  # e.g. "6 kap. 8 § skollagen" ("" allowed)
    assessed: str = ""  # who set the status: "bedömd av …, 2026-12-04" or "automatisk kontroll"


@dataclass(frozen=True)
class LetterItem:
    severity_label: str  # "Måste åtgärdas" / "Bör åtgärdas" / "Notering"
    anchor: str  # a requirement title or a heading path "Kartläggning › Enkäter"
    text: str  # the reviewer's feedback
    outcome: str  # "Löst i version 3", "Besvarad", "Fortfarande öppen", "Struken"


@dataclass(frozen=True)
class LetterContent:
    district_name: str
    administration: str  # e.g. "Utbildningsförvaltningen" ("" allowed)
    diarienummer: str  # "" when the district does not register letters
    date: datetime.date
    school_name: str
    skolenhetskod: str
    principal_name: str  # "" allowed
    school_forms: tuple[str, ...]  # translated labels, e.g. ("Grundskola", "Fritidshem")
    school_year: str  # "2025/26"
    version_number: int
    version_uploaded: datetime.date
    decision: str  # "approved" | "approved_with_remarks" | "changes_requested" | "in_review"
    overall: str  # the reviewer's overall assessment; "" → a default sentence per decision
    requirements: tuple[LetterRequirement, ...]
    items: tuple[LetterItem, ...]
    strengths: tuple[str, ...]  # optional
    next_steps: str  # deadline for a corrected version, next dialogue ("" → a default per decision)
    reviewer_name: str
    reviewer_title: str  # e.g. "Jurist"
    contact: str  # e-mail/phone of the reviewer ("" allowed)


def render_letter(content: LetterContent, letterhead: bytes | None = None) -> bytes:
    """The letter as .docx bytes in the active language, on `letterhead` or the default one.

    Raises plans.checking.package.PackageRejected when the letterhead is not a safe, plain .docx.
    """
    if content.decision not in DECISIONS:
        raise ValueError(f"unknown decision {content.decision!r}")
    unknown = [r.status for r in content.requirements if r.status not in STATUSES]
    if unknown:
        raise ValueError(f"unknown requirement status {unknown[0]!r}")
    data = letterhead if letterhead is not None else DEFAULT_LETTERHEAD.read_bytes()
    open_package(data)  # refuses macros, templates, zip bombs, DTDs … before python-docx parses a byte
    document = Document(io.BytesIO(data))
    _Letter(document, content, language=_language_tag()).write()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _language_tag() -> str:
    language = translation.get_language() or ""
    return "sv-SE" if language.lower().startswith("sv") else "en"


def _subject(content: LetterContent) -> str:
    return _("Feedback on the plan against discrimination and degrading treatment, school year %(year)s") % {
        "year": content.school_year
    }


def _decision_label(decision: str) -> str:
    labels = {
        "approved": _("Approved"),
        "approved_with_remarks": _("Approved with remarks"),
        "changes_requested": _("Changes requested"),
        "in_review": _("In review"),
    }
    return labels[decision]


def _default_overall(decision: str) -> str:
    sentences = {
        "approved": _("The plan meets the requirements and is approved."),
        "approved_with_remarks": _(
            "The plan is approved. It meets the requirements, but the remarks below should be "
            "addressed in the next version of the plan."
        ),
        "changes_requested": _(
            "The plan does not yet meet all requirements. A corrected version is requested; what "
            "must be addressed is described below."
        ),
        "in_review": _(
            "The review of the plan is not finished. This letter describes the feedback given so far."
        ),
    }
    return sentences[decision]


def _default_next_steps(decision: str) -> str:
    sentences = {
        "approved": _(
            "No further action is needed this school year. Use this feedback when the plan is "
            "evaluated and next year's plan is drawn up."
        ),
        "changes_requested": _(
            "Upload a corrected version of the plan. The reviewer will then review it again."
        ),
        "in_review": _("The review continues. You will receive further feedback when it is finished."),
    }
    return sentences["approved" if decision == "approved_with_remarks" else decision]


class _Letter:
    """Writes one letter into an opened letterhead."""

    def __init__(self, document: DocumentObject, content: LetterContent, *, language: str) -> None:
        self.document = document
        self.content = content
        self.language = language
        # Word needs a region in w:lang; the core property keeps the short tag for English.
        self.run_language = "en-GB" if language == "en" else language
        self._widths: list[int] = []  # of the current table's columns, in EMU

    def write(self) -> None:
        self._clear_body()
        self._fill_placeholders()
        self._ensure_styles()
        self._set_properties()
        self._top()
        self._heading(_subject(self.content), level=1)
        self._reviewed_version()
        self._overall()
        self._requirements()
        self._items()
        self._strengths()
        self._next_steps()
        self._signature()

    # -- the letterhead ---------------------------------------------------------------------------

    def _clear_body(self) -> None:
        """Drop the letterhead's body content; its final sectPr (page size, margins, header links) stays."""
        body = self.document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)

    def _fill_placeholders(self) -> None:
        district = self.content.district_name
        if self.content.administration:
            district = f"{district} – {self.content.administration}"
        values = {DISTRICT_PLACEHOLDER: district, PAGE_PLACEHOLDER: _("Page")}
        for part in self.document.part.package.iter_parts():
            name = str(part.partname)
            if name.startswith(("/word/header", "/word/footer")) and name.endswith(".xml"):
                for paragraph in part.element.iter(qn("w:p")):
                    _replace_in_paragraph(paragraph, values)

    def _ensure_styles(self) -> None:
        """A district's letterhead saved by Word may lack heading styles it never used; add plain ones."""
        styles = self.document.styles
        for level, size in HEADING_SIZES.items():
            name = f"Heading {level}"
            if name in styles:
                continue
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            style.next_paragraph_style = styles["Normal"]
            style.quick_style = True
            style.font.bold = True
            style.font.size = size
            style.paragraph_format.space_before = Pt(12)
            style.paragraph_format.space_after = Pt(6)
            style.paragraph_format.keep_with_next = True
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(level - 1))
            style.element.get_or_add_pPr().append(outline)

    def _set_properties(self) -> None:
        properties = self.document.core_properties
        properties.title = _subject(self.content)
        properties.language = self.language
        properties.author = self.content.district_name
        properties.last_modified_by = self.content.district_name
        # Whatever the letterhead's own file said about itself does not describe the letter.
        properties.subject = ""
        properties.keywords = ""
        properties.comments = ""
        properties.category = ""

    # -- building blocks --------------------------------------------------------------------------

    def _paragraph(
        self, text: str = "", *, bold: bool = False, style: str | None = None, tight: bool = False
    ) -> Paragraph:
        paragraph = self.document.add_paragraph(style=style)
        if text:
            self._run(paragraph, text, bold=bold)
        if tight:
            paragraph.paragraph_format.space_after = Pt(0)
        return paragraph

    def _run(self, paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False) -> None:
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), self.run_language)
        run._r.get_or_add_rPr().append(language)

    def _labelled(self, paragraph: Paragraph, label: str, value: str) -> None:
        self._run(paragraph, f"{label}: ", bold=True)
        self._run(paragraph, value)

    def _heading(self, text: str, *, level: int) -> None:
        heading = self.document.add_paragraph(style=f"Heading {level}")
        self._run(heading, text)

    def _table(self, caption: str, header: Sequence[str], widths: Sequence[float]) -> Table:
        table = self.document.add_table(rows=1, cols=len(header))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        _table_properties(table, caption)
        row = table.rows[0]
        repeat = OxmlElement("w:tblHeader")  # the header row repeats and is announced as a header
        row._tr.get_or_add_trPr().append(repeat)
        for cell, label in zip(row.cells, header, strict=True):
            self._run(cell.paragraphs[0], label, bold=True)
        self._widths = [int(self._text_width() * share) for share in widths]
        for column, width in zip(table.columns, self._widths, strict=True):
            column.width = width  # the grid, which a fixed layout follows
        self._size_row(row)
        return table

    def _add_row(self, table: Table, cells: Iterable[Sequence[tuple[str, bool]]]) -> None:
        """One row; each cell is a list of (text, italic) paragraphs, empty texts skipped."""
        row = table.add_row()
        for cell, paragraphs in zip(row.cells, cells, strict=True):
            texts = [(text, italic) for text, italic in paragraphs if text]
            for index, (text, italic) in enumerate(texts):
                paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
                self._run(paragraph, text, italic=italic)
        self._size_row(row)

    def _size_row(self, row: _Row) -> None:
        for cell, width in zip(row.cells, self._widths, strict=True):
            cell.width = width

    def _text_width(self) -> int:
        section = self.document.sections[-1]
        page, left, right = section.page_width, section.left_margin, section.right_margin
        if page is None or left is None or right is None:
            return int(FALLBACK_TEXT_WIDTH)
        return int(page - left - right)

    # -- the letter's parts -----------------------------------------------------------------------

    def _top(self) -> None:
        content = self.content
        date = self._paragraph(tight=True)
        date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self._labelled(date, _("Date"), content.date.isoformat())
        if content.diarienummer:
            reference = self._paragraph(tight=True)
            reference.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            self._labelled(reference, _("Reference number"), content.diarienummer)
        self._paragraph(tight=True)
        if content.principal_name:
            addressee = _("To the principal, %(name)s") % {"name": content.principal_name}
        else:
            addressee = _("To the principal")
        self._paragraph(addressee, tight=True)
        self._paragraph(content.school_name, tight=True)
        self._paragraph(_("School unit code: %(code)s") % {"code": content.skolenhetskod})

    def _reviewed_version(self) -> None:
        content = self.content
        self._heading(_("Reviewed version"), level=2)
        self._paragraph(
            _("We have reviewed version %(number)s of the plan, uploaded on %(date)s.")
            % {"number": content.version_number, "date": content.version_uploaded.isoformat()}
        )
        if content.school_forms:
            forms = self._paragraph()
            self._labelled(forms, _("School forms covered"), ", ".join(content.school_forms))

    def _overall(self) -> None:
        content = self.content
        self._heading(_("Overall assessment"), level=2)
        decision = self._paragraph()
        self._labelled(decision, _("Assessment"), _decision_label(content.decision))
        self._paragraph(content.overall or _default_overall(content.decision))

    def _requirements(self) -> None:
        requirements = self.content.requirements
        self._heading(_("Requirements"), level=2)
        if not requirements:
            self._paragraph(_("No requirements were assessed."))
            return
        met = sum(1 for requirement in requirements if requirement.status == "met")
        total = len(requirements)
        self._paragraph(
            ngettext(
                "%(met)d of %(total)d requirement is met.",
                "%(met)d of %(total)d requirements are met.",
                total,
            )
            % {"met": met, "total": total}
        )
        table = self._table(
            _("Requirements"), (_("Requirement"), _("Status"), _("Comment")), REQUIREMENT_COLUMNS
        )
        for requirement in requirements:
            comment = [(requirement.comment, False)]
            # Met requirements are listed briefly; the legal basis matters where something is lacking.
            if requirement.status != "met" and requirement.legal_basis:
                # A whole sentence to translate: xgettext does not see a call inside an f-string.
                comment.append((_("Legal basis: %(basis)s") % {"basis": requirement.legal_basis}, True))
            status = [(requirement.status_label, False)]
            if requirement.assessed:
                status.append((requirement.assessed, True))
            self._add_row(table, ([(requirement.title, False)], status, comment))

    def _items(self) -> None:
        items = self.content.items
        self._heading(_("Feedback items"), level=2)
        if not items:
            self._paragraph(_("No feedback items were raised."))
            return
        header = (_("Severity"), _("About"), _("Feedback"), _("Outcome"))
        table = self._table(_("Feedback items"), header, ITEM_COLUMNS)
        for item in items:
            self._add_row(
                table,
                (
                    [(item.severity_label, False)],
                    [(item.anchor, False)],
                    [(item.text, False)],
                    [(item.outcome, False)],
                ),
            )

    def _strengths(self) -> None:
        strengths = [strength for strength in self.content.strengths if strength]
        if not strengths:
            return
        self._heading(_("Strengths"), level=2)
        # A real list style is announced as a list; without one, a visible bullet keeps the meaning.
        listed = "List Bullet" in self.document.styles
        for strength in strengths:
            if listed:
                self._paragraph(strength, style="List Bullet")
            else:
                self._paragraph(f"• {strength}")

    def _next_steps(self) -> None:
        content = self.content
        self._heading(_("What happens next"), level=2)
        self._paragraph(content.next_steps or _default_next_steps(content.decision))
        if content.contact:
            self._paragraph(
                _("If you have questions about this feedback, contact %(name)s, %(contact)s.")
                % {"name": content.reviewer_name, "contact": content.contact}
            )

    def _signature(self) -> None:
        content = self.content
        self._heading(_("Reviewer"), level=2)
        self._paragraph()
        line = self._paragraph(tight=True)
        _signature_line(line)
        self._paragraph(content.reviewer_name, tight=True)
        if content.reviewer_title:
            self._paragraph(content.reviewer_title, tight=True)
        if content.contact:
            self._paragraph(content.contact, tight=True)


def _replace_in_paragraph(paragraph: etree._Element, values: dict[str, str]) -> None:
    """Replace placeholders across the paragraph's w:t elements, even when Word split one over runs.

    Fields, tabs and formatting stay: only text nodes change, and the replacement takes the
    formatting of the run where the placeholder starts.
    """
    texts = list(paragraph.iter(qn("w:t")))
    for placeholder, value in values.items():
        start_from = 0
        while True:
            joined = "".join(node.text or "" for node in texts)
            start = joined.find(placeholder, start_from)
            if start < 0:
                break
            end = start + len(placeholder)
            position, first = 0, True
            for node in texts:
                text = node.text or ""
                node_start, node_end = position, position + len(text)
                position = node_end
                if node_end <= start or node_start >= end:
                    continue
                low, high = max(start, node_start) - node_start, min(end, node_end) - node_start
                node.text = text[:low] + (value if first else "") + text[high:]
                node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                first = False
            start_from = start + len(value)


def _table_properties(table: Table, caption: str) -> None:
    """Grid borders set on the table itself (a letterhead may lack "Table Grid"), and a caption."""
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{edge}")
        for name, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "auto")):
            border.set(qn(name), value)
        borders.append(border)
    properties.insert_element_before(borders, *TABLE_BORDER_SUCCESSORS)
    description = OxmlElement("w:tblCaption")
    description.set(qn("w:val"), caption)
    properties.insert_element_before(description, "w:tblDescription", "w:tblPrChange")


def _signature_line(paragraph: Paragraph) -> None:
    """A drawn line to sign on, instead of underscores that screen readers would spell out."""
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(name), value)
    borders.append(bottom)
    properties.insert_element_before(borders, *PARAGRAPH_BORDER_SUCCESSORS)
    paragraph.paragraph_format.right_indent = Cm(9)
    paragraph.paragraph_format.space_before = Pt(24)
