"""Small helpers for writing Word documents the way Word itself writes them.

python-docx covers paragraphs, tables, sections and comments; everything else
(footnotes, text boxes, tracked changes, fields, content controls, decorative
pictures) is raw WordprocessingML built here.
"""

import io
import re
import struct
import zlib
import zipfile
import datetime as _dt
from copy import deepcopy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor, Emu
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
FIXED = _dt.datetime(2025, 9, 1, 8, 0, 0)
FIXED_2026 = _dt.datetime(2026, 9, 1, 8, 0, 0)
GREY = RGBColor(0x7F, 0x7F, 0x7F)


# ---------------------------------------------------------------- document
def new_doc(title, author="", when=FIXED, margins_cm=2.2):
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    cp.language = "sv-SE"
    # Swedish as the default proofing language
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = etree.SubElement(rpr, qn("w:lang"))
    lang.set(qn("w:val"), "sv-SE")
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    doc._wk = {"footnotes": [], "bm": 0, "rev": 900}
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


_MARK = re.compile(r"(\*\*.+?\*\*|==.+?==|__.+?__)")


def runs(par, text, bold=False, italic=False, grey=False, size=None, color=None):
    """Add text with light markup: **bold**, __italic__, ==highlighted==."""
    out = []
    for piece in _MARK.split(text):
        if not piece:
            continue
        b, i, h = bold, italic, False
        if piece.startswith("**") and piece.endswith("**"):
            piece, b = piece[2:-2], True
        elif piece.startswith("__") and piece.endswith("__"):
            piece, i = piece[2:-2], True
        elif piece.startswith("==") and piece.endswith("=="):
            piece, h = piece[2:-2], True
        parts = piece.split("\t")
        for k, seg in enumerate(parts):
            r = par.add_run(seg)
            if k < len(parts) - 1:
                r.add_tab()
            r.bold = b or None
            r.italic = i or None
            if grey:
                r.font.color.rgb = GREY
            if color is not None:
                r.font.color.rgb = color
            if size:
                r.font.size = Pt(size)
            if h:
                hl = etree.SubElement(r._r.get_or_add_rPr(), qn("w:highlight"))
                hl.set(qn("w:val"), "yellow")
            out.append(r)
    return out


def P(c, text="", style=None, bold=False, italic=False, size=None, align=None, after=None):
    par = c.add_paragraph(style=style)
    if text:
        runs(par, text, bold=bold, italic=italic, size=size)
    if align is not None:
        par.alignment = align
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    return par


def G(c, text):
    """Template guidance: grey italic paragraph (==XX== parts highlighted)."""
    par = c.add_paragraph()
    runs(par, text, italic=True, grey=True)
    return par


def H(c, text, level=1, bookmark=None, doc=None):
    par = c.add_paragraph(style="Heading %d" % level)
    r = par.add_run(text)
    if bookmark is not None:
        _bookmark(par, bookmark, doc)
    return par


def fake_heading(c, text, size=12, caps=False):
    """A 'Normal' paragraph in bold used as a heading, as hand-typed plans do."""
    par = c.add_paragraph()
    r = par.add_run(text.upper() if caps else text)
    r.bold = True
    r.font.size = Pt(size)
    par.paragraph_format.space_before = Pt(10)
    return par


def _bookmark(par, name, doc):
    doc._wk["bm"] += 1
    bid = str(doc._wk["bm"])
    s = etree.Element(qn("w:bookmarkStart"))
    s.set(qn("w:id"), bid)
    s.set(qn("w:name"), name)
    e = etree.Element(qn("w:bookmarkEnd"))
    e.set(qn("w:id"), bid)
    ppr = par._p.find(qn("w:pPr"))
    idx = 1 if ppr is not None else 0
    par._p.insert(idx, s)
    par._p.append(e)


def bullets(c, items, style="List Bullet"):
    return [P(c, t, style=style) for t in items]


def numbered(c, items):
    return bullets(c, items, style="List Number")


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(c, rows, header=True, style="Table Grid", widths=None, bold_first_col=False, size=None):
    ncols = max(len(r) for r in rows)
    t = c.add_table(rows=0, cols=ncols)
    try:
        t.style = style
    except Exception:
        pass
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        for ci in range(ncols):
            txt = row[ci] if ci < len(row) else ""
            cell = cells[ci]
            lines = txt.split("\n") if txt else [""]
            first = True
            for line in lines:
                par = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                runs(par, line, bold=(header and ri == 0) or (bold_first_col and ci == 0), size=size)
        if header and ri == 0:
            trpr = t.rows[0]._tr.get_or_add_trPr()
            etree.SubElement(trpr, qn("w:tblHeader"))
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                if ci < len(row.cells):
                    row.cells[ci].width = Cm(w)
    return t


def shade(cell, fill="D9E2F3"):
    tcpr = cell._tc.get_or_add_tcPr()
    s = etree.SubElement(tcpr, qn("w:shd"))
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)


def no_borders(t):
    tblpr = t._tbl.tblPr
    b = etree.SubElement(tblpr, qn("w:tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = etree.SubElement(b, qn("w:" + side))
        e.set(qn("w:val"), "nil")


def dot_leader_line(c, left, right, indent_cm=0, pos_cm=16.0):
    par = c.add_paragraph()
    par.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    if indent_cm:
        par.paragraph_format.left_indent = Cm(indent_cm)
    r = par.add_run(left)
    r.add_tab()
    par.add_run(str(right))
    return par


# ---------------------------------------------------------------- fields
def _fld(par_el, kind):
    r = etree.SubElement(par_el, qn("w:r"))
    f = etree.SubElement(r, qn("w:fldChar"))
    f.set(qn("w:fldCharType"), kind)
    return r


def _instr(par_el, text):
    r = etree.SubElement(par_el, qn("w:r"))
    i = etree.SubElement(r, qn("w:instrText"))
    i.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    i.text = text
    return r


def _t(par_el, text):
    r = etree.SubElement(par_el, qn("w:r"))
    t = etree.SubElement(r, qn("w:t"))
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    return r


def field(par, instr, cached):
    """Complex field (begin / instrText / separate / cached result / end)."""
    p = par._p
    _fld(p, "begin")
    _instr(p, " %s " % instr)
    _fld(p, "separate")
    _t(p, cached)
    _fld(p, "end")


def page_x_of_y(par, x="1", y="1", prefix="Sida "):
    runs(par, prefix)
    field(par, "PAGE", x)
    runs(par, " (")
    field(par, "NUMPAGES", y)
    runs(par, ")")


def toc_styles(doc):
    for lvl, ind in ((1, 0.0), (2, 0.5)):
        name = "toc %d" % lvl
        try:
            doc.styles[name]
            continue
        except KeyError:
            pass
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        st.paragraph_format.left_indent = Cm(ind)
        st.paragraph_format.space_after = Pt(3)


def insert_toc_field(doc, anchor_par, entries):
    """Real TOC field with cached entries before anchor_par.

    entries: list of (level, text, bookmark_name, page)."""
    toc_styles(doc)
    new_pars = []
    for k, (lvl, text, bm, page) in enumerate(entries):
        par = anchor_par.insert_paragraph_before(style="toc %d" % lvl)
        p = par._p
        if k == 0:
            _fld(p, "begin")
            _instr(p, ' TOC \\o "1-3" \\h \\z \\u ')
            _fld(p, "separate")
        hl = etree.SubElement(p, qn("w:hyperlink"))
        hl.set(qn("w:anchor"), bm)
        hl.set(qn("w:history"), "1")
        _t(hl, text)
        r = etree.SubElement(hl, qn("w:r"))
        etree.SubElement(r, qn("w:tab"))
        _fld(hl, "begin")
        _instr(hl, " PAGEREF %s \\h " % bm)
        _fld(hl, "separate")
        _t(hl, str(page))
        _fld(hl, "end")
        new_pars.append(par)
    endp = anchor_par.insert_paragraph_before()
    _fld(endp._p, "end")
    return new_pars


# ---------------------------------------------------------------- pictures
def png(w, h, rgb=(40, 90, 160), stripe=None):
    """A tiny valid PNG; stripe=(rgb, every) adds vertical stripes."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            c = rgb
            if stripe and (x // stripe[1]) % 2 == 1:
                c = stripe[0]
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        return (
            struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def picture(run, data, width_cm, descr=None, name=None, decorative=False):
    run.add_picture(io.BytesIO(data), width=Cm(width_cm))
    docpr = run._r.findall(".//" + qn("wp:docPr"))[-1]
    if name:
        docpr.set("name", name)
    if descr:
        docpr.set("descr", descr)
    if decorative:
        x = parse_xml(
            '<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
            '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>'
            "</a:ext></a:extLst>"
        )
        docpr.append(x)
    return docpr


# ---------------------------------------------------------------- text box
def _txbx_pars(paras):
    out = []
    for t in paras:
        bold = t.startswith("**") and t.endswith("**") and t.count("**") == 2
        txt = t[2:-2] if bold else t
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        txt = txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, txt))
    return "".join(out)


def textbox(par, paras, width_cm=15.0, height_cm=4.0, fill="FFF2CC", fallback=False, name="Textruta"):
    """A wps:wsp text box (a drawing without any picture) anchored in par."""
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    content = _txbx_pars(paras)
    fb = ""
    if fallback:
        fb = (
            '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
            'o:connecttype="rect"/></v:shapetype><v:shape id="Textruta 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
            'style="position:absolute;margin-left:0;margin-top:0;width:%.1fpt;height:%.1fpt;z-index:251659264" '
            'fillcolor="#%s" strokeweight=".5pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
            "</v:shape></w:pict></mc:Fallback>" % (width_cm * 28.35, height_cm * 28.35, fill, content)
        )
    xml = (
        '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
        "<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></mc:Choice>%s</mc:AlternateContent></w:r>"
        % (NSDECL, cx, cy, name, cx, cy, fill, content, fb)
    )
    par._p.append(parse_xml(xml))


# ---------------------------------------------------------------- footnotes
def footnote(doc, par, text):
    """Append a footnote reference at the end of par; text goes to footnotes.xml."""
    fid = len(doc._wk["footnotes"]) + 1
    doc._wk["footnotes"].append((fid, text))
    r = etree.SubElement(par._p, qn("w:r"))
    rpr = etree.SubElement(r, qn("w:rPr"))
    va = etree.SubElement(rpr, qn("w:vertAlign"))
    va.set(qn("w:val"), "superscript")
    ref = etree.SubElement(r, qn("w:footnoteReference"))
    ref.set(qn("w:id"), str(fid))


def _write_footnotes(doc):
    notes = doc._wk["footnotes"]
    if not notes:
        return
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in notes:
        txt = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (fid, txt)
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
        % (NSDECL, "".join(body))
    ).encode("utf-8")
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml,
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)
    # footnote properties in settings, as Word writes them
    settings = doc.settings.element
    fp = parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % NSDECL)
    settings.append(fp)


# ---------------------------------------------------------------- revisions
def _rev(doc):
    doc._wk["rev"] += 1
    return str(doc._wk["rev"])


def deleted_paragraph(doc, anchor_par, text, author, date):
    """A whole paragraph deleted with track changes on, inserted before anchor_par."""
    par = anchor_par.insert_paragraph_before()
    p = par._p
    ppr = p.get_or_add_pPr()
    rpr = etree.SubElement(ppr, qn("w:rPr"))
    d = etree.SubElement(rpr, qn("w:del"))
    d.set(qn("w:id"), _rev(doc))
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    dl = etree.SubElement(p, qn("w:del"))
    dl.set(qn("w:id"), _rev(doc))
    dl.set(qn("w:author"), author)
    dl.set(qn("w:date"), date)
    r = etree.SubElement(dl, qn("w:r"))
    t = etree.SubElement(r, qn("w:delText"))
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    return par


def deleted_run(doc, par, text, author, date):
    dl = etree.SubElement(par._p, qn("w:del"))
    dl.set(qn("w:id"), _rev(doc))
    dl.set(qn("w:author"), author)
    dl.set(qn("w:date"), date)
    r = etree.SubElement(dl, qn("w:r"))
    t = etree.SubElement(r, qn("w:delText"))
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text


def inserted_run(doc, par, text, author, date):
    ins = etree.SubElement(par._p, qn("w:ins"))
    ins.set(qn("w:id"), _rev(doc))
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = etree.SubElement(ins, qn("w:r"))
    t = etree.SubElement(r, qn("w:t"))
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text


def inserted_paragraph(doc, c, text, author, date, style=None):
    par = c.add_paragraph(style=style)
    ppr = par._p.get_or_add_pPr()
    rpr = etree.SubElement(ppr, qn("w:rPr"))
    i = etree.SubElement(rpr, qn("w:ins"))
    i.set(qn("w:id"), _rev(doc))
    i.set(qn("w:author"), author)
    i.set(qn("w:date"), date)
    inserted_run(doc, par, text, author, date)
    return par


# ---------------------------------------------------------------- content controls
def sdt_inline(doc, par, alias, text, placeholder=False):
    sid = _rev(doc)
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    rst = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    xml = (
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%s"/>%s<w:text/></w:sdtPr>'
        '<w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (NSDECL, alias, alias.lower().replace(" ", "_"), sid, ph, rst, esc)
    )
    par._p.append(parse_xml(xml))


# ---------------------------------------------------------------- sections
def new_section(doc, first_page=True):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.different_first_page_header_footer = first_page
    for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
        hf.is_linked_to_previous = False
    return s


# ---------------------------------------------------------------- saving
def _fix_docpr_ids(doc):
    n = 0
    seen = set()
    for part in doc.part.package.iter_parts():
        el = getattr(part, "_element", None)
        if el is None:
            continue
        for dp in el.iter(qn("wp:docPr")):
            n += 1
            dp.set("id", str(n))


def fix_comment_dates(doc, date="2025-09-10T14:12:00Z"):
    for part in doc.part.package.iter_parts():
        if str(part.partname).endswith("/comments.xml"):
            for c in part._element.iter(qn("w:comment")):
                c.set(qn("w:date"), date)


def save(doc, path):
    _write_footnotes(doc)
    _fix_docpr_ids(doc)
    fix_comment_dates(doc, doc._wk.get("comment_date", "2025-09-10T14:12:00Z"))
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())
