"""Read a .docx into a Document: one lxml walk over the main part, styles resolved once.

Headings are found the way real plans mark them: heading styles in any language and custom styles
(through the style's name, outline level and based-on chain), an outline level on the paragraph,
numbered text headings ("4.1 Kartläggningsmetoder"), and short bold or all-caps paragraphs standing
alone. Table-of-contents lines (a TOC field, TOC styles, or typed lines with page numbers) are
marked and never become content. Content controls, tracked insertions and moves, text boxes and
nested tables are read as Word shows them; tracked deletions, comments, headers and footers are kept
apart as asides (scanned for personal data, never content); footnotes and endnotes are read both as
asides and as content beside the paragraph that refers to them. Every picture, in the body or in a
header, footer or note, is listed for the alternative-text check.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from lxml import etree

from plans.checking.document import Aside, Block, BlockKind, Document, ImageRef, Section
from plans.checking.media import Picture, pictures_in
from plans.checking.ooxml import (
    ALTERNATE,
    BR,
    CAPS,
    CHOICE,
    COLOR,
    COMMENT_REF,
    CR,
    CUSTOMXML,
    DEL,
    DELTEXT,
    DRAWING,
    ENDNOTE_REF,
    FLDCHAR,
    FLDSIMPLE,
    FOOTNOTE_REF,
    HIGHLIGHT,
    HYPERLINK,
    INS,
    INSTR,
    ITALIC,
    MOVETO,
    NUMPR,
    OUTLINE,
    PICT,
    PPR,
    PSTYLE,
    RPR,
    RSTYLE,
    SAFE_PARSER,
    SDT,
    SDT_CONTENT,
    SMARTTAG,
    TAB,
    TBL,
    TC,
    TR,
    VAL,
    B,
    P,
    R,
    T,
    _w,
    on,
    text_boxes,
)
from plans.checking.package import PACKAGE_RELS_PART, main_part_of
from plans.checking.parts import Relationship, core_properties, relationships
from plans.checking.reflow import reflow
from plans.checking.styles import Styles

TOC_TITLE = re.compile(r"^(?:innehållsförteckning|innehåll|table of contents|contents)$", re.IGNORECASE)
# "Kartläggning ........ 7", "2.1 Elevernas delaktighet\t5"
TOC_LINE = re.compile(r"^(?P<title>\S.{1,150}?)(?:[\s.·…_\-]{2,}|\t+)\s*(?P<page>\d{1,3})$")
NUMBERED_HEADING = re.compile(
    r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>[A-ZÅÄÖÉÜa-zåäöéü].{1,100})$"
)


class DocumentUnreadable(Exception):
    """The package was accepted, but its content cannot be read as a document."""

    code = "unreadable"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class _Paragraph:
    """What one paragraph holds; a plain class with slots, made for every paragraph read."""

    __slots__ = (
        "all_bold",
        "all_caps",
        "boxes",
        "deleted",
        "hint",
        "notes",
        "numbered",
        "outline",
        "pictures",
        "style_id",
        "tabbed",
        "text",
    )

    def __init__(self) -> None:
        self.text = ""
        self.tabbed = False  # a tab before a trailing page number marks a TOC line
        self.style_id = ""
        self.outline: int | None = None
        self.numbered = False
        self.all_bold = False
        self.all_caps = False
        self.pictures: list[Picture] = []
        self.boxes: list[etree._Element] = []
        self.notes: list[tuple[str, str]] = []  # ("footnote" | "endnote" | "comment", id)
        self.deleted: list[str] = []
        self.hint = False  # every run with text looks like template guidance


class _Walker:
    """Walks one part (the body, a header, a note) into blocks, asides and pictures."""

    def __init__(
        self, styles: Styles, notes: dict[tuple[str, str], str] | None = None, *, structure: bool = True
    ) -> None:
        self.styles = styles
        self.notes = notes or {}
        self.structure = structure  # headings and lists matter in the body; a header or a note is text
        self.blocks: list[Block] = []
        self.asides: list[Aside] = []
        self.pictures: list[tuple[Picture, int]] = []
        self.referenced: set[tuple[str, str]] = set()
        self.field_depth = 0
        self.toc_depth: int | None = None  # depth of an open TOC field
        self.in_toc_sdt = 0

    # --- structure ---

    def walk(self, container: etree._Element) -> None:
        for child in container.iterchildren():
            tag = child.tag
            if tag == P:
                self.paragraph(child)
            elif tag == TBL:
                self.table(child)
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    gallery = child.find(f"{_w('sdtPr')}/{_w('docPartObj')}/{_w('docPartGallery')}")
                    is_toc = gallery is not None and "content" in gallery.get(VAL, "").lower()
                    self.in_toc_sdt += is_toc
                    self.walk(content)
                    self.in_toc_sdt -= is_toc
            elif tag in (INS, MOVETO, SMARTTAG, ALTERNATE, CHOICE, CUSTOMXML):
                self.walk(child)

    def paragraph(self, element: etree._Element) -> None:
        para = self.read_paragraph(element)
        if para.text:
            in_toc = self.structure and (
                self.toc_depth is not None or self.in_toc_sdt > 0 or self.styles.is_toc(para.style_id)
            )
            self.add_paragraph_block(para, in_toc)
        if para.pictures or para.deleted or para.notes:
            self.attach(para)
        for box in para.boxes:
            self.walk(box)

    def attach(self, para: _Paragraph) -> None:
        """What a paragraph carries besides its text: pictures, notes, comments, deleted text."""
        anchor = max(len(self.blocks) - 1, 0)
        for picture in para.pictures:
            self.pictures.append((picture, len(self.blocks)))
            self.blocks.append(Block(len(self.blocks), BlockKind.IMAGE, picture.alt, alt=picture.alt))
        for text in para.deleted:
            self.asides.append(Aside("tracked_deletion", text, anchor))
        for kind, note_id in para.notes:
            text = self.notes.get((kind, note_id), "")
            self.referenced.add((kind, note_id))
            if not text:
                continue
            if kind == "comment":
                self.asides.append(Aside("comment", text, anchor))
                continue
            # A footnote belongs with the paragraph that refers to it: read it right after.
            self.asides.append(Aside(kind, text, len(self.blocks)))
            self.blocks.append(Block(len(self.blocks), BlockKind.PARAGRAPH, text))

    def add_paragraph_block(self, para: _Paragraph, in_toc: bool) -> None:
        text = para.text
        if not self.structure:
            self.blocks.append(Block(len(self.blocks), BlockKind.PARAGRAPH, text))
            return
        if not in_toc and (TOC_LINE.match(text) or para.tabbed) and self._typed_toc_context():
            in_toc = True
        level = None if in_toc else self.heading_level(para)
        if level is not None:
            kind = BlockKind.HEADING
            if TOC_TITLE.match(text.rstrip(":")):
                # The TOC's own title is not a section; the lines after it are TOC lines.
                kind, in_toc, level = BlockKind.PARAGRAPH, True, None
        elif para.numbered or self.styles.is_list(para.style_id):
            kind = BlockKind.LIST_ITEM
        elif TOC_TITLE.match(text.rstrip(":")):
            kind, in_toc = BlockKind.PARAGRAPH, True
        else:
            kind = BlockKind.PARAGRAPH
        self.blocks.append(
            Block(len(self.blocks), kind, text, level=level or 0, in_toc=in_toc, hint=para.hint and not level)
        )

    def _typed_toc_context(self) -> bool:
        """A page-numbered line is a TOC line when it follows a TOC title or another TOC line."""
        return any(block.in_toc for block in self.blocks[-3:])

    def heading_level(self, para: _Paragraph) -> int | None:
        text = para.text
        if para.outline is not None and para.outline < 9:
            return para.outline + 1
        level = self.styles.heading_level(para.style_id) if para.style_id else None
        if level is not None:
            return level
        if len(text) > 120 or (text.endswith((".", ",", ";")) and not NUMBERED_HEADING.match(text)):
            return None
        words = len(text.split())
        numbered = NUMBERED_HEADING.match(text)
        if numbered and words <= 14 and not text.endswith(".") and para.numbered is False:
            title = numbered.group("title")
            if not re.search(r"\d{4}", numbered.group("number")) and not title[:1].isdigit():
                return numbered.group("number").count(".") + 1
        letters = [c for c in text if c.isalpha()]
        if words <= 12 and len(letters) >= 3 and not text.endswith(":"):
            if para.all_caps or (all(c.isupper() for c in letters) and len(letters) >= 4):
                return 1
            if para.all_bold or self.styles.is_bold(para.style_id):
                return 2
        return None

    def read_paragraph(self, element: etree._Element) -> _Paragraph:
        """One pass over the paragraph's children; runs inside links, insertions, fields and inline
        content controls too."""
        para = _Paragraph()
        parts: list[str] = []
        counts = [0, 0, 0, 0]  # runs with text, bold runs, all-caps runs, guidance-looking runs
        for child in element:
            tag = child.tag
            if tag == R:
                self._run(child, para, parts, counts)
            elif tag == PPR:
                for prop in child:
                    prop_tag = prop.tag
                    if prop_tag == PSTYLE:
                        para.style_id = prop.get(VAL, "")
                    elif prop_tag == OUTLINE:
                        value = prop.get(VAL, "")
                        para.outline = int(value) if value.isdigit() else None
                    elif prop_tag == NUMPR:
                        para.numbered = True
            elif tag in _ENTERED:  # not bookmarks, proofing marks and the like
                self._container(child, para, parts, counts)
        raw = "".join(parts)
        runs, bold_runs, caps_runs, hinted = counts
        para.text = _clean(raw) if raw else ""
        para.tabbed = "\t" in raw and bool(_TABBED_PAGE.search(raw))
        para.all_bold = runs > 0 and bold_runs == runs
        para.all_caps = runs > 0 and caps_runs == runs
        para.hint = runs > 0 and hinted == runs
        return para

    def _container(
        self, element: etree._Element, para: _Paragraph, parts: list[str], counts: list[int]
    ) -> None:
        tag = element.tag
        if tag == DEL:
            deleted = _clean("".join(node.text or "" for node in element.iter(DELTEXT)))
            if deleted:
                para.deleted.append(deleted)
            return
        if tag == SDT:
            content = element.find(SDT_CONTENT)
            if content is not None:
                self._container(content, para, parts, counts)
            return
        if tag not in _RUN_CONTAINERS:
            return  # moveFrom: the text stands where it was moved to; bookmarks, proofing marks
        if tag == FLDSIMPLE and element.get(_w("instr"), "").strip().upper().startswith("TOC"):
            return
        for child in element:
            if child.tag == R:
                self._run(child, para, parts, counts)
            elif child.tag in _ENTERED:
                self._container(child, para, parts, counts)

    def _run(self, run: etree._Element, para: _Paragraph, parts: list[str], counts: list[int]) -> None:
        out: list[str] = []
        bold = caps = italic = grey = marked = False
        for child in run:
            tag = child.tag
            if tag == T:
                out.append(child.text or "")
            elif tag == RPR:
                for prop in child:
                    prop_tag = prop.tag
                    if prop_tag == B:
                        bold = on(prop)
                    elif prop_tag == CAPS:
                        caps = on(prop)
                    elif prop_tag == ITALIC:
                        italic = on(prop)
                    elif prop_tag == COLOR:
                        grey = _greyish(prop.get(VAL, ""))
                    elif prop_tag == HIGHLIGHT:
                        marked = prop.get(VAL, "none") != "none"
                    elif prop_tag == RSTYLE:
                        marked = (
                            marked
                            or "placeholder" in prop.get(VAL, "").lower()
                            or "platsh" in prop.get(VAL, "").lower()
                        )
            elif tag == TAB:
                out.append("\t")
            elif tag in (BR, CR):
                out.append(" ")
            elif tag == FLDCHAR:
                kind = child.get(_w("fldCharType"))
                if kind == "begin":
                    self.field_depth += 1
                elif kind == "end":
                    if self.toc_depth is not None and self.field_depth == self.toc_depth:
                        self.toc_depth = None
                    self.field_depth = max(0, self.field_depth - 1)
            elif tag == INSTR:
                if (child.text or "").strip().upper().startswith("TOC") and self.toc_depth is None:
                    self.toc_depth = self.field_depth
            elif tag in (DRAWING, PICT, ALTERNATE):
                para.pictures.extend(pictures_in(child))
                para.boxes.extend(text_boxes(child))
            elif tag in (FOOTNOTE_REF, ENDNOTE_REF, COMMENT_REF):
                para.notes.append((_NOTE_REFERENCES[str(tag)], child.get(_w("id"), "")))
            elif tag == DELTEXT:
                para.deleted.append(child.text or "")
        text = out[0] if len(out) == 1 else "".join(out)
        if not text or text.isspace():
            return
        parts.append(text)
        counts[0] += 1
        counts[1] += bold
        counts[2] += caps
        counts[3] += (italic and grey) or marked

    def table(self, element: etree._Element) -> None:
        """A table of cells, row by row; a layout table (one cell, or cells holding tables) is read
        as the content it lays out, so a measures table inside a frame stays a table."""
        grid = [list(_cells(row)) for row in _rows(element)]
        if (len(grid) == 1 and len(grid[0]) == 1) or any(
            _children(cell, TBL) for row in grid for cell in row
        ):
            for row in grid:
                for cell in row:
                    self.walk(cell)
            return
        rows: list[tuple[str, ...]] = []
        carried: list[_Paragraph] = []
        above: dict[int, str] = {}  # a vertically merged cell's text, by grid column
        for row in grid:
            cells: list[str] = []
            column = 0
            for cell in row:
                span, merge = _span_and_merge(cell)
                if merge == "continue":
                    # Word shows one cell across the merged rows: each row has its text
                    # ("Idrottslärarna" owning three measures in one merged owner cell).
                    cells.append(above.get(column, ""))
                    column += span
                    continue
                texts = []
                for para in _cell_paragraphs(cell):
                    read = self.read_paragraph(para)
                    carried.append(read)
                    if read.text:
                        texts.append(read.text)
                    texts.extend(
                        self.read_paragraph(inner).text for box in read.boxes for inner in box.iter(P)
                    )
                cells.append(" ".join(t for t in texts if t))
                if merge == "restart":
                    above[column] = cells[-1]
                column += span
            if any(cells):
                rows.append(tuple(cells))
        if rows:
            text = "\n".join(" | ".join(cell for cell in row if cell) for row in rows)
            self.blocks.append(
                Block(len(self.blocks), BlockKind.TABLE, text, rows=tuple(rows), in_toc=self.in_toc_sdt > 0)
            )
        for read in carried:
            if read.pictures or read.deleted or read.notes:
                read.boxes = []
                self.attach(read)


def _greyish(value: str) -> bool:
    """A grey or pale colour (the template's instruction text), not black, auto or a strong colour."""
    if len(value) != 6:
        return False
    try:
        red, green, blue = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    return max(red, green, blue) - min(red, green, blue) <= 40 and 0x60 <= max(red, green, blue) <= 0xD8


_NOTE_REFERENCES = {FOOTNOTE_REF: "footnote", ENDNOTE_REF: "endnote", COMMENT_REF: "comment"}
_WRAPPERS = (SDT, SDT_CONTENT, CUSTOMXML, INS, MOVETO)


_TCPR, _GRID_SPAN, _VMERGE, _VAL = _w("tcPr"), _w("gridSpan"), _w("vMerge"), _w("val")


def _span_and_merge(cell: etree._Element) -> tuple[int, str]:
    """The grid columns a cell spans, and whether it starts or continues a vertical merge."""
    properties = cell.find(_TCPR)
    if properties is None:
        return 1, ""
    span_element = properties.find(_GRID_SPAN)
    try:
        span = max(1, int(span_element.get(_VAL, "1"))) if span_element is not None else 1
    except ValueError:
        span = 1
    merge_element = properties.find(_VMERGE)
    if merge_element is None:
        return span, ""
    return span, "restart" if merge_element.get(_VAL) == "restart" else "continue"


def _rows(table: etree._Element) -> list[etree._Element]:
    """The table's rows, also those inside content controls ("repeating section" rows)."""
    return _children(table, TR)


def _cells(row: etree._Element) -> list[etree._Element]:
    return _children(row, TC)


def _children(element: etree._Element, tag: str) -> list[etree._Element]:
    found = []
    for child in element.iterchildren():
        if child.tag == tag:
            found.append(child)
        elif child.tag in _WRAPPERS:
            found.extend(_children(child, tag))
    return found


def _cell_paragraphs(cell: etree._Element) -> list[etree._Element]:
    return _children(cell, P)


_RUN_CONTAINERS = frozenset({HYPERLINK, INS, MOVETO, SMARTTAG, FLDSIMPLE, CUSTOMXML, SDT_CONTENT})
_ENTERED = _RUN_CONTAINERS | {DEL, SDT}
_TABBED_PAGE = re.compile(r"\t\s*\d{1,3}\s*$")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u00ad", "")).strip()


def build_sections(blocks: list[Block]) -> tuple[Section, ...]:
    """One section per heading (plus a leading untitled one for the front matter)."""
    headings = [b for b in blocks if b.kind == BlockKind.HEADING]
    sections: list[Section] = []
    first = headings[0].index if headings else len(blocks)
    if first > 0 or not headings:
        sections.append(Section(None, 0, (), 0, first, first))
    stack: list[tuple[int, str]] = []
    for position, heading in enumerate(headings):
        end = headings[position + 1].index if position + 1 < len(headings) else len(blocks)
        subtree_end = len(blocks)
        for later in headings[position + 1 :]:
            if later.level <= heading.level:
                subtree_end = later.index
                break
        if heading.level == 0:  # the document title is not a parent of the sections
            path: tuple[str, ...] = (heading.text,)
        else:
            while stack and stack[-1][0] >= heading.level:
                stack.pop()
            stack.append((heading.level, heading.text))
            path = tuple(text for _, text in stack)
        sections.append(Section(heading, heading.level, path, heading.index, end, subtree_end))
    return tuple(sections)


def read_document(data: bytes) -> Document:
    """Read the bytes of an accepted .docx into a Document (raises DocumentUnreadable).

    The main part and its styles, headers, footers, notes and comments are found through the
    package's relationships, as Word does, not by their usual names.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _read(archive)
    except DocumentUnreadable:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        etree.LxmlError,
        ValueError,
        OSError,
        EOFError,
    ) as error:
        raise DocumentUnreadable(f"{type(error).__name__}: {error}"[:500]) from None


def _read(archive: zipfile.ZipFile) -> Document:
    names = set(archive.namelist())
    package_rels = (
        etree.fromstring(archive.read(PACKAGE_RELS_PART), parser=SAFE_PARSER)
        if PACKAGE_RELS_PART in names
        else None
    )
    main = main_part_of(package_rels)
    if main not in names:
        raise DocumentUnreadable(f"no main document part ({main})")
    rels = relationships(archive, names, main)
    styles_part = next((r.target for r in rels.values() if r.kind == "styles"), None)
    styles = Styles(archive.read(styles_part) if styles_part else None)
    images: list[ImageRef] = []
    asides: list[Aside] = []
    notes: dict[tuple[str, str], str] = {}
    for rel in rels.values():
        if rel.kind in ("footnotes", "endnotes", "comments"):
            place = rel.kind[:-1]
            root = etree.fromstring(archive.read(rel.target), parser=SAFE_PARSER)
            for note in root:
                if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                walker = _Walker(styles, structure=False)
                walker.walk(note)
                notes[(place, note.get(_w("id"), ""))] = " ".join(b.text for b in walker.blocks if b.text)
                asides.extend(walker.asides)
                images.extend(_images(walker, place, relationships(archive, names, rel.target)))
    root = etree.fromstring(archive.read(main), parser=SAFE_PARSER)
    body = root.find(_w("body"))
    if body is None:
        raise DocumentUnreadable("the document has no body")
    walker = _Walker(styles, notes)
    walker.walk(body)
    asides.extend(walker.asides)
    images[:0] = _images(walker, "body", rels)
    # Notes no paragraph refers to are still in the file, and so still scanned.
    asides.extend(
        Aside(place, text, -1)
        for (place, note_id), text in notes.items()
        if text and (place, note_id) not in walker.referenced
    )
    margins: dict[str, list[str]] = {"header": [], "footer": []}
    for rel in rels.values():
        if rel.kind in margins:
            part = _Walker(styles, structure=False)
            part.walk(etree.fromstring(archive.read(rel.target), parser=SAFE_PARSER))
            text = "\n".join(b.text for b in part.blocks if b.text)
            if text:
                margins[rel.kind].append(text)
                asides.append(Aside(rel.kind, text))
            asides.extend(part.asides)
            images.extend(_images(part, rel.kind, relationships(archive, names, rel.target)))
    blocks, asides, images = reflow(walker.blocks, asides, images)
    return Document(
        blocks=tuple(blocks),
        sections=build_sections(blocks),
        headers=tuple(margins["header"]),
        footers=tuple(margins["footer"]),
        properties=core_properties(archive, names),
        asides=tuple(asides),
        images=tuple(images),
    )


def _images(walker: _Walker, place: str, rels: dict[str, Relationship]) -> list[ImageRef]:
    """The part's pictures, each keyed by the image part it shows."""
    out = []
    for number, (picture, anchor) in enumerate(walker.pictures):
        rel = rels.get(picture.relationship)
        key = rel.target if rel else f"{place}:{picture.relationship or number}"
        out.append(ImageRef(place, picture.alt, picture.decorative, key, anchor if place == "body" else -1))
    return out
