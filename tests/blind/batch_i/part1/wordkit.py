"""wordkit: small helpers for building realistic Swedish school plans as .docx.

python-docx covers paragraphs, tables, pictures and comments; everything else
(content controls, text boxes, footnotes, tracked changes, TOC fields,
decorative-image flags) is written here as raw WordprocessingML.
"""
import datetime as dt
import io
import struct
import zipfile
import zlib

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = dt.datetime(2025, 9, 1, 8, 0, 0)
ZIP_DATE = (2025, 9, 1, 8, 0, 0)
REV_DATE = "2025-09-22T09:00:00Z"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}
WNS = 'xmlns:w="%s"' % W
ALLNS = " ".join('xmlns:%s="%s"' % kv for kv in NS.items())
DECOR_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
ADEC = "http://schemas.microsoft.com/office/drawing/2017/decorative"


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def png(w, h, rgb, stripe=None):
    """A tiny valid PNG, solid colour with an optional horizontal stripe."""
    rows = b""
    for y in range(h):
        col = stripe if (stripe and h // 3 <= y < 2 * h // 3) else rgb
        rows += b"\x00" + bytes(col) * w
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def luhn_ok(ten):
    s = 0
    for i, ch in enumerate(ten[:9]):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10 == int(ten[9])


def make_pnr(yymmdd, nnn):
    """Return the 10 digits YYMMDDNNNC with a valid Luhn check digit."""
    nine = yymmdd + nnn
    for c in "0123456789":
        if luhn_ok(nine + c):
            return nine + c
    raise ValueError


class Plan:
    def __init__(self, file, title, author="", lang="sv-SE", font="Calibri", size=11):
        self.file = file
        self.doc = Document()
        self.decoys = []
        self.pnrs = {}
        self._footnotes = []
        self._next_shape_id = 900
        self._sdt_id = 4711
        self._rev_id = 300
        cp = self.doc.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        cp.revision = 1
        cp.language = lang
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        lang_el = parse_xml('<w:lang %s w:val="%s"/>' % (WNS, lang))
        rpr.append(lang_el)

    # ---- bookkeeping -------------------------------------------------
    def dec(self, s):
        if s not in self.decoys:
            self.decoys.append(s)
        return s

    def pn(self, s, place):
        self.pnrs[s] = place
        return s

    # ---- basic text ----------------------------------------------------
    def heading(self, text, level=1):
        return self.doc.add_heading(text, level)

    def bold(self, text, size=None, space_before=6):
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_before = Pt(space_before)
        return p

    def para(self, text="", style=None, italic=False, bold=False, size=None, color=None):
        p = self.doc.add_paragraph(style=style)
        if text:
            self.runs(p, text, italic=italic, bold=bold, size=size, color=color)
        return p

    def runs(self, p, text, italic=False, bold=False, size=None, color=None):
        """Add text; segments wrapped in ** are bold."""
        parts = text.split("**")
        out = []
        for i, seg in enumerate(parts):
            if not seg:
                continue
            r = p.add_run(seg)
            r.bold = bold or (i % 2 == 1)
            if italic:
                r.italic = True
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            out.append(r)
        return out

    def bullets(self, items, style="List Bullet"):
        for it in items:
            self.para(it, style=style)

    def numbered(self, items):
        self.bullets(items, style="List Number")

    def guidance(self, text):
        """Template instruction text: grey italic."""
        return self.para(text, italic=True, color="7F7F7F")

    def page_break(self):
        self.doc.add_page_break()

    # ---- tables ----------------------------------------------------------
    def table(self, rows, header=True, widths=None, repeat_header=False, style="Table Grid",
              bold_first_col=False, font_size=None, shade_header="D9E2F3"):
        ncols = max(len(r) for r in rows)
        t = self.doc.add_table(rows=len(rows), cols=ncols)
        t.style = self.doc.styles[style]
        for i, row in enumerate(rows):
            for j in range(ncols):
                txt = row[j] if j < len(row) else ""
                cell = t.cell(i, j)
                self.fill_cell(cell, txt, bold=(header and i == 0) or (bold_first_col and j == 0),
                               size=font_size)
                if header and i == 0 and shade_header:
                    self.shade(cell, shade_header)
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Cm(w)
        if header and repeat_header:
            self.mark_header_row(t.rows[0])
        return t

    def fill_cell(self, cell, txt, bold=False, size=None):
        lines = (txt or "").split("\n")
        p = cell.paragraphs[0]
        for k, line in enumerate(lines):
            if k:
                p = cell.add_paragraph()
            if line:
                for r in self.runs(p, line, bold=bold):
                    if size:
                        r.font.size = Pt(size)

    @staticmethod
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (WNS, fill)))

    @staticmethod
    def mark_header_row(row):
        trPr = row._tr.get_or_add_trPr()
        trPr.append(parse_xml('<w:tblHeader %s/>' % WNS))

    def merge(self, table, row, c0, c1, text=None, bold=True, fill=None):
        a = table.cell(row, c0)
        m = a.merge(table.cell(row, c1))
        if text is not None:
            for p in list(m.paragraphs)[1:]:
                p._p.getparent().remove(p._p)
            p = m.paragraphs[0]
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            self.runs(p, text, bold=bold)
        if fill:
            self.shade(m, fill)
        return m

    # ---- tracked changes in tables ----------------------------------------
    def _rev(self):
        self._rev_id += 1
        return str(self._rev_id)

    def track_row(self, row, kind, author, date=REV_DATE):
        """kind 'ins' or 'del': mark a whole table row as inserted/deleted."""
        trPr = row._tr.get_or_add_trPr()
        trPr.append(parse_xml('<w:%s %s w:id="%s" w:author="%s" w:date="%s"/>'
                              % (kind, WNS, self._rev(), esc(author), date)))
        for tc in row._tr.iter(qn("w:tc")):
            for p in tc.iter(qn("w:p")):
                for r in list(p.findall(qn("w:r"))):
                    wrap = parse_xml('<w:%s %s w:id="%s" w:author="%s" w:date="%s"/>'
                                     % (kind, WNS, self._rev(), esc(author), date))
                    r.addprevious(wrap)
                    wrap.append(r)
                    if kind == "del":
                        for t in r.findall(qn("w:t")):
                            t.tag = qn("w:delText")
                # paragraph mark too
                pPr = p.get_or_add_pPr()
                rPr = pPr.find(qn("w:rPr"))
                if rPr is None:
                    rPr = parse_xml('<w:rPr %s/>' % WNS)
                    pPr.append(rPr)
                rPr.append(parse_xml('<w:%s %s w:id="%s" w:author="%s" w:date="%s"/>'
                                     % (kind, WNS, self._rev(), esc(author), date)))

    def tracked_text(self, p, text, kind, author, date=REV_DATE):
        tag = "w:delText" if kind == "del" else "w:t"
        el = parse_xml('<w:%s %s w:id="%s" w:author="%s" w:date="%s"><w:r><%s xml:space="preserve">%s</%s></w:r></w:%s>'
                       % (kind, WNS, self._rev(), esc(author), date, tag, esc(text), tag, kind))
        p._p.append(el)
        return el

    # ---- content controls ---------------------------------------------
    def sdt_inline(self, p, text, alias, placeholder=False, date=None):
        self._sdt_id += 1
        kind = "<w:text/>"
        if date:
            kind = ('<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/>'
                    '<w:lid w:val="sv-SE"/><w:storeMappedDataAs w:val="dateTime"/>'
                    '<w:calendar w:val="gregorian"/></w:date>' % date)
        ph = "<w:showingPlcHdr/>" if placeholder else ""
        rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ""
        xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s%s'
               '</w:sdtPr><w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
               % (WNS, esc(alias), esc(alias.lower().replace(" ", "_")), self._sdt_id, ph, kind, rpr, esc(text)))
        el = parse_xml(xml)
        p._p.append(el)
        return el

    def sdt_block_in_cell(self, cell, paragraphs, alias, placeholder=False):
        """Replace the cell's content by a block-level content control."""
        self._sdt_id += 1
        for p in list(cell.paragraphs):
            p._p.getparent().remove(p._p)
        ph = "<w:showingPlcHdr/>" if placeholder else ""
        rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ""
        body = "".join('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, esc(t))
                       for t in paragraphs)
        xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s'
               '<w:richText/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
               % (WNS, esc(alias), esc(alias.lower().replace(" ", "_")), self._sdt_id, ph, body))
        cell._tc.append(parse_xml(xml))

    # ---- pictures --------------------------------------------------------
    def picture(self, data, width_cm, alt=None, decorative=False, paragraph=None, name=None):
        p = paragraph if paragraph is not None else self.doc.add_paragraph()
        run = p.add_run()
        shape = run.add_picture(io.BytesIO(data), width=Cm(width_cm))
        docPr = shape._inline.docPr
        self._pic_id = getattr(self, "_pic_id", 100) + 1
        docPr.set("id", str(self._pic_id))
        if name:
            docPr.set("name", name)
        if alt:
            docPr.set("descr", alt)
        if decorative:
            docPr.append(parse_xml(
                '<a:extLst xmlns:a="%s"><a:ext uri="%s"><adec:decorative xmlns:adec="%s" val="1"/>'
                '</a:ext></a:extLst>' % (NS["a"], DECOR_URI, ADEC)))
        return p

    # ---- text box ------------------------------------------------------
    def textbox(self, lines, width_cm=15, height_cm=6, paragraph=None, title_bold=True):
        self._next_shape_id += 1
        sid = self._next_shape_id
        cx, cy = int(width_cm * 360000), int(height_cm * 360000)
        paras = []
        for i, line in enumerate(lines):
            b = "<w:rPr><w:b/></w:rPr>" if (i == 0 and title_bold) else ""
            paras.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (b, esc(line)))
        xml = (
            '<w:r %s><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
            'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            '<wp:docPr id="%d" name="Textruta %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="%s"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></w:r>'
            % (ALLNS, cx, cy, sid, sid - 900, NS["wps"], cx, cy, "".join(paras)))
        p = paragraph if paragraph is not None else self.doc.add_paragraph()
        p._p.append(parse_xml(xml))
        return p

    # ---- footnotes -------------------------------------------------------
    def footnote(self, p, text):
        fid = len(self._footnotes) + 1
        self._footnotes.append((fid, text))
        p._p.append(parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              '<w:footnoteReference w:id="%d"/></w:r>' % (WNS, fid)))

    def _write_footnotes(self):
        if not self._footnotes:
            return
        body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>']
        for fid, text in self._footnotes:
            body.append('<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        '<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                        '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (fid, esc(text)))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
               % (ALLNS, "".join(body))).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    # ---- comments --------------------------------------------------------
    def comment(self, runs, text, author, initials, date="2025-09-25T14:00:00Z"):
        c = self.doc.add_comment(runs, text=text, author=author, initials=initials)
        c._comment_elm.set(qn("w:date"), date)
        return c

    # ---- TOC ----------------------------------------------------------------
    def toc_field(self, entries):
        """A real TOC field: instrText + cached entries. entries: (text, page, level)."""
        body = self.doc.element.body
        first = True
        for text, page, level in entries:
            p = self.doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            if level > 1:
                p.paragraph_format.left_indent = Cm(0.6 * (level - 1))
            if first:
                p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % WNS))
                p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>' % WNS))
                p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % WNS))
                first = False
            p._p.append(parse_xml('<w:r %s><w:t xml:space="preserve">%s</w:t></w:r>' % (WNS, esc(text))))
            p._p.append(parse_xml('<w:r %s><w:tab/></w:r>' % WNS))
            p._p.append(parse_xml('<w:r %s><w:t>%s</w:t></w:r>' % (WNS, page)))
        p = self.doc.add_paragraph()
        p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % WNS))
        return body

    def typed_toc(self, entries, width=72):
        for text, page in entries:
            dots = "." * max(3, width - len(text) - len(str(page)))
            self.para("%s %s %s" % (text, dots, page))

    # ---- header / footer -----------------------------------------------------
    def header_text(self, text, align_right=False):
        hdr = self.doc.sections[0].header
        p = hdr.paragraphs[0]
        p.text = text
        if align_right:
            p.alignment = 2
        return hdr

    def footer_page(self, prefix="Sida "):
        ftr = self.doc.sections[0].footer
        p = ftr.paragraphs[0]
        p.add_run(prefix)
        p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % WNS))
        p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' % WNS))
        p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % WNS))
        p._p.append(parse_xml('<w:r %s><w:t>1</w:t></w:r>' % WNS))
        p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % WNS))
        return ftr

    def footer_text(self, text):
        ftr = self.doc.sections[0].footer
        ftr.add_paragraph(text)
        return ftr

    # ---- save ------------------------------------------------------------
    def save(self, outdir):
        self._write_footnotes()
        pkg_rels = self.doc.part.package.rels
        for rId in [k for k, rel in pkg_rels.items() if rel.reltype == RT.THUMBNAIL]:
            pkg_rels.pop(rId)
        buf = io.BytesIO()
        self.doc.save(buf)
        src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name in src.namelist():
                zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, src.read(name))
        path = outdir / self.file
        path.write_bytes(out.getvalue())
        return path


class PdfText:
    """Text as it comes out of a PDF→Word conversion: one paragraph per line,
    words split by hyphen at line end (mark possible split points with '|'),
    bold lines as headings, page header/footer lines repeated in the body."""

    def __init__(self, plan, width=86, lines_per_page=44, head="", foot="Sida {n} av {N}", size=10.5):
        self.plan = plan
        self.width = width
        self.lpp = lines_per_page
        self.head = head
        self.foot = foot
        self.size = size
        self.items = []  # (kind, text)

    def h(self, text):
        self.items.append(("h", text))

    def p(self, text):
        self.items.append(("p", text))

    def b(self, text):
        self.items.append(("b", text))

    def blank(self):
        self.items.append(("blank", ""))

    def _wrap(self, text, width, first_prefix="", cont_prefix=""):
        words = text.split()
        lines, cur = [], first_prefix
        prefix_len = len(first_prefix)
        for w in words:
            clean = w.replace("|", "")
            trial = (cur + " " + clean) if cur.strip() else cur + clean
            if len(trial) <= width:
                cur = trial
                continue
            if "|" not in w and len(clean) >= 11 and clean.rstrip(".,;:)").isalpha():
                w = self._auto_marks(clean)
            if "|" in w:
                parts = w.split("|")
                # take as many parts as fit with a trailing hyphen
                for k in range(len(parts) - 1, 0, -1):
                    left = "".join(parts[:k]) + "-"
                    t2 = (cur + " " + left) if cur.strip() else cur + left
                    if len(t2) <= width:
                        lines.append(t2)
                        cur = cont_prefix + "".join(parts[k:])
                        break
                else:
                    lines.append(cur)
                    cur = cont_prefix + clean
            else:
                lines.append(cur)
                cur = cont_prefix + clean
        if cur.strip():
            lines.append(cur)
        return lines

    @staticmethod
    def _auto_marks(word):
        """Syllable-ish split points: before a consonant that is followed by a vowel,
        keeping at least four letters on each side."""
        vowels = set("aeiouyåäöéAEIOUYÅÄÖÉ")
        core = word.rstrip(".,;:)")
        tail = word[len(core):]
        marks = []
        for i in range(4, len(core) - 3):
            if core[i] not in vowels and core[i + 1] in vowels and core[i - 1] not in "-":
                marks.append(i)
        out, last = [], 0
        for i in marks:
            out.append(core[last:i])
            last = i
        out.append(core[last:])
        return "|".join(out) + tail

    def _lines(self):
        out = []
        for kind, text in self.items:
            if kind == "h":
                out.append(("h", text))
            elif kind == "blank":
                out.append(("l", ""))
            elif kind == "p":
                for ln in self._wrap(text, self.width):
                    out.append(("l", ln))
            elif kind == "b":
                for ln in self._wrap(text, self.width, "• ", "  "):
                    out.append(("l", ln))
        return out

    def render(self):
        lines = self._lines()
        pages = [lines[i:i + self.lpp] for i in range(0, len(lines), self.lpp)]
        N = len(pages)
        pl = self.plan
        for n, page in enumerate(pages, 1):
            if n > 1 and self.head:
                p = pl.para(self.head, size=8)
            for kind, ln in page:
                if kind == "h":
                    p = pl.doc.add_paragraph()
                    r = p.add_run(ln)
                    r.bold = True
                    r.font.size = Pt(self.size + 1.5)
                else:
                    p = pl.doc.add_paragraph()
                    if ln:
                        r = p.add_run(ln)
                        r.font.size = Pt(self.size)
                p.paragraph_format.space_after = Pt(0)
            if self.foot:
                pl.para(self.foot.format(n=n, N=N), size=8)
        return N
