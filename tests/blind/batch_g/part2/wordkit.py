"""Small helpers for building Word documents with structure python-docx lacks.

Everything here is deterministic: fixed core-property dates, fixed zip timestamps.
"""

import datetime as _dt
import io
import struct
import zipfile
import zlib
from copy import deepcopy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

FIXED_DATE = _dt.datetime(2025, 9, 12, 8, 30, 0)
ZIP_DATE = (2025, 9, 12, 8, 30, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
DECOR_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
ADEC_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"


NSX = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- images
def png(width, height, colors):
    """A tiny PNG with horizontal stripes of the given RGB colours."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        c = colors[(y * len(colors)) // height]
        for x in range(width):
            raw.extend(c)

    def chunk(tag, data):
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- the plan builder
class Plan:
    def __init__(self, title, lang="sv", author="", company=""):
        self.doc = Document()
        self.lang = lang
        self._rev_id = 1000
        self._endnotes = None
        self._footnotes = None
        cp = self.doc.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = FIXED_DATE
        cp.modified = FIXED_DATE
        cp.last_printed = FIXED_DATE
        cp.revision = 3
        cp.language = "sv-SE" if lang == "sv" else "en-GB"
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
        normal = self.doc.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(11)
        rpr = normal.element.get_or_add_rPr()
        lang_el = parse_xml(
            '<w:lang %s w:val="%s" w:eastAsia="en-US" w:bidi="ar-SA"/>'
            % (nsdecls("w"), "sv-SE" if lang == "sv" else "en-GB")
        )
        rpr.append(lang_el)
        self._guide_style = None

    # ---- basic text
    def h(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def title(self, text):
        return self.doc.add_paragraph(text, style="Title")

    def p(self, text="", style=None, bold=False, italic=False, size=None, color=None, align=None):
        para = self.doc.add_paragraph(style=style)
        if isinstance(text, str):
            parts = [(text, {})]
        else:
            parts = text
        for t, fmt in parts:
            r = para.add_run(t)
            r.bold = fmt.get("b", bold) or None
            r.italic = fmt.get("i", italic) or None
            if size or fmt.get("size"):
                r.font.size = Pt(fmt.get("size", size))
            if color or fmt.get("color"):
                r.font.color.rgb = RGBColor.from_string(fmt.get("color", color))
        if align is not None:
            para.alignment = align
        return para

    def pp(self, *texts):
        for t in texts:
            self.p(t)

    def bold_para(self, text):
        """A hand-made heading: Normal paragraph in bold."""
        return self.p(text, bold=True)

    def bullets(self, items, style="List Bullet"):
        for it in items:
            self.doc.add_paragraph(it, style=style)

    def numbered(self, items):
        self.bullets(items, style="List Number")

    def labelled(self, label, text):
        return self.p([(label, {"b": True}), (" " + text, {})])

    def page_break(self):
        from docx.enum.text import WD_BREAK

        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---- template guidance
    def _guidance_style(self):
        if self._guide_style is None:
            st = self.doc.styles.add_style("Instruktionstext", WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = self.doc.styles["Normal"]
            st.font.italic = True
            st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            st.font.size = Pt(10)
            self._guide_style = st
        return self._guide_style

    def guide(self, text):
        para = self.doc.add_paragraph(style=self._guidance_style())
        r = para.add_run(text)
        r.italic = True
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        return para

    def guide_box(self, text, fill="DCE6F1"):
        """One-cell shaded table holding template guidance."""
        t = self.doc.add_table(rows=1, cols=1)
        t.style = self.doc.styles["Table Grid"]
        cell = t.cell(0, 0)
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))
        paras = text if isinstance(text, list) else [text]
        first = True
        for t_ in paras:
            para = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            r = para.add_run(t_)
            r.italic = True
            r.font.size = Pt(9.5)
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        self.doc.add_paragraph()
        return t

    # ---- tables
    def table(
        self,
        rows,
        header=True,
        style="Table Grid",
        repeat_header=False,
        widths=None,
        shade_header="D9D9D9",
        container=None,
    ):
        target = container if container is not None else self.doc
        ncols = max(len(r) for r in rows)
        if container is None:
            t = target.add_table(rows=0, cols=ncols)
        else:
            t = target.add_table(rows=0, cols=ncols)
        try:
            t.style = self.doc.styles[style]
        except KeyError:
            pass
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j in range(ncols):
                val = row[j] if j < len(row) else ""
                self._fill_cell(cells[j], val, bold=(header and i == 0))
                if header and i == 0 and shade_header:
                    cells[j]._tc.get_or_add_tcPr().append(
                        parse_xml(
                            '<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                            % (nsdecls("w"), shade_header)
                        )
                    )
            if header and i == 0 and repeat_header:
                trpr = t.rows[0]._tr.get_or_add_trPr()
                trpr.append(parse_xml("<w:tblHeader %s/>" % nsdecls("w")))
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Cm(w)
        if container is None:
            self.doc.add_paragraph()
        return t

    def _fill_cell(self, cell, val, bold=False):
        lines = val if isinstance(val, list) else [val]
        first = True
        for line in lines:
            para = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if isinstance(line, tuple):  # (text, fmt)
                r = para.add_run(line[0])
                if line[1].get("i"):
                    r.italic = True
                    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
                if line[1].get("b"):
                    r.bold = True
            else:
                r = para.add_run(line)
                if bold:
                    r.bold = True

    def nested_table(self, cell, rows, header=True):
        """Put a table inside an existing cell (python-docx cell.add_table)."""
        t = cell.add_table(rows=0, cols=max(len(r) for r in rows))
        t.style = self.doc.styles["Table Grid"]
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j, val in enumerate(row):
                self._fill_cell(cells[j], val, bold=(header and i == 0))
        return t

    # ---- pictures
    def picture(self, png_bytes, width_cm, alt=None, title=None, decorative=False, para=None, name=None):
        if para is None:
            para = self.doc.add_paragraph()
        run = para.add_run()
        shape = run.add_picture(io.BytesIO(png_bytes), width=Cm(width_cm))
        docpr = shape._inline.docPr
        if name:
            docpr.set("name", name)
        if alt:
            docpr.set("descr", alt)
        if title:
            docpr.set("title", title)
        if decorative:
            ext = parse_xml(
                '<a:extLst xmlns:a="%s"><a:ext uri="%s"><adec:decorative xmlns:adec="%s" val="1"/>'
                "</a:ext></a:extLst>" % (A_NS, DECOR_URI, ADEC_NS)
            )
            docpr.append(ext)
        return para

    # ---- text boxes
    def textbox(
        self, paragraphs, width_cm=15.5, height_cm=5.0, fill="F2F2F2", fallback=False, name=None, para=None
    ):
        """A floating text box (wps:wsp with wps:txbx / w:txbxContent) holding paragraphs.

        paragraphs: list of str or (str, {"b": True}) tuples.
        """
        if para is None:
            para = self.doc.add_paragraph()
        sid = self.doc.part.next_id + 40
        cx, cy = int(width_cm * 360000), int(height_cm * 360000)
        inner = "".join(self._txbx_para(x) for x in paragraphs)
        nm = esc(name or "Textruta %d" % sid)
        fb = ""
        if fallback:
            fb = (
                '<mc:Fallback><w:pict><v:rect id="%s" o:spid="_x0000_s%d" style="position:absolute;'
                'margin-left:0;margin-top:0;width:%.1fpt;height:%.1fpt;z-index:251659264" '
                'fillcolor="#%s"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:rect>'
                "</w:pict></mc:Fallback>"
            ) % (nm, 1025 + sid, width_cm * 28.35, height_cm * 28.35, fill, inner)
        xml = (
            '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapTopAndBottom/><wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
            '<a:graphic xmlns:a="%s"><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:ln w="9525"><a:solidFill>'
            '<a:srgbClr val="404040"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>'
            "<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>"
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
            'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>%s</mc:AlternateContent></w:r>"
        ) % (NSX, 251659264 + sid, cx, cy, sid, nm, A_NS, cx, cy, fill, inner, fb)
        para._p.append(parse_xml(xml))
        return para

    def _txbx_para(self, item):
        if isinstance(item, tuple):
            text, fmt = item
        else:
            text, fmt = item, {}
        rpr = ""
        if fmt.get("b"):
            rpr += "<w:b/>"
        if fmt.get("size"):
            rpr += '<w:sz w:val="%d"/>' % int(fmt["size"] * 2)
        rpr = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, esc(text))

    # ---- fields and TOC
    def _toc_style(self, level):
        name = "toc %d" % level
        try:
            return self.doc.styles[name]
        except KeyError:
            st = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = self.doc.styles["Normal"]
            st.paragraph_format.left_indent = Cm(0.4 * (level - 1))
            st.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            return st

    def toc_field(self, entries, heading="Innehållsförteckning"):
        """A real TOC field: fldChar begin / instrText / separate, cached entries, end."""
        self.p(heading, style="TOC Heading")
        n = len(entries)
        for i, (level, text, page) in enumerate(entries):
            para = self.doc.add_paragraph(style=self._toc_style(level))
            p = para._p
            if i == 0:
                p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % nsdecls("w")))
                p.append(
                    parse_xml(
                        '<w:r %s><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                        % nsdecls("w")
                    )
                )
                p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % nsdecls("w")))
            anchor = "_Toc2025%04d" % (i + 11)
            p.append(
                parse_xml(
                    '<w:hyperlink %s w:anchor="%s" w:history="1"><w:r><w:t xml:space="preserve">%s</w:t></w:r>'
                    '<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r><w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>%s</w:t></w:r>'
                    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
                    % (nsdecls("w"), anchor, esc(text), anchor, page)
                )
            )
            if i == n - 1:
                p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")))

    def typed_toc(self, entries, heading="Innehåll"):
        """A typed TOC: text, tab with dot leader, page number (no field)."""
        self.bold_para(heading)
        for level, text, page in entries:
            para = self.doc.add_paragraph()
            para.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            if level > 1:
                para.paragraph_format.left_indent = Cm(0.6)
            para.add_run(text + "\t" + str(page))

    def page_field(self, para, prefix="Sida ", with_total=True):
        para.add_run(prefix)
        p = para._p

        def fld(instr):
            p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % nsdecls("w")))
            p.append(
                parse_xml(
                    '<w:r %s><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                    % (nsdecls("w"), instr)
                )
            )
            p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % nsdecls("w")))
            p.append(parse_xml("<w:r %s><w:t>1</w:t></w:r>" % nsdecls("w")))
            p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")))

        fld("PAGE")
        if with_total:
            para.add_run(" (")
            fld("NUMPAGES")
            para.add_run(")")

    # ---- revisions, content controls
    def _next_rev(self):
        self._rev_id += 1
        return self._rev_id

    def tracked_del(self, para, text, author, date="2025-09-10T09:12:00Z"):
        para._p.append(
            parse_xml(
                '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText>'
                "</w:r></w:del>" % (nsdecls("w"), self._next_rev(), esc(author), date, esc(text))
            )
        )

    def tracked_ins(self, para, text, author, date="2025-09-10T09:14:00Z"):
        para._p.append(
            parse_xml(
                '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t>'
                "</w:r></w:ins>" % (nsdecls("w"), self._next_rev(), esc(author), date, esc(text))
            )
        )

    def run(self, para, text, bold=False):
        r = para.add_run(text)
        if bold:
            r.bold = True
        return r

    def sdt_inline(self, para, text, alias, placeholder=False):
        sid = self._next_rev() + 5000
        ph = "<w:showingPlcHdr/>" if placeholder else ""
        rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ""
        para._p.append(
            parse_xml(
                '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s</w:sdtPr>'
                '<w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
                % (nsdecls("w"), esc(alias), esc(alias.lower().replace(" ", "_")), sid, ph, rpr, esc(text))
            )
        )

    def sdt_block(self, paragraphs, alias):
        sid = self._next_rev() + 5000
        inner = "".join(
            '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(t) for t in paragraphs
        )
        el = parse_xml(
            '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr>'
            "<w:sdtContent>%s</w:sdtContent></w:sdt>"
            % (nsdecls("w"), esc(alias), esc(alias.lower().replace(" ", "_")), sid, inner)
        )
        body = self.doc.element.body
        body.insert(len(body) - 1, el)  # before the final sectPr

    # ---- comments
    def comment(self, run, text, author, initials):
        return self.doc.add_comment(run, text=text, author=author, initials=initials)

    # ---- notes
    def _notes_part(self, kind):
        attr = "_" + kind + "s"
        if getattr(self, attr) is not None:
            return getattr(self, attr)
        tag = kind  # endnote | footnote
        xml = (
            '<w:%ss %s><w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>'
            '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:%s>'
            "</w:%ss>"
        ) % (tag, nsdecls("w", "r"), tag, tag, tag, tag, tag)
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.%ss+xml" % tag
        part = XmlPart(PackURI("/word/%ss.xml" % tag), ct, parse_xml(xml), self.doc.part.package)
        self.doc.part.relate_to(part, RT.ENDNOTES if kind == "endnote" else RT.FOOTNOTES)
        setattr(self, attr, part)
        return part

    def note(self, para, text, kind="endnote"):
        part = self._notes_part(kind)
        root = part.element
        nid = len(root.findall(qn("w:" + kind))) - 1  # two separators -> first id 1
        root.append(
            parse_xml(
                '<w:%s %s w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sRef/></w:r>'
                '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:%s>'
                % (kind, nsdecls("w"), nid, kind, esc(text), kind)
            )
        )
        para._p.append(
            parse_xml(
                '<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sReference w:id="%d"/></w:r>'
                % (nsdecls("w"), kind, nid)
            )
        )
        return nid

    # ---- sections / headers
    def new_section(self):
        return self.doc.add_section(WD_SECTION.NEW_PAGE)

    def header_text(self, hdr, text, align=None):
        para = hdr.paragraphs[0] if hdr.paragraphs else hdr.add_paragraph()
        para.text = text
        if align is not None:
            para.alignment = align
        return para

    # ---- save
    def save(self, path):
        # comments get the current time from python-docx; pin them for determinism
        for part in self.doc.part.package.iter_parts():
            if str(part.partname) == "/word/comments.xml":
                for c in part.element.iter(qn("w:comment")):
                    c.set(qn("w:date"), "2025-09-15T10:20:00Z")
        buf = io.BytesIO()
        self.doc.save(buf)
        normalize_zip(buf.getvalue(), path)


def normalize_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))
