"""Read a .docx into a Document: one lxml walk over word/document.xml, styles resolved once.

Headings are found the way real plans mark them: heading styles in any language and custom styles
(through the style's name, outline level and based-on chain), an outline level on the paragraph,
numbered text headings ("4.1 Kartläggningsmetoder"), and short bold or all-caps paragraphs standing
alone. Table-of-contents lines (a TOC field, TOC styles, or typed lines with page numbers) are
marked and never become content.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass

from lxml import etree

from plans.checking.document import Block, BlockKind, CoreProperties, Document, Section
from plans.checking.package import PACKAGE_RELS_PART, main_part_of

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V = "urn:schemas-microsoft-com:vml"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, SDT, SDT_CONTENT, R, T, TAB, BR, CR = (
    _w(t) for t in ("p", "tbl", "sdt", "sdtContent", "r", "t", "tab", "br", "cr")
)
PPR, PSTYLE, OUTLINE, NUMPR, RPR, B, CAPS, VAL = (
    _w(t) for t in ("pPr", "pStyle", "outlineLvl", "numPr", "rPr", "b", "caps", "val")
)
TR, TC, FLDCHAR, INSTR, FLDSIMPLE, HYPERLINK, INS, SMARTTAG, DRAWING, PICT, TXBX = (
    _w(t)
    for t in (
        "tr",
        "tc",
        "fldChar",
        "instrText",
        "fldSimple",
        "hyperlink",
        "ins",
        "smartTag",
        "drawing",
        "pict",
        "txbxContent",
    )
)
DOCPR = f"{{{WP}}}docPr"
FALLBACK = f"{{{MC}}}Fallback"
ALTERNATE = f"{{{MC}}}AlternateContent"
CHOICE = f"{{{MC}}}Choice"
VSHAPE = f"{{{V}}}shape"
VIMAGEDATA = f"{{{V}}}imagedata"

HEADING_NAME = re.compile(r"(?:heading|rubrik|overskrift|otsikko|berschrift)\s*(\d)", re.IGNORECASE)
TITLE_NAMES = {"title", "rubrik", "titel", "subtitle", "underrubrik"}
TOC_STYLE = re.compile(r"^(?:toc|innehåll|innehållsförteckning|contents)\s*\d", re.IGNORECASE)
TOC_TITLE = re.compile(r"^(?:innehållsförteckning|innehåll|table of contents|contents)$", re.IGNORECASE)
# "Kartläggning ........ 7", "2.1 Elevernas delaktighet\t5"
TOC_LINE = re.compile(r"^(?P<title>\S.{1,150}?)(?:[\s.·…_\-]{2,}|\t+)\s*(?P<page>\d{1,3})$")
NUMBERED_HEADING = re.compile(
    r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>[A-ZÅÄÖÉÜa-zåäöéü].{1,100})$"
)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


class DocumentUnreadable(Exception):
    """The package was accepted, but its content cannot be read as a document."""

    code = "unreadable"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str
    outline: int | None
    bold: bool
    numbered: bool


_STYLE_START = re.compile(rb"<w:style\b([^>]*)>")
_STYLE_ID = re.compile(rb'w:styleId="([^"]*)"')


def _read_style(style: etree._Element) -> _Style:
    name_el = style.find(_w("name"))
    based_el = style.find(_w("basedOn"))
    ppr = style.find(PPR)
    outline = None
    numbered = False
    if ppr is not None:
        outline_el = ppr.find(OUTLINE)
        if outline_el is not None and outline_el.get(VAL, "").isdigit():
            outline = int(outline_el.get(VAL, "9"))
        numbered = ppr.find(NUMPR) is not None
    rpr = style.find(RPR)
    return _Style(
        name=(name_el.get(VAL, "") if name_el is not None else style.get(_w("styleId"), "")),
        based_on=(based_el.get(VAL, "") if based_el is not None else ""),
        outline=outline,
        bold=rpr is not None and _on(rpr.find(B)),
        numbered=numbered,
    )


class _Styles:
    """Paragraph styles from styles.xml, each read when a paragraph first uses it.

    Templates carry hundreds of styles (python-docx's default styles.xml is 350 kB) while a plan
    uses a handful, so the part is scanned once for where each style starts and only the styles in
    use (and their based-on chains) are parsed. Parts that do not use the conventional "w:" prefix
    are parsed whole.
    """

    def __init__(self, data: bytes | None) -> None:
        self._data = data or b""
        self._parsed: dict[str, _Style | None] = {}
        self._offsets: dict[str, int] = {}
        self._levels: dict[str, int | None] = {}
        self.default_paragraph = ""
        if not data:
            return
        head = data[:4096]
        if re.search(rb'xmlns:w="' + W.encode() + rb'"', head) and not head.startswith(b"\xff\xfe"):
            for match in _STYLE_START.finditer(data):
                attributes = match.group(1)
                if b'w:type="paragraph"' not in attributes:
                    continue
                style_id = _STYLE_ID.search(attributes)
                if style_id is None:
                    continue
                key = style_id.group(1).decode("utf-8", "replace")
                self._offsets.setdefault(key, match.start())
                if re.search(rb'w:default="(?:1|true)"', attributes):
                    self.default_paragraph = key
        else:
            root = etree.fromstring(data, parser=SAFE_PARSER)
            for style in root.iterchildren(_w("style")):
                if style.get(_w("type")) == "paragraph":
                    key = style.get(_w("styleId"), "")
                    self._parsed.setdefault(key, _read_style(style))
                    if style.get(_w("default")) in ("1", "true"):
                        self.default_paragraph = key

    def get(self, style_id: str) -> _Style | None:
        if style_id in self._parsed:
            return self._parsed[style_id]
        offset = self._offsets.get(style_id)
        style = None
        if offset is not None:
            end = self._data.find(b"</w:style>", offset)
            tag_end = self._data.find(b">", offset)
            if self._data[tag_end - 1 : tag_end] == b"/":
                fragment = self._data[offset : tag_end + 1]
            elif end >= 0:
                fragment = self._data[offset : end + len(b"</w:style>")]
            else:
                fragment = b""
            if fragment:
                wrapped = b'<w:styles xmlns:w="' + W.encode() + b'">' + fragment + b"</w:styles>"
                root = etree.fromstring(wrapped, parser=SAFE_PARSER)
                element = root.find(_w("style"))
                style = _read_style(element) if element is not None else None
        self._parsed[style_id] = style
        return style

    def heading_level(self, style_id: str) -> int | None:
        if style_id not in self._levels:
            self._levels[style_id] = self._resolve(style_id)
        return self._levels[style_id]

    def _resolve(self, style_id: str) -> int | None:
        seen: set[str] = set()
        current = style_id
        while current and current not in seen:
            seen.add(current)
            style = self.get(current)
            name = style.name if style else current
            if TOC_STYLE.match(name):
                return None
            if name.strip().lower() in TITLE_NAMES:
                return 0
            match = HEADING_NAME.search(name) or HEADING_NAME.search(current)
            if match:
                return int(match.group(1))
            if style is None:
                return None
            if style.outline is not None and style.outline < 9:
                return style.outline + 1
            current = style.based_on
        return None

    def is_toc(self, style_id: str) -> bool:
        style = self.get(style_id)
        return bool(TOC_STYLE.match(style.name if style else style_id))

    def is_bold(self, style_id: str) -> bool:
        seen: set[str] = set()
        current = style_id or self.default_paragraph
        while current and current not in seen:
            seen.add(current)
            style = self.get(current)
            if style is None:
                return False
            if style.bold:
                return True
            current = style.based_on
        return False

    def is_list(self, style_id: str) -> bool:
        style = self.get(style_id)
        return style is not None and (
            style.numbered or "list" in style.name.lower() or "lista" in style.name.lower()
        )


def _on(element: etree._Element | None) -> bool:
    return element is not None and element.get(VAL, "true") not in ("0", "false", "none")


@dataclass
class _Paragraph:
    text: str
    tabbed: bool  # a tab before a trailing page number marks a TOC line
    style_id: str
    outline: int | None
    numbered: bool
    all_bold: bool
    all_caps: bool
    images: list[str]
    boxes: list[etree._Element]


class _Walker:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.blocks: list[Block] = []
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
            elif tag in (INS, SMARTTAG, ALTERNATE, CHOICE) or tag == _w("customXml"):
                self.walk(child)

    def paragraph(self, element: etree._Element) -> None:
        para = self.read_paragraph(element)
        in_toc = self.toc_depth is not None or self.in_toc_sdt > 0 or self.styles.is_toc(para.style_id)
        text = para.text
        if text:
            self.add_paragraph_block(para, in_toc)
        for alt in para.images:
            self.blocks.append(Block(len(self.blocks), BlockKind.IMAGE, alt, alt=alt))
        for box in para.boxes:
            self.walk(box)

    def add_paragraph_block(self, para: _Paragraph, in_toc: bool) -> None:
        text = para.text
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
        self.blocks.append(Block(len(self.blocks), kind, text, level=level or 0, in_toc=in_toc))

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
        """One pass over the paragraph's children; runs inside links, insertions and fields too."""
        para = _Paragraph("", False, "", None, False, False, False, [], [])
        parts: list[str] = []
        counts = [0, 0, 0]  # runs with text, bold runs, all-caps runs
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
            elif tag in _RUN_CONTAINERS:
                self._container(child, para, parts, counts)
        raw = "".join(parts)
        runs, bold_runs, caps_runs = counts
        para.text = _clean(raw) if raw else ""
        para.tabbed = "\t" in raw and bool(_TABBED_PAGE.search(raw))
        para.all_bold = runs > 0 and bold_runs == runs
        para.all_caps = runs > 0 and caps_runs == runs
        return para

    def _container(
        self, element: etree._Element, para: _Paragraph, parts: list[str], counts: list[int]
    ) -> None:
        if element.tag == FLDSIMPLE and element.get(_w("instr"), "").strip().upper().startswith("TOC"):
            return
        for child in element:
            tag = child.tag
            if tag == R:
                self._run(child, para, parts, counts)
            elif tag in _RUN_CONTAINERS:
                self._container(child, para, parts, counts)

    def _run(self, run: etree._Element, para: _Paragraph, parts: list[str], counts: list[int]) -> None:
        out: list[str] = []
        bold = caps = False
        for child in run:
            tag = child.tag
            if tag == T:
                out.append(child.text or "")
            elif tag == RPR:
                for prop in child:
                    if prop.tag == B:
                        bold = _on(prop)
                    elif prop.tag == CAPS:
                        caps = _on(prop)
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
                self._media(child, para.images, para.boxes)
        text = out[0] if len(out) == 1 else "".join(out)
        if not text or text.isspace():
            return
        parts.append(text)
        counts[0] += 1
        counts[1] += bold
        counts[2] += caps

    def _media(self, element: etree._Element, images: list[str], boxes: list[etree._Element]) -> None:
        for node in element.iter(DOCPR, VSHAPE, TXBX, FALLBACK):
            if node.tag == DOCPR:
                images.append((node.get("descr") or node.get("title") or "").strip())
            elif node.tag == VSHAPE and node.find(VIMAGEDATA) is not None and not _inside_fallback(node):
                images.append((node.get("alt") or "").strip())
            elif node.tag == TXBX and not _inside_fallback(node):
                boxes.append(node)

    def table(self, element: etree._Element) -> None:
        rows: list[tuple[str, ...]] = []
        for row in element.iterchildren(TR):
            cells: list[str] = []
            for cell in row.iterchildren(TC):
                texts = []
                for para in cell.iter(P):
                    text = self.read_paragraph(para).text
                    if text:
                        texts.append(text)
                cells.append(" ".join(texts))
            if any(cells):
                rows.append(tuple(cells))
        images = [(node.get("descr") or node.get("title") or "").strip() for node in element.iter(DOCPR)]
        if rows:
            text = "\n".join(" | ".join(cell for cell in row if cell) for row in rows)
            self.blocks.append(
                Block(len(self.blocks), BlockKind.TABLE, text, rows=tuple(rows), in_toc=self.in_toc_sdt > 0)
            )
        for alt in images:
            self.blocks.append(Block(len(self.blocks), BlockKind.IMAGE, alt, alt=alt))


def _inside_fallback(node: etree._Element) -> bool:
    parent = node.getparent()
    while parent is not None:
        if parent.tag == FALLBACK:
            return True
        parent = parent.getparent()
    return False


_RUN_CONTAINERS = frozenset({HYPERLINK, INS, SMARTTAG, FLDSIMPLE, _w("customXml")})
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


def _part_text(root: etree._Element) -> str:
    return _clean(" ".join(node.text or "" for node in root.iter(T)))


def _properties(archive: zipfile.ZipFile, names: set[str]) -> CoreProperties:
    if "docProps/core.xml" not in names:
        return CoreProperties()
    root = etree.fromstring(archive.read("docProps/core.xml"), parser=SAFE_PARSER)
    values: dict[str, str] = {}
    for child in root.iterchildren():
        values[etree.QName(child).localname] = (child.text or "").strip()
    return CoreProperties(
        title=values.get("title", ""),
        author=values.get("creator", ""),
        language=values.get("language", ""),
        created=values.get("created", ""),
        modified=values.get("modified", ""),
    )


REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _related_parts(archive: zipfile.ZipFile, names: set[str], part: str) -> dict[str, list[str]]:
    """The parts a part points to, by relationship type (styles, header, footer), in order."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    related: dict[str, list[str]] = {}
    if rels_name not in names:
        return related
    for rel in etree.fromstring(archive.read(rels_name), parser=SAFE_PARSER):
        kind, target = rel.get("Type", ""), rel.get("Target", "")
        if not kind.startswith(REL_TYPES) or not target or rel.get("TargetMode") == "External":
            continue
        resolved = posixpath.normpath(
            target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        )
        if resolved in names:
            related.setdefault(kind.removeprefix(REL_TYPES), []).append(resolved)
    return related


def read_document(data: bytes) -> Document:
    """Read the bytes of an accepted .docx into a Document (raises DocumentUnreadable).

    The main part and its styles, headers and footers are found through the package's
    relationships, as Word does, not by their usual names.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            package_rels = (
                etree.fromstring(archive.read(PACKAGE_RELS_PART), parser=SAFE_PARSER)
                if PACKAGE_RELS_PART in names
                else None
            )
            main = main_part_of(package_rels)
            if main not in names:
                raise DocumentUnreadable(f"no main document part ({main})")
            related = _related_parts(archive, names, main)
            styles_part = next(iter(related.get("styles", [])), None)
            styles = archive.read(styles_part) if styles_part else None
            root = etree.fromstring(archive.read(main), parser=SAFE_PARSER)
            body = root.find(_w("body"))
            if body is None:
                raise DocumentUnreadable("the document has no body")
            walker = _Walker(_Styles(styles))
            walker.walk(body)
            headers = tuple(
                _part_text(etree.fromstring(archive.read(name), parser=SAFE_PARSER))
                for name in related.get("header", [])
            )
            footers = tuple(
                _part_text(etree.fromstring(archive.read(name), parser=SAFE_PARSER))
                for name in related.get("footer", [])
            )
            properties = _properties(archive, names)
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
    blocks = walker.blocks
    return Document(
        blocks=tuple(blocks),
        sections=build_sections(blocks),
        headers=tuple(h for h in headers if h),
        footers=tuple(f for f in footers if f),
        properties=properties,
    )
