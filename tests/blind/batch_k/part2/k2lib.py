"""Small document builder for the batch_k/part2 blind plans.

Wraps python-docx and adds what it lacks (footnotes, endnotes, text boxes,
tracked changes, decorative images) as raw OOXML.  Output is deterministic:
fixed core properties, fixed comment dates and a re-packed zip with fixed
timestamps and a fixed member order.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
import zlib

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
ADEC_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"

FIXED_DT = dt.datetime(2025, 9, 12, 8, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DT = (2025, 9, 12, 8, 0, 0)
GREY = RGBColor(0x7F, 0x7F, 0x7F)


# --------------------------------------------------------------------------
# images
# --------------------------------------------------------------------------
def png(width: int, height: int, draw) -> bytes:
    """A truecolour PNG; draw(x, y) -> (r, g, b)."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            row.extend(draw(x, y))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def img_boxes(width, height, bg, boxes):
    """boxes: list of (x0, y0, x1, y1, colour)."""
    def draw(x, y):
        for x0, y0, x1, y1, col in boxes:
            if x0 <= x < x1 and y0 <= y < y1:
                return col
        return bg
    return png(width, height, draw)


def img_stripes(width, height, c1, c2, step=8):
    return png(width, height, lambda x, y: c1 if ((x + y) // step) % 2 else c2)


def img_circle(width, height, bg, fg, r_frac=0.4):
    cx, cy, r = width / 2, height / 2, min(width, height) * r_frac

    def draw(x, y):
        return fg if (x - cx) ** 2 + (y - cy) ** 2 <= r * r else bg
    return png(width, height, draw)


def img_wheel(size, colours):
    """An 'annual wheel': a ring split into len(colours) sectors."""
    import math
    c = size / 2

    def draw(x, y):
        dx, dy = x - c, y - c
        d = math.hypot(dx, dy)
        if d > c - 2 or d < c * 0.35:
            return (255, 255, 255)
        ang = (math.atan2(dy, dx) + math.pi) / (2 * math.pi)
        return colours[int(ang * len(colours)) % len(colours)]
    return png(size, size, draw)


# --------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------
_MARK = re.compile(r"(\*\*.+?\*\*)")


class Plan:
    def __init__(self, title: str, heading_mode: str = "style", author: str = "Rektor",
                 lang: str = "sv-SE", font: str = "Calibri", size: int = 11):
        self.doc = Document()
        self.mode = heading_mode
        self.lang = lang
        self.footnotes: list[str] = []
        self.endnotes: list[str] = []
        self._rev_id = 100
        self._tb_id = 1
        cp = self.doc.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = FIXED_DT.replace(tzinfo=None)
        cp.modified = FIXED_DT.replace(tzinfo=None)
        cp.revision = 3
        cp.language = lang
        cp.subject = "Plan mot diskriminering och kränkande behandling" if lang.startswith("sv") \
            else "Plan against discrimination and degrading treatment"
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        # document language in the default run properties
        styles_el = self.doc.styles.element
        rpr_default = styles_el.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr_default is not None:
            lang_el = rpr_default.find(qn("w:lang"))
            if lang_el is None:
                lang_el = OxmlElement("w:lang")
                rpr_default.append(lang_el)
            lang_el.set(qn("w:val"), lang)
        for sec in self.doc.sections:
            sec.left_margin = Cm(2.3)
            sec.right_margin = Cm(2.3)

    # ---------------- text ----------------
    def _runs(self, par, text, bold=False, italic=False, colour=None, size=None):
        for part in _MARK.split(text):
            if not part:
                continue
            b = bold
            if part.startswith("**") and part.endswith("**") and len(part) > 4:
                part = part[2:-2]
                b = True
            r = par.add_run(part)
            if b:
                r.bold = True
            if italic:
                r.italic = True
            if colour is not None:
                r.font.color.rgb = colour
            if size:
                r.font.size = Pt(size)
        return par

    def title(self, text, sub=None):
        if self.mode == "style":
            self.doc.add_heading(text, 0)
        else:
            p = self.doc.add_paragraph()
            self._runs(p, text, bold=True, size=20)
        if sub:
            p = self.doc.add_paragraph()
            self._runs(p, sub, size=13)
        return self

    def h(self, text, level=1, mode=None):
        mode = mode or self.mode
        if mode == "style":
            return self.doc.add_heading(text, level)
        p = self.doc.add_paragraph()
        if mode == "caps":
            self._runs(p, text.upper(), bold=True, size=12 if level > 1 else 13)
        else:  # "bold"
            self._runs(p, text, bold=True, size={1: 14, 2: 12}.get(level, 11))
        return p

    def p(self, text="", style=None, bold=False, italic=False, colour=None, size=None):
        p = self.doc.add_paragraph(style=style)
        self._runs(p, text, bold=bold, italic=italic, colour=colour, size=size)
        return p

    def guide(self, text):
        """Template guidance: grey italic."""
        return self.p(text, italic=True, colour=GREY)

    def bullets(self, items, numbered=False):
        style = "List Number" if numbered else "List Bullet"
        return [self.p(it, style=style) for it in items]

    def quote(self, text):
        return self.p(text, style="Quote")

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, header=True, widths=None, bold_first_col=False, mark_header=True):
        ncols = max(len(r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncols)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j in range(ncols):
                txt = row[j] if j < len(row) else ""
                cell = cells[j]
                lines = txt.split("\n") if txt else [""]
                par = cell.paragraphs[0]
                for k, line in enumerate(lines):
                    if k:
                        par = cell.add_paragraph()
                    self._runs(par, line, bold=(header and i == 0) or (bold_first_col and j == 0))
            if header and i == 0 and mark_header:
                trPr = t.rows[0]._tr.get_or_add_trPr()
                th = OxmlElement("w:tblHeader")
                trPr.append(th)
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Cm(w)
        self.doc.add_paragraph()
        return t

    # ---------------- images ----------------
    def image(self, data, width_cm, alt=None, decorative=False, title=None, par=None):
        par = par if par is not None else self.doc.add_paragraph()
        run = par.add_run()
        run.add_picture(io.BytesIO(data), width=Cm(width_cm))
        inline = run._r.xpath(".//wp:inline")[-1]
        docpr = inline.xpath("./wp:docPr")[0]
        if alt:
            docpr.set("descr", alt)
        if title:
            docpr.set("title", title)
        if decorative:
            ext_lst = etree.SubElement(docpr, "{%s}extLst" % A_NS, nsmap={"a": A_NS})
            ext = etree.SubElement(ext_lst, "{%s}ext" % A_NS)
            ext.set("uri", "{C183D7F6-B498-43B3-948B-1728B52AA6E4}")
            dec = etree.SubElement(ext, "{%s}decorative" % ADEC_NS, nsmap={"adec": ADEC_NS})
            dec.set("val", "1")
        return par

    # ---------------- sections / headers ----------------
    def set_header(self, text, section=None, footer=False):
        sec = section if section is not None else self.doc.sections[0]
        hf = sec.footer if footer else sec.header
        hf.is_linked_to_previous = False
        lines = text.split("\n")
        hf.paragraphs[0].text = ""
        self._runs(hf.paragraphs[0], lines[0], size=9)
        for line in lines[1:]:
            self._runs(hf.add_paragraph(), line, size=9)
        return hf

    def set_footer(self, text, section=None):
        return self.set_header(text, section=section, footer=True)

    def new_section(self, header=None, footer=None):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        if header is not None:
            self.set_header(header, section=sec)
        if footer is not None:
            self.set_footer(footer, section=sec)
        return sec

    # ---------------- notes / comments ----------------
    def _note_ref(self, par, kind, n):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        r.append(rpr)
        ref = OxmlElement("w:%sReference" % kind)
        ref.set(qn("w:id"), str(n))
        r.append(ref)
        par._p.append(r)

    def footnote(self, par, text):
        self.footnotes.append(text)
        self._note_ref(par, "footnote", len(self.footnotes))

    def endnote(self, par, text):
        self.endnotes.append(text)
        self._note_ref(par, "endnote", len(self.endnotes))

    def comment(self, par, text, author, initials):
        c = self.doc.add_comment(runs=list(par.runs), text=text, author=author, initials=initials)
        c._comment_elm.date = FIXED_DT
        return c

    # ---------------- text box (VML) ----------------
    def text_box(self, lines, width_pt=220, height_pt=110):
        par = self.doc.add_paragraph()
        r = OxmlElement("w:r")
        pict = OxmlElement("w:pict")
        shape = etree.SubElement(pict, "{%s}shape" % V_NS, nsmap={"v": V_NS, "o": O_NS})
        shape.set("id", "Textruta%d" % self._tb_id)
        shape.set("{%s}spid" % O_NS, "_x0000_s10%02d" % self._tb_id)
        self._tb_id += 1
        shape.set("style", "width:%dpt;height:%dpt" % (width_pt, height_pt))
        shape.set("strokecolor", "#1F4E79")
        shape.set("fillcolor", "#F2F2F2")
        shape.set("coordsize", "21600,21600")
        shape.set("path", "m,l,21600r21600,l21600,xe")
        tb = etree.SubElement(shape, "{%s}textbox" % V_NS)
        content = etree.SubElement(tb, qn("w:txbxContent"))
        for i, line in enumerate(lines):
            p = etree.SubElement(content, qn("w:p"))
            rr = etree.SubElement(p, qn("w:r"))
            if i == 0:
                rpr = etree.SubElement(rr, qn("w:rPr"))
                etree.SubElement(rpr, qn("w:b"))
            t = etree.SubElement(rr, qn("w:t"))
            t.text = line
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(pict)
        par._p.append(r)
        return par

    # ---------------- tracked changes ----------------
    def _rev(self, tag, author, date):
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self._rev_id))
        self._rev_id += 1
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date)
        return el

    def tracked_p(self, segments, author="Rektor", date="2025-09-10T09:30:00Z",
                  style=None, whole_inserted=False):
        """segments: list of (kind, text); kind in 'n' (normal), 'ins', 'del'.
        whole_inserted: the paragraph mark itself is an insertion (new paragraph)."""
        par = self.doc.add_paragraph(style=style)
        if whole_inserted:
            ppr = par._p.get_or_add_pPr()
            rpr = OxmlElement("w:rPr")
            rpr.append(self._rev("w:ins", author, date))
            ppr.append(rpr)
        for kind, text in segments:
            for piece in _MARK.split(text):
                if not piece:
                    continue
                bold = piece.startswith("**") and piece.endswith("**") and len(piece) > 4
                if bold:
                    piece = piece[2:-2]
                r = OxmlElement("w:r")
                if bold:
                    rpr = OxmlElement("w:rPr")
                    rpr.append(OxmlElement("w:b"))
                    r.append(rpr)
                t = OxmlElement("w:delText" if kind == "del" else "w:t")
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                t.text = piece
                r.append(t)
                if kind == "n":
                    par._p.append(r)
                else:
                    wrap = self._rev("w:%s" % kind, author, date)
                    wrap.append(r)
                    par._p.append(wrap)
        return par

    def _settings_insert(self, el, before_tags):
        """Insert el into settings.xml before the first child whose tag is in before_tags."""
        settings = self.doc.settings.element
        for i, child in enumerate(settings):
            if child.tag in {qn(t) for t in before_tags}:
                settings.insert(i, el)
                return
        settings.append(el)

    def track_revisions_on(self):
        self._settings_insert(OxmlElement("w:trackRevisions"),
                              ["w:doNotTrackMoves", "w:doNotTrackFormatting", "w:documentProtection",
                               "w:defaultTabStop", "w:characterSpacingControl", "w:compat"])

    # ---------------- output ----------------
    def _notes_part(self, kind):
        items = self.footnotes if kind == "footnote" else self.endnotes
        if not items:
            return
        root = etree.Element("{%s}%ss" % (W_NS, kind), nsmap={"w": W_NS, "r": R_NS})
        for nid, typ, child in ((-1, "separator", "separator"),
                                (0, "continuationSeparator", "continuationSeparator")):
            n = etree.SubElement(root, "{%s}%s" % (W_NS, kind))
            n.set("{%s}type" % W_NS, typ)
            n.set("{%s}id" % W_NS, str(nid))
            p = etree.SubElement(n, "{%s}p" % W_NS)
            r = etree.SubElement(p, "{%s}r" % W_NS)
            etree.SubElement(r, "{%s}%s" % (W_NS, child))
        for i, text in enumerate(items, start=1):
            n = etree.SubElement(root, "{%s}%s" % (W_NS, kind))
            n.set("{%s}id" % W_NS, str(i))
            p = etree.SubElement(n, "{%s}p" % W_NS)
            r = etree.SubElement(p, "{%s}r" % W_NS)
            rpr = etree.SubElement(r, "{%s}rPr" % W_NS)
            va = etree.SubElement(rpr, "{%s}vertAlign" % W_NS)
            va.set("{%s}val" % W_NS, "superscript")
            etree.SubElement(r, "{%s}%sRef" % (W_NS, kind))
            r2 = etree.SubElement(p, "{%s}r" % W_NS)
            rpr2 = etree.SubElement(r2, "{%s}rPr" % W_NS)
            sz = etree.SubElement(rpr2, "{%s}sz" % W_NS)
            sz.set("{%s}val" % W_NS, "18")
            t = etree.SubElement(r2, "{%s}t" % W_NS)
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = " " + text
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if kind == "footnote":
            partname, ct, rt = "/word/footnotes.xml", CT.WML_FOOTNOTES, RT.FOOTNOTES
        else:
            partname, ct, rt = "/word/endnotes.xml", CT.WML_ENDNOTES, RT.ENDNOTES
        part = Part(PackURI(partname), ct, blob, self.doc.part.package)
        self.doc.part.relate_to(part, rt)

    def to_bytes(self) -> bytes:
        self._notes_part("footnote")
        self._notes_part("endnote")
        for kind, items in (("footnote", self.footnotes), ("endnote", self.endnotes)):
            if items:
                pr = OxmlElement("w:%sPr" % kind)
                for nid in ("-1", "0"):
                    ref = OxmlElement("w:%s" % kind)
                    ref.set(qn("w:id"), nid)
                    pr.append(ref)
                after = ["w:compat", "w:docVars", "w:rsids"]
                if kind == "footnote":
                    after = ["w:endnotePr"] + after
                self._settings_insert(pr, after)
        tfl = self.doc.settings.element.find(qn("w:themeFontLang"))
        if tfl is not None:
            tfl.set(qn("w:val"), self.lang)
        buf = io.BytesIO()
        self.doc.save(buf)
        return repack(buf.getvalue())


def repack(data: bytes) -> bytes:
    """Re-zip with fixed timestamps and a stable member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    first = [n for n in names if n == "[Content_Types].xml"]
    rest = sorted(n for n in names if n != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in first + rest:
            zi = zipfile.ZipInfo(n, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(n))
    return out.getvalue()


# --------------------------------------------------------------------------
# inspection helpers used by the self-check
# --------------------------------------------------------------------------
def luhn_ok(ten: str) -> bool:
    s = 0
    for i, c in enumerate(ten[:9]):
        p = int(c) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10 == int(ten[9])


def _valid_date(yy, mm, dd, century=None):
    import calendar
    if dd > 60:
        dd -= 60
    if not 1 <= mm <= 12:
        return False
    years = [century * 100 + yy] if century is not None else [1900 + yy, 2000 + yy]
    return any(1 <= dd <= calendar.monthrange(y, mm)[1] for y in years)


PNR_RE = re.compile(r"(?<![\d])((?:18|19|20)?\d{6})([-+ ]?)(\d{4})(?![\d])")


def find_identity_like(text: str):
    """Every Luhn-valid, date-valid 10/12-digit personnummer/samordningsnummer string."""
    found = []
    for m in PNR_RE.finditer(text):
        head, sep, tail = m.group(1), m.group(2), m.group(3)
        century = None
        if len(head) == 8:
            century, head = int(head[:2]), head[2:]
        yy, mm, dd = int(head[:2]), int(head[2:4]), int(head[4:6])
        if not _valid_date(yy, mm, dd, century):
            continue
        if luhn_ok(head + tail):
            found.append(m.group(0))
    return found


def package_texts(data: bytes):
    """Yield (part_name, place_kind, paragraph_text) for every w:p in every XML part.
    place_kind in body/table/text_box/tracked_deletion/header/footer/footnote/endnote/comment."""
    z = zipfile.ZipFile(io.BytesIO(data))
    W = "{%s}" % W_NS
    for name in z.namelist():
        if not name.endswith(".xml"):
            continue
        root = etree.fromstring(z.read(name))
        base = name.rsplit("/", 1)[-1]
        if base.startswith("header"):
            kind = "header"
        elif base.startswith("footer"):
            kind = "footer"
        elif base == "footnotes.xml":
            kind = "footnote"
        elif base == "endnotes.xml":
            kind = "endnote"
        elif base == "comments.xml":
            kind = "comment"
        elif base == "document.xml":
            kind = "body"
        else:
            kind = "other"
        for p in root.iter(W + "p"):
            # skip paragraphs that contain nested paragraphs' text twice: only direct runs
            normal, deleted = [], []
            for el in p.iter(W + "t", W + "delText"):
                # attribute each text node to its nearest paragraph only
                anc = el.getparent()
                while anc is not None and anc.tag != W + "p":
                    anc = anc.getparent()
                if anc is not p:
                    continue
                if el.tag == W + "delText":
                    deleted.append(el.text or "")
                else:
                    normal.append(el.text or "")
            place = kind
            if kind == "body":
                anc = p.getparent()
                while anc is not None:
                    if anc.tag == W + "txbxContent":
                        place = "text_box"
                        break
                    if anc.tag == W + "tbl":
                        place = "table"
                        break
                    anc = anc.getparent()
            if normal:
                yield name, place, "".join(normal)
            if deleted:
                yield name, "tracked_deletion", "".join(deleted)


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------
KEYS = ["validity_period", "responsible", "student_involvement", "previous_year_evaluation",
        "survey", "promotive_work", "preventive_measures", "acute_routines",
        "discrimination_grounds", "minority_rights", "evaluation_plan", "guardian_involvement"]


def label(school_year, forms, shape, status=None, reasons=None, language="sv",
          guidance_keys=(), not_done_keys=(), ids=None, decoys=(),
          images_without_alt=0, images_ok=0):
    expected = {k: "met" for k in KEYS}
    for k, v in (status or {}).items():
        assert k in expected and v in ("met", "partial", "missing"), (k, v)
        expected[k] = v
    ids = dict(ids or {})
    return {
        "school_year": school_year,
        "language": language,
        "forms": list(forms),
        "shape": shape,
        "expected": expected,
        "reasons": dict(reasons or {}),
        "guidance_keys": list(guidance_keys),
        "not_done_keys": list(not_done_keys),
        "identity_numbers": list(ids),
        "identity_number_places": ids,
        "decoys": list(decoys),
        "images_without_alt": images_without_alt,
        "images_ok": images_ok,
    }
