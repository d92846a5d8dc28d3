"""Paragraph styles of a .docx (styles.xml), each read when a paragraph first uses it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from plans.checking.ooxml import NUMPR, OUTLINE, PPR, RPR, SAFE_PARSER, VAL, B, W, _w, on

HEADING_NAME = re.compile(r"(?:heading|rubrik|overskrift|otsikko|berschrift)\s*(\d)", re.IGNORECASE)
TITLE_NAMES = {"title", "rubrik", "titel", "subtitle", "underrubrik"}
TOC_STYLE = re.compile(r"^(?:toc|innehåll|innehållsförteckning|contents)\s*\d", re.IGNORECASE)


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
        bold=rpr is not None and on(rpr.find(B)),
        numbered=numbered,
    )


class Styles:
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
