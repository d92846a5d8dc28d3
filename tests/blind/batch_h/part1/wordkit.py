"""wordkit - small helpers for building realistic Word documents.

python-docx covers paragraphs, tables, pictures and comments; everything else
(content controls, tracked changes, footnotes/endnotes, text boxes, TOC fields,
decorative pictures) is written here as raw WordprocessingML.
"""

import datetime
import io
import re
import struct
import zipfile
import zlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED_DATE = datetime.datetime(2025, 9, 15, 8, 0, 0)
ZIP_DATE = (2025, 9, 15, 8, 0, 0)

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "adec": "http://schemas.microsoft.com/office/drawing/2017/decorative",
}
W = NS["w"]
WDECL = 'xmlns:w="%s"' % W
ALLDECL = " ".join('xmlns:%s="%s"' % (k, v) for k, v in NS.items())

RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CT_ENDNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- document


def new_doc(title, author, lang="sv-SE", date=FIXED_DATE, subject=None, font="Calibri", size=11):
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = date
    cp.modified = date
    cp.last_printed = date
    cp.revision = 1
    cp.language = lang
    cp.subject = subject or ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    # language of the whole document
    styles_el = doc.styles.element
    rpr_default = styles_el.find(qn("w:docDefaults"))
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            for old in rpr.findall(qn("w:lang")):
                rpr.remove(old)
            rpr.append(parse_xml('<w:lang %s w:val="%s" w:eastAsia="en-US" w:bidi="ar-SA"/>' % (WDECL, lang)))
    return doc


def body_append(doc, el):
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        sect.addprevious(el)
    else:
        body.append(el)
    return el


def set_track_revisions(doc):
    settings = doc.settings.element
    settings.insert(0, parse_xml("<w:trackRevisions %s/>" % WDECL))


# ---------------------------------------------------------------- text


def para(
    doc_or_cell,
    text="",
    bold=False,
    italic=False,
    style=None,
    size=None,
    color=None,
    align=None,
    space_after=None,
):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_runs(p, text, bold=False, italic=False, size=None, color=None):
    """Text may contain **bold** segments."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


def fake_heading(doc, text, size=13, caps=False, color=None, underline=False):
    """A hand-typed heading: Normal style, bold, bigger."""
    p = doc.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.font.size = Pt(size)
    if underline:
        r.underline = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    return p


def bullets(doc, items, style="List Bullet"):
    out = []
    for it in items:
        p = doc.add_paragraph(style=style)
        add_runs(p, it)
        out.append(p)
    return out


def numbered(doc, items):
    return bullets(doc, items, style="List Number")


def page_break(doc):
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- tables


def table(
    doc,
    rows,
    header=True,
    style="Table Grid",
    widths=None,
    bold_first_col=False,
    shade_header="D9E2F3",
    font_size=None,
):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = doc.styles[style]
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        for ci, val in enumerate(row):
            cell = cells[ci]
            cell.paragraphs[0].text = ""
            lines = val.split("\n") if isinstance(val, str) else list(val)
            for li, line in enumerate(lines):
                p = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                add_runs(p, line, bold=(header and ri == 0) or (bold_first_col and ci == 0), size=font_size)
            if header and ri == 0 and shade_header:
                shade(cell, shade_header)
    if header:
        mark_header_row(t.rows[0])
    if widths:
        for row in t.rows:
            for ci, wdt in enumerate(widths):
                row.cells[ci].width = Cm(wdt)
    return t


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (WDECL, fill)))


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml("<w:tblHeader %s/>" % WDECL))


# ---------------------------------------------------------------- header / footer


def header_text(doc, text, align="right", size=8):
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = ""
    add_runs(hp, text, size=size, color="595959")
    if align == "right":
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return hp


def footer_text(doc, text, page_numbers=True, size=8):
    fp = doc.sections[0].footer.paragraphs[0]
    fp.text = ""
    add_runs(fp, text, size=size, color="595959")
    if page_numbers:
        r = fp.add_run("   Sida ")
        r.font.size = Pt(size)
        _field(fp, "PAGE", "1", size)
        r = fp.add_run(" (")
        r.font.size = Pt(size)
        _field(fp, "NUMPAGES", "1", size)
        r = fp.add_run(")")
        r.font.size = Pt(size)
    return fp


def _field(p, instr, cached, size):
    xml = (
        '<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % WDECL,
        '<w:r %s><w:instrText xml:space="preserve"> %s </w:instrText></w:r>' % (WDECL, instr),
        '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % WDECL,
        '<w:r %s><w:rPr><w:sz w:val="%d"/></w:rPr><w:t>%s</w:t></w:r>' % (WDECL, size * 2, cached),
        '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % WDECL,
    )
    for x in xml:
        p._p.append(parse_xml(x))


# ---------------------------------------------------------------- pictures


def make_png(w, h, rgb, pattern=0):
    """Deterministic tiny PNG. pattern selects a simple drawing."""
    rows = []
    r0, g0, b0 = rgb
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            on = False
            if pattern == 0:
                on = (x // 4 + y // 4) % 2 == 0
            elif pattern == 1:  # circle
                on = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (min(w, h) / 2.6) ** 2
            elif pattern == 2:  # house
                on = (y > h * 0.45 and w * 0.2 < x < w * 0.8) or (
                    y <= h * 0.45 and abs(x - w / 2) < (y / (h * 0.45)) * w * 0.35
                )
            elif pattern == 3:  # frame
                on = x < 3 or y < 3 or x > w - 4 or y > h - 4
            elif pattern == 4:  # boxes flowchart
                on = (y % 16 < 10 and w * 0.15 < x < w * 0.85) or (abs(x - w / 2) < 1)
            elif pattern == 5:  # hand / stop
                on = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (min(w, h) / 2.2) ** 2 and not (
                    abs(x - w / 2) < 2 and y < h * 0.7
                )
            row += bytes((r0, g0, b0)) if on else b"\xff\xff\xff"
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def picture(paragraph, png, width_cm, alt=None, title=None, decorative=False, name=None):
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(png), width=Cm(width_cm))
    inline = run._r.findall(".//" + qn("wp:inline"))[-1]
    docPr = inline.find(qn("wp:docPr"))
    if name:
        docPr.set("name", name)
    if alt is not None:
        docPr.set("descr", alt)
    if title is not None:
        docPr.set("title", title)
    if decorative:
        ext = parse_xml(
            '<a:extLst %s><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
            '<adec:decorative val="1"/></a:ext></a:extLst>' % ALLDECL
        )
        docPr.append(ext)
    return run


# ---------------------------------------------------------------- text box


def textbox_run(
    paragraphs_xml,
    width_cm=15.5,
    height_cm=9.0,
    shape_id=501,
    name="Textruta 1",
    fill="FFF4E5",
    line="C55A11",
):
    """Return a w:r element holding an anchored wps text box (with VML fallback)."""
    cx = int(width_cm * 360000)
    cy = int(height_cm * 360000)
    inner = "".join(paragraphs_xml)
    xml = f"""<w:r {ALLDECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{shape_id}" name="{esc(name)}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="15875"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe" xmlns:o="urn:schemas-microsoft-com:office:office"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="{esc(name).replace(" ", "")}" type="#_x0000_t202" style="width:{width_cm * 28.35:.1f}pt;height:{height_cm * 28.35:.1f}pt" fillcolor="#{fill}" strokecolor="#{line}">
<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
    return parse_xml(xml)


def p_xml(text, bold=False, size=None, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % (
            "<w:b/>" if bold else "",
            '<w:sz w:val="%d"/>' % (size * 2) if size else "",
        )
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, esc(text))


# ---------------------------------------------------------------- tracked changes


class Revisions:
    def __init__(self, start=900):
        self.n = start

    def nid(self):
        self.n += 1
        return self.n

    def run_ins(self, text, author, date, bold=False):
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return (
            '<w:ins w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
            % (self.nid(), esc(author), date, b, esc(text))
        )

    def run_del(self, text, author, date, bold=False):
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return (
            '<w:del w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
            % (self.nid(), esc(author), date, b, esc(text))
        )

    @staticmethod
    def run(text, bold=False):
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (b, esc(text))

    def p(self, runs_xml, mark=None, author=None, date=None, style=None):
        """mark: None | 'ins' | 'del' (the paragraph mark itself)."""
        ppr_inner = '<w:pStyle w:val="%s"/>' % style if style else ""
        if mark:
            ppr_inner += '<w:rPr><w:%s w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (
                mark,
                self.nid(),
                esc(author),
                date,
            )
        ppr = "<w:pPr>%s</w:pPr>" % ppr_inner if ppr_inner else ""
        return parse_xml("<w:p %s>%s%s</w:p>" % (WDECL, ppr, "".join(runs_xml)))

    def table(self, rows, widths_twips, header_fill="E2EFD9"):
        """rows: list of (mark, author, date, [cell_runs_xml, ...]) ; mark None|'ins'|'del'."""
        grid = "".join('<w:gridCol w:w="%d"/>' % wdt for wdt in widths_twips)
        trs = []
        for ri, (mark, author, date, cells) in enumerate(rows):
            trpr = ""
            if ri == 0:
                trpr = "<w:trPr><w:tblHeader/></w:trPr>"
            elif mark:
                trpr = '<w:trPr><w:%s w:id="%d" w:author="%s" w:date="%s"/></w:trPr>' % (
                    mark,
                    self.nid(),
                    esc(author),
                    date,
                )
            tcs = []
            for ci, runs in enumerate(cells):
                shd = '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % header_fill if ri == 0 else ""
                ppr = ""
                if mark:
                    ppr = '<w:pPr><w:rPr><w:%s w:id="%d" w:author="%s" w:date="%s"/></w:rPr></w:pPr>' % (
                        mark,
                        self.nid(),
                        esc(author),
                        date,
                    )
                tcs.append(
                    '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr><w:p>%s%s</w:p></w:tc>'
                    % (widths_twips[ci], shd, ppr, "".join(runs))
                )
            trs.append("<w:tr>%s%s</w:tr>" % (trpr, "".join(tcs)))
        xml = (
            '<w:tbl %s><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
            "</w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>" % (WDECL, grid, "".join(trs))
        )
        return parse_xml(xml)


# ---------------------------------------------------------------- content controls

_sdt_counter = [-1204000000]


def _sdt_id():
    _sdt_counter[0] -= 7919
    return _sdt_counter[0]


def sdt_inline(alias, tag, text, placeholder=False, date=None):
    """Inline (run-level) content control."""
    plc = "<w:showingPlcHdr/>" if placeholder else ""
    if date:
        kind = (
            '<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>' % date
        )
    elif placeholder and text.startswith("Klicka här för att ange datum"):
        kind = (
            '<w:date><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
        )
    else:
        kind = "<w:text/>"
    rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    xml = (
        '<w:sdt %s><w:sdtPr>%s<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s%s</w:sdtPr>'
        '<w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (WDECL, rpr, esc(alias), esc(tag), _sdt_id(), plc, kind, rpr, esc(text))
    )
    return parse_xml(xml)


def sdt_block(alias, tag, paragraphs, placeholder=False):
    """Block-level content control holding whole paragraphs (list of str)."""
    plc = "<w:showingPlcHdr/>" if placeholder else ""
    rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    ps = "".join(
        '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, esc(t)) for t in paragraphs
    )
    kind = "" if not placeholder else ""
    xml = (
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s%s</w:sdtPr>'
        "<w:sdtContent>%s</w:sdtContent></w:sdt>" % (WDECL, esc(alias), esc(tag), _sdt_id(), plc, kind, ps)
    )
    return parse_xml(xml)


# ---------------------------------------------------------------- TOC field


def toc_field(doc, entries, title="Innehållsförteckning", pos=9060):
    """entries: list of (level, text, page). Writes a real TOC field with cached result."""
    tp = doc.add_paragraph(style="TOC Heading")
    tp.add_run(title)
    n = len(entries)
    for i, (lvl, text, page) in enumerate(entries):
        ind = '<w:ind w:left="%d"/>' % ((lvl - 1) * 240) if lvl > 1 else ""
        ppr = (
            '<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%d"/></w:tabs>'
            '<w:spacing w:after="60"/>%s</w:pPr>' % (pos, ind)
        )
        start = ""
        if i == 0:
            start = (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\z \\u </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
        body = '<w:r><w:t xml:space="preserve">%s</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>%s</w:t></w:r>' % (
            esc(text),
            page,
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == n - 1 else ""
        body_append(doc, parse_xml("<w:p %s>%s%s%s%s</w:p>" % (WDECL, ppr, start, body, end)))


def typed_toc(doc, entries, title="Innehåll", pos=9060):
    """A hand-typed TOC with dot leaders (no field)."""
    fake_heading(doc, title, size=14)
    for lvl, text, page in entries:
        ind = '<w:ind w:left="%d"/>' % ((lvl - 1) * 360) if lvl > 1 else ""
        ppr = (
            '<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%d"/></w:tabs>'
            '<w:spacing w:after="40"/>%s</w:pPr>' % (pos, ind)
        )
        body_append(
            doc,
            parse_xml(
                '<w:p %s>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>%s</w:t></w:r></w:p>'
                % (WDECL, ppr, esc(text), page)
            ),
        )


# ---------------------------------------------------------------- footnotes / endnotes


class Notes:
    """Collects footnotes and endnotes and writes real parts on finish()."""

    def __init__(self, doc):
        self.doc = doc
        self.foot = []
        self.end = []

    def _ref(self, paragraph, kind, nid):
        paragraph._p.append(
            parse_xml(
                '<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sReference w:id="%d"/></w:r>'
                % (WDECL, kind, nid)
            )
        )

    def footnote(self, paragraph, text):
        nid = len(self.foot) + 1
        self.foot.append(text)
        self._ref(paragraph, "footnote", nid)

    def endnote(self, paragraph, text):
        nid = len(self.end) + 1
        self.end.append(text)
        self._ref(paragraph, "endnote", nid)

    def _part_xml(self, kind, notes):
        sep = (
            '<w:{k} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            "<w:r><w:separator/></w:r></w:p></w:{k}>"
            '<w:{k} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            "<w:r><w:continuationSeparator/></w:r></w:p></w:{k}>"
        ).format(k=kind)
        items = []
        for i, t in enumerate(notes, 1):
            items.append(
                '<w:{k} w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:{k}Ref/></w:r>'
                '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:{k}>'.format(
                    k=kind, i=i, t=esc(t)
                )
            )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{k}s {d}>{s}{it}</w:{k}s>'.format(
                k=kind, d=ALLDECL, s=sep, it="".join(items)
            )
        ).encode("utf-8")

    def finish(self):
        dp = self.doc.part
        pkg = dp.package
        if self.foot:
            part = Part(
                PackURI("/word/footnotes.xml"), CT_FOOTNOTES, self._part_xml("footnote", self.foot), pkg
            )
            dp.relate_to(part, RT_FOOTNOTES)
        if self.end:
            part = Part(PackURI("/word/endnotes.xml"), CT_ENDNOTES, self._part_xml("endnote", self.end), pkg)
            dp.relate_to(part, RT_ENDNOTES)


# ---------------------------------------------------------------- save


def save(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in src.namelist():
            if name == "docProps/thumbnail.jpeg":
                continue
            data = src.read(name)
            if name == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*Target="docProps/thumbnail.jpeg"/>', b"", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)


def luhn_ok(digits10):
    s = 0
    for i, ch in enumerate(digits10[:9]):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10 == int(digits10[9])


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return str((10 - s % 10) % 10)
