"""Small helper kit for building plan documents with python-docx plus raw WordprocessingML.

Everything here is deterministic: fixed dates, no randomness, zip entries with a fixed time.
"""
import datetime as dt
import io
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

FIXED = dt.datetime(2025, 9, 1, 8, 0, 0, tzinfo=dt.timezone.utc)
FIXED_ISO = "2025-09-01T08:00:00Z"

NSW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": NSW,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "adec": "http://schemas.microsoft.com/office/drawing/2017/decorative",
}
NSDECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())


# ---------------------------------------------------------------- personnummer

def luhn_check(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        prod = int(ch) * (2 if i % 2 == 0 else 1)
        total += prod // 10 + prod % 10
    return str((10 - total % 10) % 10)


def pnr(yymmdd: str, nnn: str, sep: str = "-", century: str = "") -> str:
    """Build a Luhn-valid personal identity number string in the requested form."""
    c = luhn_check(yymmdd + nnn)
    return f"{century}{yymmdd}{sep}{nnn}{c}"


# ---------------------------------------------------------------- tiny PNG

def png(width: int, height: int, bars=None, bg=(255, 255, 255), fg=(40, 90, 160)) -> bytes:
    """A small RGB PNG. `bars` = list of heights 0..1 drawn as vertical bars."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            col = bg
            if bars:
                n = len(bars)
                slot = width // n
                i = min(x // slot, n - 1)
                inside = (x % slot) > slot // 5 and (x % slot) < slot - slot // 5
                if inside and y >= height - int(bars[i] * (height - 4)):
                    col = fg
            else:
                if (x // 8 + y // 8) % 2 == 0:
                    col = fg
            row += bytes(col)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


# ---------------------------------------------------------------- document

class Plan:
    """Wraps a python-docx Document with counters for notes, revisions and drawings."""

    def __init__(self, title: str, lang: str = "sv-SE", author: str = "Rektor"):
        self.doc = Document()
        self.lang = lang
        self._fn = None
        self._en = None
        self._fn_id = 0
        self._en_id = 0
        self._rev = 100
        self._draw = 500
        cp = self.doc.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = FIXED.replace(tzinfo=None)
        cp.modified = FIXED.replace(tzinfo=None)
        cp.revision = 1
        cp.comments = ""
        cp.language = lang
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2.2)
        st = self.doc.styles["Normal"]
        st.font.name = "Calibri"
        st.font.size = Pt(11)
        rpr = self.doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        lang_el = etree.SubElement(rpr, qn("w:lang"))
        lang_el.set(qn("w:val"), lang)
        lang_el.set(qn("w:eastAsia"), lang)

    # --- basic text -------------------------------------------------------
    def h(self, text, level=1):
        return self.doc.add_heading(text, level)

    def title(self, text):
        return self.doc.add_paragraph(text, style="Title")

    def p(self, text="", bold=False, italic=False, style=None, size=None, color=None):
        para = self.doc.add_paragraph(style=style)
        if text:
            self.runs(para, text, bold=bold, italic=italic, size=size, color=color)
        return para

    @staticmethod
    def runs(para, text, bold=False, italic=False, size=None, color=None):
        """Add text to a paragraph; **double stars** toggle bold inside the text."""
        parts = text.split("**")
        last = None
        for i, part in enumerate(parts):
            if not part:
                continue
            r = para.add_run(part)
            r.bold = bold or (i % 2 == 1)
            if italic:
                r.italic = True
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor(*color)
            last = r
        return last

    def bullets(self, items, style="List Bullet"):
        out = []
        for it in items:
            para = self.doc.add_paragraph(style=style)
            self.runs(para, it)
            out.append(para)
        return out

    def numbered(self, items):
        return self.bullets(items, style="List Number")

    def page_break(self):
        from docx.enum.text import WD_BREAK
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, header=True, style="Table Grid", widths=None, bold_first_col=False, container=None):
        holder = container if container is not None else self.doc
        ncols = max(len(r) for r in rows)
        t = holder.add_table(rows=0, cols=ncols)
        try:
            t.style = style
        except Exception:
            pass
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for ci in range(ncols):
                val = row[ci] if ci < len(row) else ""
                cell = cells[ci]
                cell.paragraphs[0].text = ""
                lines = val.split("\n") if isinstance(val, str) else [str(val)]
                for li, line in enumerate(lines):
                    para = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                    self.runs(para, line, bold=(header and ri == 0) or (bold_first_col and ci == 0))
        if header:
            trpr = t.rows[0]._tr.get_or_add_trPr()
            th = etree.SubElement(trpr, qn("w:tblHeader"))
            th.set(qn("w:val"), "true")
        if widths:
            for row in t.rows:
                for ci, wcm in enumerate(widths):
                    if ci < len(row.cells):
                        row.cells[ci].width = Cm(wcm)
        if container is None:
            self.doc.add_paragraph()
        return t

    # --- styles and outline levels -----------------------------------------
    def add_para_style(self, name, size=14, bold=True, outline_lvl=None, color=None, based_on="Normal"):
        st = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = self.doc.styles[based_on]
        st.font.size = Pt(size)
        st.font.bold = bold
        if color:
            st.font.color.rgb = RGBColor(*color)
        st.paragraph_format.space_before = Pt(12)
        st.paragraph_format.space_after = Pt(4)
        if outline_lvl is not None:
            ppr = st.element.get_or_add_pPr()
            ol = etree.SubElement(ppr, qn("w:outlineLvl"))
            ol.set(qn("w:val"), str(outline_lvl))
        return st

    def outline_p(self, text, lvl=0, size=13):
        """A Normal paragraph, bold, carrying an outline level (shows in the navigation pane)."""
        para = self.doc.add_paragraph()
        ppr = para._p.get_or_add_pPr()
        ol = etree.SubElement(ppr, qn("w:outlineLvl"))
        ol.set(qn("w:val"), str(lvl))
        self.runs(para, text, bold=True, size=size)
        return para

    @staticmethod
    def set_outline(para, lvl):
        ppr = para._p.get_or_add_pPr()
        ol = etree.SubElement(ppr, qn("w:outlineLvl"))
        ol.set(qn("w:val"), str(lvl))

    # --- TOCs ---------------------------------------------------------------
    def typed_toc(self, entries, heading="Innehållsförteckning"):
        self.p(heading, bold=True, size=14)
        for level, text, page in entries:
            para = self.doc.add_paragraph()
            pf = para.paragraph_format
            pf.left_indent = Cm(0.6 * (level - 1))
            pf.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            para.add_run(f"{text}\t{page}")

    def toc_field(self, entries, heading="Innehåll"):
        self.p(heading, bold=True, size=14)
        first = True
        n = len(entries)
        for i, (level, text, page) in enumerate(entries):
            xml = [f'<w:p {NSDECL}><w:pPr><w:pStyle w:val="TOC{level}"/>'
                   f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs></w:pPr>']
            if first:
                xml.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                           '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
                first = False
            xml.append(f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r><w:r><w:tab/></w:r>'
                       f'<w:r><w:t>{page}</w:t></w:r>')
            if i == n - 1:
                xml.append('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            xml.append('</w:p>')
            self.doc.element.body.append(parse_xml("".join(xml)))
        # keep sectPr last
        body = self.doc.element.body
        sect = body.find(qn("w:sectPr"))
        if sect is not None:
            body.remove(sect)
            body.append(sect)

    # --- headers / footers ---------------------------------------------------
    def header_text(self, text, align_right=False):
        hdr = self.doc.sections[0].header
        para = hdr.paragraphs[0]
        para.text = text
        if align_right:
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return hdr

    def footer_text(self, text, page_numbers=True, sv=True):
        ftr = self.doc.sections[0].footer
        para = ftr.paragraphs[0]
        para.text = ""
        para.add_run(text)
        if page_numbers:
            para.add_run("   " + ("Sida " if sv else "Page "))
            self._field(para, "PAGE", "1")
            para.add_run(" (" if sv else " of ")
            self._field(para, "NUMPAGES", "1")
            if sv:
                para.add_run(")")
        return ftr

    @staticmethod
    def _field(para, instr, cached):
        for xml in (f'<w:r {NSDECL}><w:fldChar w:fldCharType="begin"/></w:r>',
                    f'<w:r {NSDECL}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
                    f'<w:r {NSDECL}><w:fldChar w:fldCharType="separate"/></w:r>',
                    f'<w:r {NSDECL}><w:t>{cached}</w:t></w:r>',
                    f'<w:r {NSDECL}><w:fldChar w:fldCharType="end"/></w:r>'):
            para._p.append(parse_xml(xml))

    # --- pictures -------------------------------------------------------------
    def picture(self, run, data: bytes, width_cm=4.0, descr=None, decorative=False, name="Bild"):
        inline = run.add_picture(io.BytesIO(data), width=Cm(width_cm))._inline
        self._draw += 1
        docpr = inline.find(qn("wp:docPr"))
        docpr.set("id", str(self._draw))
        docpr.set("name", f"{name} {self._draw}")
        if descr:
            docpr.set("descr", descr)
        elif "descr" in docpr.attrib:
            del docpr.attrib["descr"]
        cnv = inline.find(".//" + qn("pic:cNvPr"))
        if cnv is not None:
            cnv.set("descr", descr or "")
            if not descr:
                del cnv.attrib["descr"]
            cnv.set("name", f"{name}.png")
        if decorative:
            ext = parse_xml(
                f'<a:extLst {NSDECL}><a:ext uri="{{C183D7F6-B498-43B3-948B-1728B52AA6E4}}">'
                f'<adec:decorative val="1"/></a:ext></a:extLst>')
            docpr.append(ext)
        return inline

    def picture_para(self, data, width_cm=4.0, descr=None, decorative=False, container=None, name="Bild"):
        para = (container or self.doc).add_paragraph()
        self.picture(para.add_run(), data, width_cm, descr, decorative, name)
        return para

    # --- text box ---------------------------------------------------------------
    def textbox(self, para, lines, width_cm=7.0, height_cm=5.0, descr=None):
        """Anchor a wps:wsp shape with a wps:txbx holding `lines` (first line bold)."""
        self._draw += 1
        cx, cy = int(width_cm * 360000), int(height_cm * 360000)
        ps = []
        for i, line in enumerate(lines):
            b = "<w:b/>" if i == 0 else ""
            ps.append(f'<w:p><w:r><w:rPr>{b}</w:rPr><w:t xml:space="preserve">{esc(line)}</w:t></w:r></w:p>')
        d = f' descr="{esc(descr)}"' if descr else ""
        xml = (
            f'<w:r {NSDECL}><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
            f'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{self._draw}" name="Textruta {self._draw}"{d}/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF4D6"/></a:solidFill>'
            f'<a:ln w="12700"><a:solidFill><a:srgbClr val="C08A00"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{"".join(ps)}</w:txbxContent></wps:txbx>'
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
            f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
        para._p.append(parse_xml(xml))

    # --- drawing group (SmartArt-like) ------------------------------------------------
    def group_drawing(self, para, box_texts, picture_data, pic_descr=None, group_descr=None):
        """A wpg:wgp group: one rounded box per text, arrows between them, and a small picture."""
        rid, _img = para.part.get_or_add_image(io.BytesIO(picture_data))
        self._draw += 1
        gid = self._draw
        bw, bh, gap = 1_500_000, 700_000, 250_000
        n = len(box_texts)
        total_w = n * bw + (n - 1) * gap
        pic_w = 700_000
        gcx, gcy = total_w + gap + pic_w, bh + 200_000
        shapes = []
        sid = 1
        for i, text in enumerate(box_texts):
            x = i * (bw + gap)
            sid += 1
            shapes.append(
                f'<wps:wsp><wps:cNvPr id="{sid}" name="Steg {i + 1}"/><wps:cNvSpPr/><wps:spPr>'
                f'<a:xfrm><a:off x="{x}" y="100000"/><a:ext cx="{bw}" cy="{bh}"/></a:xfrm>'
                f'<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="D9E8F5"/></a:solidFill>'
                f'</wps:spPr><wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
                f'<wps:bodyPr anchor="ctr"/></wps:wsp>')
            if i < n - 1:
                sid += 1
                shapes.append(
                    f'<wps:wsp><wps:cNvPr id="{sid}" name="Pil {i + 1}"/><wps:cNvSpPr/><wps:spPr>'
                    f'<a:xfrm><a:off x="{x + bw}" y="{100000 + bh // 2 - 60000}"/><a:ext cx="{gap}" cy="120000"/></a:xfrm>'
                    f'<a:prstGeom prst="rightArrow"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill>'
                    f'</wps:spPr><wps:bodyPr/></wps:wsp>')
        sid += 1
        pd = f' descr="{esc(pic_descr)}"' if pic_descr else ""
        shapes.append(
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{sid}" name="Symbol"{pd}/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="{total_w + gap}" y="100000"/><a:ext cx="{pic_w}" cy="{bh}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>')
        gd = f' descr="{esc(group_descr)}"' if group_descr else ""
        xml = (
            f'<w:r {NSDECL}><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{gcx}" cy="{gcy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{gid}" name="Grupp {gid}"{gd}/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
            f'<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{gcx}" cy="{gcy}"/>'
            f'<a:chOff x="0" y="0"/><a:chExt cx="{gcx}" cy="{gcy}"/></a:xfrm></wpg:grpSpPr>'
            f'{"".join(shapes)}</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
        para._p.append(parse_xml(xml))

    # --- tracked changes -----------------------------------------------------------------
    def tracked(self, segments, author="Lena Sjöberg", date="2026-08-24T09:00:00Z", style=None, container=None):
        """Paragraph from segments: (kind, text) with kind in '', 'ins', 'del'.
        If every segment is 'del' the paragraph mark is deleted too; all 'ins' -> mark inserted."""
        para = (container or self.doc).add_paragraph(style=style)
        kinds = {k for k, _ in segments}
        if kinds == {"del"} or kinds == {"ins"}:
            ppr = para._p.get_or_add_pPr()
            rpr = ppr.find(qn("w:rPr"))
            if rpr is None:
                rpr = etree.SubElement(ppr, qn("w:rPr"))
            self._rev += 1
            mark = etree.SubElement(rpr, qn("w:del" if kinds == {"del"} else "w:ins"))
            mark.set(qn("w:id"), str(self._rev))
            mark.set(qn("w:author"), author)
            mark.set(qn("w:date"), date)
        for kind, text in segments:
            runs = []
            for i, piece in enumerate(text.split("**")):
                if piece:
                    b = "<w:rPr><w:b/></w:rPr>" if i % 2 == 1 else ""
                    tt = "delText" if kind == "del" else "t"
                    runs.append(f'<w:r>{b}<w:{tt} xml:space="preserve">{esc(piece)}</w:{tt}></w:r>')
            if kind == "":
                for r in runs:
                    para._p.append(parse_xml(r.replace("<w:r>", f"<w:r {NSDECL}>", 1)))
            else:
                self._rev += 1
                tag = "ins" if kind == "ins" else "del"
                para._p.append(parse_xml(
                    f'<w:{tag} {NSDECL} w:id="{self._rev}" w:author="{esc(author)}" w:date="{date}">'
                    f'{"".join(runs)}</w:{tag}>'))
        return para

    # --- foot- and endnotes -----------------------------------------------------------------
    def _notes_part(self, kind):
        attr = "_fn" if kind == "footnote" else "_en"
        if getattr(self, attr) is None:
            tag = "footnotes" if kind == "footnote" else "endnotes"
            one = kind
            xml = (f'<w:{tag} {NSDECL}>'
                   f'<w:{one} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{one}>'
                   f'<w:{one} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{one}>'
                   f'</w:{tag}>')
            ct = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{tag}+xml"
            part = Part(PackURI(f"/word/{tag}.xml"), ct, xml.encode("utf-8"), self.doc.part.package)
            rt = RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES
            self.doc.part.relate_to(part, rt)
            setattr(self, attr, [part, []])
        return getattr(self, attr)

    def note(self, para, text, kind="footnote"):
        holder = self._notes_part(kind)
        if kind == "footnote":
            self._fn_id += 1
            nid = self._fn_id
        else:
            self._en_id += 1
            nid = self._en_id
        holder[1].append((nid, text))
        ref = "footnoteReference" if kind == "footnote" else "endnoteReference"
        para._p.append(parse_xml(
            f'<w:r {NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref} w:id="{nid}"/></w:r>'))
        return nid

    def _finish_notes(self):
        for kind, attr in (("footnote", "_fn"), ("endnote", "_en")):
            holder = getattr(self, attr)
            if holder is None:
                continue
            part, notes = holder
            tag = "footnotes" if kind == "footnote" else "endnotes"
            ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
            root = etree.fromstring(part.blob)
            for nid, text in notes:
                root.append(parse_xml(
                    f'<w:{kind} {NSDECL} w:id="{nid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:{kind}>'))
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    # --- comments ----------------------------------------------------------------------------------
    def comment(self, run, text, author="Per Lindqvist", initials="PL"):
        c = self.doc.add_comment(run, text=text, author=author, initials=initials)
        c._comment_elm.date = FIXED
        return c

    # --- content control -------------------------------------------------------------------------------
    def content_control(self, para, text, tag="Fält"):
        para._p.append(parse_xml(
            f'<w:sdt {NSDECL}><w:sdtPr><w:alias w:val="{esc(tag)}"/><w:tag w:val="{esc(tag)}"/></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:sdtContent></w:sdt>'))

    # --- save ---------------------------------------------------------------------------------------------
    def save(self, path):
        self._finish_notes()
        buf = io.BytesIO()
        self.doc.save(buf)
        deterministic_zip(buf.getvalue(), path)


def esc(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def deterministic_zip(blob: bytes, path):
    zin = zipfile.ZipFile(io.BytesIO(blob))
    names = zin.namelist()
    # [Content_Types].xml first, as Word writes it
    names.sort(key=lambda n: (n != "[Content_Types].xml", n))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            data = zin.read(n)
            if n == "docProps/core.xml":
                data = fix_core(data)
            zi = zipfile.ZipInfo(n, date_time=(2025, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def fix_core(data: bytes) -> bytes:
    root = etree.fromstring(data)
    for el in root.iter():
        if etree.QName(el).localname in ("created", "modified"):
            el.text = FIXED_ISO
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def selfcheck(paths):
    """Re-open each file with python-docx and parse every XML part with lxml."""
    main_ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    problems = []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    for path in paths:
        try:
            Document(str(path))
        except Exception as exc:  # pragma: no cover
            problems.append(f"{path.name}: python-docx cannot open: {exc}")
            continue
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if n.endswith(".xml") or n.endswith(".rels"):
                    data = z.read(n)
                    if b"<!DOCTYPE" in data:
                        problems.append(f"{path.name}:{n}: DTD present")
                    try:
                        etree.fromstring(data, parser)
                    except etree.XMLSyntaxError as exc:
                        problems.append(f"{path.name}:{n}: {exc}")
            ct = z.read("[Content_Types].xml").decode("utf-8")
            if main_ct not in ct:
                problems.append(f"{path.name}: main content type missing")
    return problems


# ---------------------------------------------------------------- labels

KEYS = ["validity_period", "responsible", "student_involvement", "previous_year_evaluation", "survey",
        "promotive_work", "preventive_measures", "acute_routines", "discrimination_grounds",
        "minority_rights", "evaluation_plan", "guardian_involvement"]
_CODE = {"m": "met", "p": "partial", "x": "missing"}


def label(file, year, lang, forms, shape, codes, reasons, guidance=(), not_done=(), pnrs=None,
          decoys=(), noalt=0, ok=0):
    """codes: 12 letters m/p/x in KEYS order, spaces ignored. pnrs: {string: place}."""
    letters = codes.replace(" ", "")
    assert len(letters) == 12, (file, codes)
    pnrs = pnrs or {}
    return {
        "file": file,
        "school_year": year,
        "language": lang,
        "forms": list(forms),
        "shape": shape,
        "expected": {k: _CODE[c] for k, c in zip(KEYS, letters)},
        "reasons": reasons,
        "guidance_keys": list(guidance),
        "not_done_keys": list(not_done),
        "identity_numbers": list(pnrs.keys()),
        "identity_number_places": dict(pnrs),
        "decoys": list(decoys),
        "images_without_alt": noalt,
        "images_ok": ok,
    }
