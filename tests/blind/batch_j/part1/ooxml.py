"""Tiny deterministic OOXML (.docx) writer for blind test material.

Builds WordprocessingML by hand so that style ids, list numbering, comments,
notes, text boxes, tracked changes, hyperlinks, pictures and charts can be
shaped like the producing application (Word sv/en, Google Docs, LibreOffice)
would write them.  No randomness; fixed zip timestamps.
"""
from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape as _escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_DECL = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'mc:Ignorable="w14 wp14"'
)

RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
ZIP_DATE = (2026, 9, 14, 8, 0, 0)
EMU_CM = 360000


def esc(s: str) -> str:
    return _escape(s, {'"': "&quot;"})


DEF = ' w:default="1"'
EXT = ' TargetMode="External"'
SUP = '<w:vertAlign w:val="superscript"/>'


def pst(sty):
    return f'<w:pStyle w:val="{sty}"/>' if sty else ""


def rst(ref, fallback=""):
    return f'<w:rStyle w:val="{ref}"/>' if ref else fallback


class X(str):
    """Marks an already-serialised XML fragment."""


# --------------------------------------------------------------------------
# PNG generation (no PIL)
# --------------------------------------------------------------------------

def png(width: int, height: int, painter) -> bytes:
    """painter(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(painter(x, y))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def png_logo(color=(30, 90, 160), w=96, h=96) -> bytes:
    cx, cy = w / 2, h / 2

    def p(x, y):
        d = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
        if d < w * 0.42:
            if abs(x - cx) < w * 0.08 or abs(y - cy) < h * 0.08:
                return (255, 255, 255)
            return color
        return (255, 255, 255)
    return png(w, h, p)


def png_photo(seed: int, w=160, h=100) -> bytes:
    def p(x, y):
        r = (x * 3 + y * seed) % 256
        g = (y * 2 + seed * 7) % 256
        b = (x + y + seed * 13) % 256
        if y > h * 0.65:
            return (60 + x % 40, 140, 60)
        return (r // 2 + 100, g // 2 + 110, 200 + b // 5 if b < 275 else 255)
    return png(w, h, p)


def png_pictogram(kind: str, w=80, h=80) -> bytes:
    def p(x, y):
        if x < 3 or y < 3 or x >= w - 3 or y >= h - 3:
            return (0, 0, 0)
        if kind == "stop":
            if 20 < x < 60 and 15 < y < 68 and not (20 < x < 60 and 15 < y < 30 and (x - 20) % 10 < 3):
                return (200, 30, 30)
        elif kind == "talk":
            if ((x - 40) ** 2) / 900 + ((y - 35) ** 2) / 400 < 1:
                return (40, 120, 200)
            if 25 < x < 35 and 50 < y < 65:
                return (40, 120, 200)
        elif kind == "border":
            if (x // 8 + y // 8) % 2 == 0:
                return (230, 200, 90)
        return (255, 255, 255)
    return png(w, h, p)


# --------------------------------------------------------------------------
# Style sets
# --------------------------------------------------------------------------

def _pstyle(sid, name, based=None, nxt=None, ppr="", rpr="", default=False, q=True, extra=""):
    s = f'<w:style w:type="paragraph"{DEF if default else ""} w:styleId="{sid}"><w:name w:val="{esc(name)}"/>'
    if based:
        s += f'<w:basedOn w:val="{based}"/>'
    if nxt:
        s += f'<w:next w:val="{nxt}"/>'
    s += extra
    if q:
        s += "<w:qFormat/>"
    if ppr:
        s += f"<w:pPr>{ppr}</w:pPr>"
    if rpr:
        s += f"<w:rPr>{rpr}</w:rPr>"
    return s + "</w:style>"


def _cstyle(sid, name, rpr="", based=None, default=False):
    s = f'<w:style w:type="character"{DEF if default else ""} w:styleId="{sid}"><w:name w:val="{esc(name)}"/>'
    if based:
        s += f'<w:basedOn w:val="{based}"/>'
    if rpr:
        s += f"<w:rPr>{rpr}</w:rPr>"
    return s + "</w:style>"


def _tstyle(sid, name, borders=False, default=False):
    s = f'<w:style w:type="table"{DEF if default else ""} w:styleId="{sid}"><w:name w:val="{esc(name)}"/>'
    if not default:
        s += '<w:basedOn w:val="%s"/>' % ("Normaltabell" if sid == "Tabellrutnt" else "TableNormal")
    s += "<w:tblPr>"
    if borders:
        s += ("<w:tblBorders>" + "".join(
            f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    s += '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    return s


def _heading_ppr(level, outline=True, before=240):
    return (f'<w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="80"/>'
            + (f'<w:outlineLvl w:val="{level - 1}"/>' if outline else ""))


def build_styles(flavor: str, lang: str):
    """Return (roles: dict role->styleId or None, styles_xml)."""
    font = {"google": "Arial", "libre": "Liberation Serif"}.get(flavor, "Calibri")
    head_font = {"google": "Arial", "libre": "Liberation Sans"}.get(flavor, "Calibri Light")
    defaults = (
        '<w:docDefaults><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
        f'<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{lang}" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        + ('<w:spacing w:line="276" w:lineRule="auto"/>' if flavor == "google" else
           '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/>')
        + '</w:pPr></w:pPrDefault></w:docDefaults>'
    )
    hf = f'<w:rFonts w:ascii="{head_font}" w:hAnsi="{head_font}"/>'
    st = []
    if flavor in ("word_en", "word_sv"):
        sv = flavor == "word_sv"
        ids = {
            "normal": "Normal", "h1": "Rubrik1" if sv else "Heading1", "h2": "Rubrik2" if sv else "Heading2",
            "h3": "Rubrik3" if sv else "Heading3", "title": "Rubrik" if sv else "Title",
            "subtitle": "Underrubrik" if sv else "Subtitle", "list": "Liststycke" if sv else "ListParagraph",
            "toch": "Innehllsfrteckningsrubrik" if sv else "TOCHeading", "toc1": "Innehll1" if sv else "TOC1",
            "toc2": "Innehll2" if sv else "TOC2", "header": "Sidhuvud" if sv else "Header",
            "footer": "Sidfot" if sv else "Footer", "fntext": "Fotnotstext" if sv else "FootnoteText",
            "fnref": "Fotnotsreferens" if sv else "FootnoteReference",
            "entext": "Slutkommentarstext" if sv else "EndnoteText",
            "enref": "Slutkommentarsreferens" if sv else "EndnoteReference",
            "cmtext": "Kommentarer" if sv else "CommentText", "cmref": "Kommentarsreferens" if sv else "CommentReference",
            "hyperlink": "Hyperlnk" if sv else "Hyperlink", "table": "Tabellrutnt" if sv else "TableGrid",
            "caption": "Beskrivning" if sv else "Caption",
        }
        st.append(_pstyle("Normal", "Normal", default=True))
        st.append(_cstyle("Standardstycketeckensnitt" if sv else "DefaultParagraphFont", "Default Paragraph Font", default=True))
        st.append(_tstyle("Normaltabell" if sv else "TableNormal", "Normal Table", default=True))
        for lvl, sz, col in ((1, 32, "2F5496"), (2, 26, "2F5496"), (3, 24, "1F3763")):
            st.append(_pstyle(ids[f"h{lvl}"], f"heading {lvl}", "Normal", "Normal", _heading_ppr(lvl),
                              hf + f'<w:color w:val="{col}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>',
                              extra='<w:uiPriority w:val="9"/>'))
        st.append(_pstyle(ids["title"], "Title", "Normal", "Normal", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>',
                          hf + '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>'))
        st.append(_pstyle(ids["subtitle"], "Subtitle", "Normal", "Normal", "", '<w:color w:val="5A5A5A"/><w:spacing w:val="15"/>'))
        st.append(_pstyle(ids["list"], "List Paragraph", "Normal", None, '<w:ind w:left="720"/><w:contextualSpacing/>'))
        st.append(_pstyle(ids["toch"], "TOC Heading", ids["h1"], "Normal", '<w:outlineLvl w:val="9"/>', q=True))
        st.append(_pstyle(ids["toc1"], "toc 1", "Normal", "Normal", '<w:spacing w:after="100"/>', q=False))
        st.append(_pstyle(ids["toc2"], "toc 2", "Normal", "Normal", '<w:spacing w:after="100"/><w:ind w:left="220"/>', q=False))
        st.append(_pstyle(ids["header"], "header", "Normal", None, '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', q=False))
        st.append(_pstyle(ids["footer"], "footer", "Normal", None, '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', q=False))
        st.append(_pstyle(ids["fntext"], "footnote text", "Normal", None, '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>', q=False))
        st.append(_cstyle(ids["fnref"], "footnote reference", '<w:vertAlign w:val="superscript"/>'))
        st.append(_pstyle(ids["entext"], "endnote text", "Normal", None, '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>', q=False))
        st.append(_cstyle(ids["enref"], "endnote reference", '<w:vertAlign w:val="superscript"/>'))
        st.append(_pstyle(ids["cmtext"], "annotation text", "Normal", None, '<w:spacing w:line="240" w:lineRule="auto"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>', q=False))
        st.append(_cstyle(ids["cmref"], "annotation reference", '<w:sz w:val="16"/><w:szCs w:val="16"/>'))
        st.append(_cstyle(ids["hyperlink"], "Hyperlink", '<w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/>'))
        st.append(_tstyle(ids["table"], "Table Grid", borders=True))
        st.append(_pstyle(ids["caption"], "caption", "Normal", "Normal", '<w:spacing w:after="200" w:line="240" w:lineRule="auto"/>', '<w:i/><w:iCs/><w:color w:val="44546A"/><w:sz w:val="18"/>'))
        roles = dict(ids)
        roles.update(body="Normal", tablecell="Normal", tablehead="Normal")
    elif flavor == "google":
        roles = {"normal": "Normal", "body": "Normal", "h1": "Heading1", "h2": "Heading2", "h3": "Heading3",
                 "title": "Title", "subtitle": "Subtitle", "list": "Normal", "tablecell": "Normal",
                 "tablehead": "Normal", "table": "TableNormal"}
        st.append(_pstyle("Normal", "normal", default=True, q=False))
        for lvl, sz, before in ((1, 40, 400), (2, 32, 360), (3, 28, 320)):
            st.append(_pstyle(f"Heading{lvl}", f"heading {lvl}", "Normal", "Normal",
                              f'<w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:before="{before}" w:after="120" w:lineRule="auto"/>',
                              f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>', q=False))
        st.append(_tstyle("TableNormal", "Table Normal", default=True))
        st.append(_pstyle("Title", "Title", "Normal", "Normal",
                          '<w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" w:lineRule="auto"/>',
                          '<w:sz w:val="52"/><w:szCs w:val="52"/>', q=False))
        st.append(_pstyle("Subtitle", "Subtitle", "Normal", "Normal",
                          '<w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="320" w:lineRule="auto"/>',
                          '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/>', q=False))
    elif flavor == "libre":
        roles = {"normal": "Normal", "body": "TextBody", "h1": "Heading1", "h2": "Heading2", "h3": "Heading3",
                 "title": "Title", "subtitle": "Subtitle", "list": "TextBody", "tablecell": "TableContents",
                 "tablehead": "TableHeading", "table": None, "header": "Header", "footer": "Footer",
                 "fntext": "Footnote", "cmtext": None, "hyperlink": "InternetLink", "caption": "Caption"}
        st.append(_pstyle("Normal", "Normal", default=True, ppr='<w:widowControl/><w:bidi w:val="0"/><w:jc w:val="left"/>'))
        st.append(_pstyle("Heading", "Heading", "Normal", "TextBody", '<w:keepNext w:val="true"/><w:spacing w:before="240" w:after="120"/>',
                          '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:eastAsia="Noto Sans CJK SC" w:cs="Lohit Devanagari"/><w:sz w:val="28"/><w:szCs w:val="28"/>'))
        for lvl, sz in ((1, 36), (2, 32), (3, 28)):
            st.append(_pstyle(f"Heading{lvl}", f"heading {lvl}", "Heading", "TextBody",
                              f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="{lvl - 1}"/>',
                              f'<w:b/><w:bCs/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'))
        st.append(_pstyle("TextBody", "Text Body", "Normal", None, '<w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/>'))
        st.append(_pstyle("List", "List", "TextBody", None, "", '<w:rFonts w:cs="Lohit Devanagari"/>'))
        st.append(_pstyle("Caption", "caption", "Normal", None, '<w:suppressLineNumbers/><w:spacing w:before="120" w:after="120"/>', '<w:i/><w:iCs/><w:sz w:val="24"/>'))
        st.append(_pstyle("Index", "Index", "Normal", None, '<w:suppressLineNumbers/>'))
        st.append(_pstyle("TableContents", "Table Contents", "Normal", None, '<w:suppressLineNumbers/>'))
        st.append(_pstyle("TableHeading", "Table Heading", "TableContents", None, '<w:suppressLineNumbers/><w:jc w:val="center"/>', '<w:b/><w:bCs/>'))
        st.append(_pstyle("Title", "Title", "Heading", "TextBody", '<w:jc w:val="center"/>', '<w:b/><w:bCs/><w:sz w:val="56"/><w:szCs w:val="56"/>'))
        st.append(_pstyle("Subtitle", "Subtitle", "Heading", "TextBody", '<w:spacing w:before="60" w:after="120"/><w:jc w:val="center"/>', '<w:sz w:val="36"/><w:szCs w:val="36"/>'))
        st.append(_pstyle("HeaderandFooter", "Header and Footer", "Normal", None, '<w:suppressLineNumbers/><w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs>'))
        st.append(_pstyle("Header", "header", "HeaderandFooter", None, ""))
        st.append(_pstyle("Footer", "footer", "HeaderandFooter", None, ""))
        st.append(_pstyle("Footnote", "Footnote Text", "Normal", None, '<w:suppressLineNumbers/><w:ind w:left="339" w:hanging="339"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>'))
        st.append(_cstyle("InternetLink", "Internet Link", '<w:color w:val="000080"/><w:u w:val="single"/>'))
        st.append(_cstyle("FootnoteCharacters", "Footnote Characters"))
        st.append(_cstyle("FootnoteAnchor", "Footnote Anchor", '<w:vertAlign w:val="superscript"/>'))
        roles["fnref"] = "FootnoteAnchor"
    else:
        raise ValueError(flavor)
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:styles {NS_DECL}>' + defaults
           + '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"/>'
           + "".join(st) + "</w:styles>")
    return roles, xml


# --------------------------------------------------------------------------
# Document builder
# --------------------------------------------------------------------------

class Doc:
    def __init__(self, flavor="word_en", lang="sv-SE", title="", subject="", creator="", last_by=None,
                 created="2026-09-10T07:30:00Z", modified="2026-09-18T14:05:00Z", app=None, keywords=""):
        self.flavor = flavor
        self.lang = lang
        self.roles, self.styles_xml = build_styles(flavor, lang)
        self.meta = dict(title=title, subject=subject, creator=creator, last_by=last_by or creator,
                         created=created, modified=modified, keywords=keywords,
                         app=app or {"google": None, "libre": "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"}.get(flavor, "Microsoft Office Word"))
        self.body: list = []
        self.rels: dict[str, list] = {"word/document.xml": []}
        self.parts: dict[str, bytes] = {}
        self.ctypes: dict[str, str] = {}
        self.cur = "word/document.xml"
        self._docpr = 0
        self._change = 0
        self._bm = 0
        self._shape = 1025
        self.footnotes: list[str] = []
        self.endnotes: list[str] = []
        self.comments: list[str] = []
        self.nums: list[tuple[int, str]] = []
        self.media_targets: dict[str, str] = {}
        self.media_rids: dict[tuple[str, str], str] = {}
        self.n_hdr = 0
        self.n_ftr = 0
        self.n_chart = 0
        self.headings: list[tuple[int, str, str]] = []
        self.track_toc = False
        self.final_sect = self.sect_xml()

    # ---- helpers -----------------------------------------------------
    def role(self, r):
        return self.roles.get(r)

    def rel(self, typ, target, external=False, part=None):
        part = part or self.cur
        lst = self.rels.setdefault(part, [])
        rid = f"rId{len(lst) + 1}"
        lst.append((rid, RT + typ, target, external))
        return rid

    def next_docpr(self):
        self._docpr += 1
        return self._docpr

    def rpr(self, b=False, i=False, u=False, sz=None, color=None, style=None, highlight=None, caps=False, font=None):
        s = ""
        if style:
            s += f'<w:rStyle w:val="{style}"/>'
        if font:
            s += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
        if b:
            s += "<w:b/><w:bCs/>"
        if i:
            s += "<w:i/><w:iCs/>"
        if caps:
            s += "<w:caps/>"
        if color:
            s += f'<w:color w:val="{color}"/>'
        if sz:
            s += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
        if highlight:
            s += f'<w:highlight w:val="{highlight}"/>'
        if u:
            s += '<w:u w:val="single"/>'
        if self.flavor == "google":
            s += '<w:rtl w:val="0"/>'
        return f"<w:rPr>{s}</w:rPr>" if s else ""

    def r(self, text, tag="t", **fmt) -> X:
        rp = self.rpr(**fmt)
        out = []
        for li, line in enumerate(text.split("\n")):
            if li:
                out.append("<w:br/>")
            for ti, seg in enumerate(line.split("\t")):
                if ti:
                    out.append("<w:tab/>")
                if seg:
                    out.append(f'<w:{tag} xml:space="preserve">{esc(seg)}</w:{tag}>')
        return X(f"<w:r>{rp}{''.join(out)}</w:r>")

    def b(self, text, **fmt):
        return self.r(text, b=True, **fmt)

    def i(self, text, **fmt):
        return self.r(text, i=True, **fmt)

    def _runs(self, runs):
        out = []
        for x in runs:
            if isinstance(x, X):
                out.append(x)
            elif isinstance(x, str):
                out.append(self.r(x))
            elif isinstance(x, (list, tuple)):
                out.append(self._runs(x))
            else:
                raise TypeError(x)
        return "".join(out)

    # ---- paragraphs ----------------------------------------------------
    def par(self, *runs, role="body", style=None, num=None, ilvl=0, align=None, ppr="", sect=None,
            bookmark=None, keep_next=False) -> X:
        sid = style or (self.role(role) if role else None)
        p = ""
        if sid:
            p += f'<w:pStyle w:val="{sid}"/>'
        if keep_next:
            p += "<w:keepNext/>"
        if num is not None:
            p += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
            if self.flavor == "google":
                p += f'<w:ind w:left="{720 * (ilvl + 1)}" w:hanging="360"/>'
        p += ppr
        if align:
            p += f'<w:jc w:val="{align}"/>'
        if sect:
            p += sect
        inner = self._runs(runs)
        if bookmark:
            self._bm += 1
            inner = f'<w:bookmarkStart w:id="{self._bm}" w:name="{bookmark}"/>{inner}<w:bookmarkEnd w:id="{self._bm}"/>'
        return X(f"<w:p>{'<w:pPr>' + p + '</w:pPr>' if p else ''}{inner}</w:p>")

    def p(self, *runs, **kw):
        self.body.append(self.par(*runs, **kw))

    def h(self, level, text, **kw):
        bm = None
        if self.track_toc:
            bm = f"_Toc2026{len(self.headings) + 1:04d}"
            self.headings.append((level, text, bm))
        elif self.flavor == "google":
            bm = "_heading=h." + hashlib.sha1(text.encode()).hexdigest()[:6]
        self.body.append(self.par(text, role=f"h{level}", bookmark=bm, **kw))

    def title(self, text, **kw):
        self.body.append(self.par(text, role="title", **kw))

    def subtitle(self, text, **kw):
        self.body.append(self.par(text, role="subtitle", **kw))

    def bold_para(self, text, **kw):
        self.body.append(self.par(self.b(text), role="body", keep_next=True, **kw))

    def raw(self, xml):
        self.body.append(X(xml))

    # ---- lists ---------------------------------------------------------
    def new_list(self, kind="bullet") -> int:
        num_id = len(self.nums) + 1
        lvls = []
        for lvl in range(9):
            ind = 720 * (lvl + 1)
            if kind == "bullet":
                if self.flavor == "google":
                    sym, font = ("●", "○", "■")[lvl % 3], None
                elif self.flavor == "libre":
                    sym, font = "•", "OpenSymbol"
                else:
                    sym, font = ("\uf0b7", "o", "\uf0a7")[lvl % 3], ("Symbol", "Courier New", "Wingdings")[lvl % 3]
                rp = (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font
                      else '<w:rPr><w:u w:val="none"/></w:rPr>')
                lvls.append(f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                            f'<w:lvlText w:val="{esc(sym)}"/><w:lvlJc w:val="left"/>'
                            f'<w:pPr><w:ind w:left="{ind}" w:hanging="360"/></w:pPr>{rp}</w:lvl>')
            else:
                fmt = ("decimal", "lowerLetter", "lowerRoman")[lvl % 3]
                lvls.append(f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                            f'<w:lvlText w:val="%{lvl + 1}."/><w:lvlJc w:val="left"/>'
                            f'<w:pPr><w:ind w:left="{ind}" w:hanging="360"/></w:pPr></w:lvl>')
        nsid = hashlib.md5(f"{self.meta['title']}{num_id}".encode()).hexdigest()[:8].upper()
        absx = (f'<w:abstractNum w:abstractNumId="{num_id - 1}"><w:nsid w:val="{nsid}"/>'
                f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(lvls)}</w:abstractNum>')
        self.nums.append((num_id, absx))
        return num_id

    def li(self, num, *runs, ilvl=0, role="list"):
        self.body.append(self.par(*runs, role=role, num=num, ilvl=ilvl))

    def bullets(self, items, kind="bullet", role="list"):
        n = self.new_list(kind)
        for it in items:
            if isinstance(it, (list, tuple)):
                self.li(n, *it, role=role)
            else:
                self.li(n, it, role=role)
        return n

    # ---- tables --------------------------------------------------------
    def cell_paras(self, content, head=False):
        if isinstance(content, X):
            return content
        if isinstance(content, list):
            return "".join(c if isinstance(c, X) else self.par(c, role="tablehead" if head else "tablecell") for c in content)
        paras = []
        for line in str(content).split("\n"):
            if head and self.flavor != "libre":
                paras.append(self.par(self.b(line), role="tablehead"))
            else:
                paras.append(self.par(line, role="tablehead" if head else "tablecell"))
        return "".join(paras)

    def tbl(self, rows, widths=None, header=True, shade_header=True, total=9062, borders=True) -> X:
        ncol = max(len(r) for r in rows)
        widths = widths or [total // ncol] * ncol
        tsty = self.role("table")
        tp = f'<w:tblStyle w:val="{tsty}"/>' if tsty else ""
        tp += f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        if borders and not tsty or (borders and self.flavor == "google"):
            tp += ("<w:tblBorders>" + "".join(
                f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
        tp += '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [f"<w:tbl><w:tblPr>{tp}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"]
        for ri, row in enumerate(rows):
            head = header and ri == 0
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if head else ""
            cells = []
            for ci, cell in enumerate(row):
                span = 1
                if isinstance(cell, tuple):
                    cell, span = cell
                w = sum(widths[ci:ci + span])
                tcp = f'<w:tcW w:w="{w}" w:type="dxa"/>'
                if span > 1:
                    tcp += f'<w:gridSpan w:val="{span}"/>'
                if head and shade_header:
                    tcp += '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
                cells.append(f"<w:tc><w:tcPr>{tcp}</w:tcPr>{self.cell_paras(cell, head)}</w:tc>")
            out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
        out.append("</w:tbl>")
        return X("".join(out))

    def table(self, rows, **kw):
        self.body.append(self.tbl(rows, **kw))
        self.body.append(self.par(""))  # Word always needs a paragraph after a table

    # ---- inline specials -------------------------------------------------
    def fn(self, text) -> X:
        nid = len(self.footnotes) + 1
        sty = self.role("fntext")
        ref = self.role("fnref")
        body = (f'<w:footnote w:id="{nid}"><w:p><w:pPr>{pst(sty)}</w:pPr>'
                f'<w:r><w:rPr>{rst(ref, SUP)}</w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
        self.footnotes.append(body)
        return X(f'<w:r><w:rPr>{rst(ref, SUP)}</w:rPr><w:footnoteReference w:id="{nid}"/></w:r>')

    def en(self, text) -> X:
        nid = len(self.endnotes) + 1
        sty = self.role("entext")
        ref = self.role("enref")
        rp = f'<w:rStyle w:val="{ref}"/>' if ref else '<w:vertAlign w:val="superscript"/>'
        body = (f'<w:endnote w:id="{nid}"><w:p><w:pPr>{pst(sty)}</w:pPr>'
                f'<w:r><w:rPr>{rp}</w:rPr><w:endnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:endnote>')
        self.endnotes.append(body)
        return X(f'<w:r><w:rPr>{rp}</w:rPr><w:endnoteReference w:id="{nid}"/></w:r>')

    def commented(self, runs, comment_text, author, initials, date="2026-09-17T09:12:00Z") -> X:
        cid = len(self.comments)
        sty = self.role("cmtext")
        ref = self.role("cmref")
        paras = "".join(
            f'<w:p><w:pPr>{pst(sty)}</w:pPr>'
            + (f'<w:r><w:rPr>{rst(ref)}</w:rPr><w:annotationRef/></w:r>' if k == 0 else "")
            + f'<w:r><w:t xml:space="preserve">{esc(line)}</w:t></w:r></w:p>'
            for k, line in enumerate(comment_text.split("\n")))
        self.comments.append(f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="{date}" w:initials="{esc(initials)}">{paras}</w:comment>')
        inner = self._runs(runs if isinstance(runs, (list, tuple)) else [runs])
        return X(f'<w:commentRangeStart w:id="{cid}"/>{inner}<w:commentRangeEnd w:id="{cid}"/>'
                 f'<w:r><w:rPr>{rst(ref)}</w:rPr><w:commentReference w:id="{cid}"/></w:r>')

    def deleted(self, text, author="Rektor", date="2026-09-16T10:00:00Z") -> X:
        self._change += 1
        return X(f'<w:del w:id="{100 + self._change}" w:author="{esc(author)}" w:date="{date}">'
                 + self.r(text, tag="delText") + "</w:del>")

    def inserted(self, text, author="Rektor", date="2026-09-16T10:00:00Z") -> X:
        self._change += 1
        return X(f'<w:ins w:id="{100 + self._change}" w:author="{esc(author)}" w:date="{date}">'
                 + self.r(text) + "</w:ins>")

    def link(self, text, url) -> X:
        rid = self.rel("hyperlink", url, external=True)
        sty = self.role("hyperlink")
        if sty:
            run = f'<w:r><w:rPr><w:rStyle w:val="{sty}"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
        else:
            run = f'<w:r><w:rPr><w:color w:val="1155CC"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
        return X(f'<w:hyperlink r:id="{rid}" w:history="1">{run}</w:hyperlink>')

    def field(self, instr, shown) -> X:
        return X(f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
                 f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{esc(shown)}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')

    # ---- pictures --------------------------------------------------------
    def _media(self, key, data):
        if key not in self.media_targets:
            n = len(self.media_targets) + 1
            target = f"media/image{n}.png"
            self.media_targets[key] = target
            self.parts["word/" + target] = data
        k = (self.cur, key)
        if k not in self.media_rids:
            self.media_rids[k] = self.rel("image", self.media_targets[key])
        return self.media_rids[k]

    def img(self, key, data, w_cm=3.0, h_cm=3.0, descr=None, title=None, decorative=False, name=None) -> X:
        rid = self._media(key, data)
        did = self.next_docpr()
        cx, cy = int(w_cm * EMU_CM), int(h_cm * EMU_CM)
        nm = name or (f"image{did}.png" if self.flavor == "google" else f"Bild {did}")
        attrs = f'id="{did}" name="{esc(nm)}"'
        if descr:
            attrs += f' descr="{esc(descr)}"'
        if title:
            attrs += f' title="{esc(title)}"'
        ext = ""
        if decorative:
            ext = ('<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                   '<a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
                   '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>'
                   '</a:ext></a:extLst>')
        docpr = f"<wp:docPr {attrs}>{ext}</wp:docPr>" if ext else f"<wp:docPr {attrs}/>"
        cnv = f'id="0" name="{esc(nm)}"' + (f' descr="{esc(descr)}"' if descr else "")
        return X(
            '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{docpr}'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr {cnv}/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')

    def chart(self, title, categories, series, descr=None, ctitle=None, w_cm=15, h_cm=8, bar_dir="col", name=None) -> X:
        self.n_chart += 1
        n = self.n_chart
        target = f"charts/chart{n}.xml"
        rid = self.rel("chart", target)
        ser_xml = []
        for si, (sname, vals) in enumerate(series):
            cats = "".join(f'<c:pt idx="{k}"><c:v>{esc(c)}</c:v></c:pt>' for k, c in enumerate(categories))
            nums = "".join(f'<c:pt idx="{k}"><c:v>{v}</c:v></c:pt>' for k, v in enumerate(vals))
            ser_xml.append(
                f'<c:ser><c:idx val="{si}"/><c:order val="{si}"/><c:tx><c:v>{esc(sname)}</c:v></c:tx>'
                '<c:invertIfNegative val="0"/>'
                f'<c:cat><c:strLit><c:ptCount val="{len(categories)}"/>{cats}</c:strLit></c:cat>'
                f'<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="{len(vals)}"/>{nums}</c:numLit></c:val></c:ser>')
        chart_xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<c:date1904 val="0"/><c:lang val="{self.lang}"/><c:roundedCorners val="0"/><c:chart>'
            f'<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>{esc(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
            '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
            f'<c:barChart><c:barDir val="{bar_dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
            + "".join(ser_xml)
            + '<c:gapWidth val="150"/><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>'
            '<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
            '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>'
            '<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling><c:delete val="0"/>'
            '<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
            '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>')
        self.parts["word/" + target] = chart_xml.encode("utf-8")
        self.ctypes["/word/" + target] = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
        did = self.next_docpr()
        nm = name or f"Diagram {did}"
        attrs = f'id="{did}" name="{esc(nm)}"'
        if descr:
            attrs += f' descr="{esc(descr)}"'
        if ctitle:
            attrs += f' title="{esc(ctitle)}"'
        cx, cy = int(w_cm * EMU_CM), int(h_cm * EMU_CM)
        return X(
            '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr {attrs}/>'
            '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')

    def textbox(self, paras, w_cm=8.0, h_cm=3.5, name=None) -> X:
        did = self.next_docpr()
        self._shape += 1
        nm = name or f"Textruta {did}"
        cx, cy = int(w_cm * EMU_CM), int(h_cm * EMU_CM)
        content = "".join(p if isinstance(p, X) else self.par(p, role="body") for p in paras)
        wpt, hpt = round(w_cm * 28.3465, 1), round(h_cm * 28.3465, 1)
        return X(
            '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + did}" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:align>right</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{did}" name="{esc(nm)}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="{esc(nm)}" o:spid="_x0000_s{self._shape}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:3.6pt;width:{wpt}pt;height:{hpt}pt;z-index:251659264;mso-position-horizontal:right" fillcolor="#fff2cc">'
            f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')

    # ---- sections, headers, footers -------------------------------------------
    def _hf_part(self, kind, build):
        if kind == "header":
            self.n_hdr += 1
            name = f"header{self.n_hdr}.xml"
        else:
            self.n_ftr += 1
            name = f"footer{self.n_ftr}.xml"
        part = "word/" + name
        prev = self.cur
        self.cur = part
        self.rels.setdefault(part, [])
        paras = build(self)
        self.cur = prev
        tag = "hdr" if kind == "header" else "ftr"
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {NS_DECL}>'
               + "".join(p if isinstance(p, X) else self.par(p, role=kind) for p in paras) + f"</w:{tag}>")
        self.parts[part] = xml.encode("utf-8")
        self.ctypes["/" + part] = CT + kind + "+xml"
        return self.rel(kind, name, part="word/document.xml")

    def header(self, build):
        return self._hf_part("header", build)

    def footer(self, build):
        return self._hf_part("footer", build)

    def sect_xml(self, header=None, footer=None, cols=1, stype=None, title_pg=False):
        s = ""
        if header:
            s += f'<w:headerReference w:type="default" r:id="{header}"/>'
        if footer:
            s += f'<w:footerReference w:type="default" r:id="{footer}"/>'
        if stype:
            s += f'<w:type w:val="{stype}"/>'
        s += ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
              'w:header="708" w:footer="708" w:gutter="0"/>')
        s += f'<w:cols w:num="{cols}" w:space="708"/>' if cols > 1 else '<w:cols w:space="708"/>'
        if title_pg:
            s += "<w:titlePg/>"
        s += '<w:docGrid w:linePitch="360"/>'
        return f"<w:sectPr>{s}</w:sectPr>"

    def end_section(self, **kw):
        """Close the current section (its properties go in a paragraph)."""
        self.body.append(self.par(role=None, sect=self.sect_xml(**kw)))

    def set_final_section(self, **kw):
        self.final_sect = self.sect_xml(**kw)

    def page_break(self):
        self.body.append(X('<w:p><w:r><w:br w:type="page"/></w:r></w:p>'))

    def toc_here(self, heading_text="Innehåll"):
        self.track_toc = True
        self.body.append(("TOC", heading_text))

    def _render_toc(self, heading_text):
        out = [self.par(heading_text, role="toch")]
        entries = self.headings
        for k, (lvl, text, bm) in enumerate(entries):
            page = 2 + k // 4
            runs = ""
            if k == 0:
                runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            runs += (f'<w:hyperlink w:anchor="{bm}" w:history="1"><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
                     '<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     f'<w:r><w:instrText xml:space="preserve"> PAGEREF {bm} \\h </w:instrText></w:r>'
                     f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>')
            if k == len(entries) - 1:
                runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            sty = self.role("toc1" if lvl == 1 else "toc2")
            out.append(f'<w:p><w:pPr><w:pStyle w:val="{sty}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs></w:pPr>{runs}</w:p>')
        return ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
                f'<w:sdtContent>{"".join(out)}</w:sdtContent></w:sdt>')

    # ---- save -------------------------------------------------------------------
    def _root(self, tag, inner):
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {NS_DECL}>{inner}</w:{tag}>'

    def save(self, path):
        body = []
        for b in self.body:
            if isinstance(b, tuple) and b[0] == "TOC":
                body.append(self._render_toc(b[1]))
            else:
                body.append(b)
        doc_xml = self._root("document", "<w:body>" + "".join(body) + self.final_sect + "</w:body>")
        files: dict[str, bytes] = {}
        files["word/document.xml"] = doc_xml.encode("utf-8")
        files["word/styles.xml"] = self.styles_xml.encode("utf-8")
        D = "word/document.xml"
        self.rel("styles", "styles.xml", part=D)
        settings = ('<w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/>'
                    '<w:characterSpacingControl w:val="doNotCompress"/>')
        if self.footnotes:
            settings += '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        if self.endnotes:
            settings += '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
        settings += f'<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="{self.lang}"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
        files["word/settings.xml"] = self._root("settings", settings).encode("utf-8")
        self.rel("settings", "settings.xml", part=D)
        if self.nums:
            absx = "".join(a for _, a in self.nums)
            nums = "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n - 1}"/></w:num>' for n, _ in self.nums)
            files["word/numbering.xml"] = self._root("numbering", absx + nums).encode("utf-8")
            self.rel("numbering", "numbering.xml", part=D)
        sep = ('<w:{t} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{t}>'
               '<w:{t} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{t}>')
        if self.footnotes:
            files["word/footnotes.xml"] = self._root("footnotes", sep.format(t="footnote") + "".join(self.footnotes)).encode("utf-8")
            self.rel("footnotes", "footnotes.xml", part=D)
        if self.endnotes:
            files["word/endnotes.xml"] = self._root("endnotes", sep.format(t="endnote") + "".join(self.endnotes)).encode("utf-8")
            self.rel("endnotes", "endnotes.xml", part=D)
        if self.comments:
            files["word/comments.xml"] = self._root("comments", "".join(self.comments)).encode("utf-8")
            self.rel("comments", "comments.xml", part=D)
        if self.flavor != "google":
            fonts = "".join(f'<w:font w:name="{f}"><w:charset w:val="00"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
                            for f in ("Calibri", "Calibri Light", "Times New Roman", "Symbol", "Liberation Serif", "Liberation Sans"))
            files["word/fontTable.xml"] = self._root("fonts", fonts).encode("utf-8")
            self.rel("fontTable", "fontTable.xml", part=D)
        files.update(self.parts)

        # relationships
        def rels_xml(lst):
            out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
            for rid, typ, target, ext in lst:
                out.append(f'<Relationship Id="{rid}" Type="{typ}" Target="{esc(target)}"{EXT if ext else ""}/>')
            out.append("</Relationships>")
            return "".join(out).encode("utf-8")

        for part, lst in self.rels.items():
            if lst:
                d, f = part.rsplit("/", 1)
                files[f"{d}/_rels/{f}.rels"] = rels_xml(lst)
        pkg_rels = [("rId1", RT + "officeDocument", "word/document.xml", False),
                    ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml", False),
                    ("rId3", RT + "extended-properties", "docProps/app.xml", False)]
        files["_rels/.rels"] = rels_xml(pkg_rels)
        m = self.meta
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{esc(m["title"])}</dc:title><dc:subject>{esc(m["subject"])}</dc:subject>'
                f'<dc:creator>{esc(m["creator"])}</dc:creator><cp:keywords>{esc(m["keywords"])}</cp:keywords>'
                f'<cp:lastModifiedBy>{esc(m["last_by"])}</cp:lastModifiedBy><cp:revision>3</cp:revision>'
                f'<dc:language>{self.lang}</dc:language>'
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{m["created"]}</dcterms:created>'
                f'<dcterms:modified xsi:type="dcterms:W3CDTF">{m["modified"]}</dcterms:modified></cp:coreProperties>')
        files["docProps/core.xml"] = core.encode("utf-8")
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               + (f"<Application>{esc(m['app'])}</Application>" if m["app"] else "")
               + "<DocSecurity>0</DocSecurity><Template>Normal.dotm</Template></Properties>")
        files["docProps/app.xml"] = app.encode("utf-8")

        ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>',
              '<Default Extension="png" ContentType="image/png"/>']
        over = {"/word/document.xml": CT + "document.main+xml", "/word/styles.xml": CT + "styles+xml",
                "/word/settings.xml": CT + "settings+xml",
                "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
                "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml"}
        for name, typ in (("numbering", "numbering"), ("footnotes", "footnotes"), ("endnotes", "endnotes"),
                          ("comments", "comments"), ("fontTable", "fontTable")):
            if f"word/{name}.xml" in files:
                over[f"/word/{name}.xml"] = CT + typ + "+xml"
        over.update(self.ctypes)
        for k in sorted(over):
            ct.append(f'<Override PartName="{k}" ContentType="{over[k]}"/>')
        ct.append("</Types>")
        files["[Content_Types].xml"] = "".join(ct).encode("utf-8")

        order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]
        names = order + sorted(n for n in files if n not in order)
        with zipfile.ZipFile(path, "w") as z:
            for n in names:
                zi = zipfile.ZipInfo(n, date_time=ZIP_DATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, files[n])
