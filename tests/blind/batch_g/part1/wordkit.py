"""Small helpers for writing realistic Word documents with python-docx plus raw WordprocessingML.

Everything here is deterministic: fixed core-property dates, fixed zip timestamps, no randomness.
"""

import datetime as _dt
import io
import re
import struct
import zipfile
import zlib
from copy import deepcopy

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
ADEC_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

FIXED = _dt.datetime(2025, 9, 15, 8, 0, 0)
ZIP_TIME = (2025, 9, 15, 8, 0, 0)

_NSDECL = (
    f'xmlns:w="{W_NS}" xmlns:a="{A_NS}" xmlns:wp="{WP_NS}" xmlns:wps="{WPS_NS}" '
    f'xmlns:mc="{MC_NS}" xmlns:r="{R_NS}"'
)


def X(xml):
    """Parse an XML fragment that uses the w/a/wp/wps/mc/r prefixes."""
    xml = xml.strip()
    m = re.match(r"<([A-Za-z0-9]+:[A-Za-z0-9]+)", xml)
    tag = m.group(1)
    xml = xml[: len(tag) + 1] + " " + _NSDECL + xml[len(tag) + 1 :]
    return parse_xml(xml)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------------------------
# document set-up
# ----------------------------------------------------------------------------------------------


def new_doc(title, author="Rektor", created=None, subject=None, lang="sv-SE", a4=True):
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created or FIXED
    cp.modified = created or FIXED
    cp.last_printed = created or FIXED
    cp.revision = 3
    cp.subject = subject or ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.language = lang
    # language of the default run properties
    styles_el = d.styles.element
    rpr_default = styles_el.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr_default is not None:
        lang_el = rpr_default.find(qn("w:lang"))
        if lang_el is None:
            lang_el = etree.SubElement(rpr_default, qn("w:lang"))
        lang_el.set(qn("w:val"), lang)
        lang_el.set(qn("w:eastAsia"), "en-US")
        lang_el.set(qn("w:bidi"), "ar-SA")
    if a4:
        for s in d.sections:
            s.page_width = Cm(21.0)
            s.page_height = Cm(29.7)
            s.left_margin = Cm(2.5)
            s.right_margin = Cm(2.5)
            s.top_margin = Cm(2.5)
            s.bottom_margin = Cm(2.2)
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    _add_styles(d)
    return d


def _add_styles(d):
    st = d.styles
    names = [s.name for s in st]
    if "Placeholder Text" not in names:
        s = st.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        s.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        s.element.set(qn("w:styleId"), "Platshllartext")
    if "footnote text" not in names:
        s = st.add_style("footnote text", WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = st["Normal"]
        s.font.size = Pt(9)
        s.paragraph_format.space_after = Pt(0)
        s.element.set(qn("w:styleId"), "Fotnotstext")
    if "footnote reference" not in names:
        s = st.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER)
        s.font.superscript = True
        s.element.set(qn("w:styleId"), "Fotnotsreferens")
    for lvl in (1, 2, 3):
        nm = f"toc {lvl}"
        if nm not in names:
            s = st.add_style(nm, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = st["Normal"]
            s.paragraph_format.left_indent = Cm(0.4 * (lvl - 1))
            s.paragraph_format.space_after = Pt(3)
            s.element.set(qn("w:styleId"), f"Innehll{lvl}")
    if "annotation text" not in names:
        s = st.add_style("annotation text", WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = st["Normal"]
        s.font.size = Pt(10)
        s.element.set(qn("w:styleId"), "Kommentarer")
    if "annotation reference" not in names:
        s = st.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER)
        s.font.size = Pt(8)
        s.element.set(qn("w:styleId"), "Kommentarsreferens")


# ----------------------------------------------------------------------------------------------
# text
# ----------------------------------------------------------------------------------------------

_MARK = re.compile(r"(\*\*.+?\*\*|__.+?__)")


def runs_md(par, text, size=None, color=None):
    """Add runs to par; **bold** and __italic__ segments."""
    for part in _MARK.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("__") and part.endswith("__"):
            r = par.add_run(part[2:-2])
            r.italic = True
        else:
            r = par.add_run(part)
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return par


def p(d, text="", style=None, bold=False, italic=False, size=None, align=None, color=None, after=None):
    par = d.add_paragraph(style=style)
    if text:
        if bold or italic:
            r = par.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        else:
            runs_md(par, text, size=size, color=color)
    if align is not None:
        par.alignment = align
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    return par


def h(d, text, level=1):
    return d.add_heading(text, level=level)


def caps_heading(d, text, size=12):
    """Hand-typed heading: a bold ALL-CAPS Normal paragraph (no heading style)."""
    par = d.add_paragraph()
    r = par.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(size)
    par.paragraph_format.space_before = Pt(12)
    par.paragraph_format.space_after = Pt(4)
    return par


def bullets(d, items, style="List Bullet"):
    out = []
    for it in items:
        par = d.add_paragraph(style=style)
        runs_md(par, it)
        out.append(par)
    return out


def numbered(d, items):
    return bullets(d, items, style="List Number")


def page_break(d):
    from docx.enum.text import WD_BREAK

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = etree.SubElement(trPr, qn("w:tblHeader"))
    el.set(qn("w:val"), "true")


def table(d, rows, header=True, widths=None, style="Table Grid", size=None, shade_header=True):
    t = d.add_table(rows=0, cols=len(rows[0]))
    try:
        t.style = d.styles[style]
    except KeyError:
        pass
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cell = cells[j]
            cell.paragraphs[0].text = ""
            lines = val.split("\n") if isinstance(val, str) else [str(val)]
            for k, line in enumerate(lines):
                par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                if i == 0 and header:
                    r = par.add_run(line)
                    r.bold = True
                    if size:
                        r.font.size = Pt(size)
                else:
                    runs_md(par, line, size=size)
            if i == 0 and header and shade_header:
                tcPr = cell._tc.get_or_add_tcPr()
                shd = etree.SubElement(tcPr, qn("w:shd"))
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), "D9E2F3")
        if i == 0 and header:
            _mark_header_row(t.rows[0])
    if widths:
        for row in t.rows:
            for j, wdt in enumerate(widths):
                row.cells[j].width = Cm(wdt)
    d.add_paragraph()
    return t


def kv_table(d, pairs, widths=(5.5, 10.5), size=None):
    t = d.add_table(rows=0, cols=2)
    t.style = d.styles["Table Grid"]
    for k, v in pairs:
        cells = t.add_row().cells
        cells[0].paragraphs[0].text = ""
        r = cells[0].paragraphs[0].add_run(k)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        lines = v.split("\n")
        for i, line in enumerate(lines):
            par = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
            runs_md(par, line, size=size)
    for row in t.rows:
        row.cells[0].width = Cm(widths[0])
        row.cells[1].width = Cm(widths[1])
    d.add_paragraph()
    return t


# ----------------------------------------------------------------------------------------------
# header / footer / fields
# ----------------------------------------------------------------------------------------------


def _fld(par_el, instr, result):
    par_el.append(X('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'))
    par_el.append(X(f'<w:r><w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'))
    par_el.append(X('<w:r><w:fldChar w:fldCharType="separate"/></w:r>'))
    par_el.append(X(f"<w:r><w:t>{esc(result)}</w:t></w:r>"))
    par_el.append(X('<w:r><w:fldChar w:fldCharType="end"/></w:r>'))


def header_text(d, text, align_right=False):
    hdr = d.sections[0].header
    hdr.is_linked_to_previous = False
    par = hdr.paragraphs[0]
    par.text = ""
    runs_md(par, text, size=9)
    if align_right:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return par


def footer_text(d, text="", page_field=False, numpages=False, prefix="Sida "):
    ftr = d.sections[0].footer
    ftr.is_linked_to_previous = False
    par = ftr.paragraphs[0]
    par.text = ""
    if text:
        runs_md(par, text, size=9)
    if page_field:
        if text:
            par.add_run("    ")
        r = par.add_run(prefix)
        r.font.size = Pt(9)
        _fld(par._p, "PAGE", "1")
        if numpages:
            par.add_run(" (")
            _fld(par._p, "NUMPAGES", "4")
            par.add_run(")")
    return par


# ----------------------------------------------------------------------------------------------
# pictures and text boxes
# ----------------------------------------------------------------------------------------------


def png_bytes(w, h, rgb=(40, 90, 160), rgb2=(255, 255, 255), pattern="block"):
    """A tiny deterministic RGB PNG."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if pattern == "block":
                on = (w // 4 <= x < 3 * w // 4) and (h // 4 <= y < 3 * h // 4)
            elif pattern == "stripe":
                on = (x // 4) % 2 == 0
            elif pattern == "circle":
                on = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (min(w, h) / 2.5) ** 2
            elif pattern == "arrow":
                on = abs(y - h / 2) < (x / 2) and x < w * 0.8
            else:
                on = True
            row += bytes(rgb if on else rgb2)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def picture(run, png, width_cm=3.0, descr=None, title=None, decorative=False, name=None):
    """Inline picture in run; alt text via wp:docPr/@descr; decorative via adec extension."""
    shape = run.add_picture(io.BytesIO(png), width=Cm(width_cm))
    inline = shape._inline
    docPr = inline.find(qn("wp:docPr"))
    if name:
        docPr.set("name", name)
    if descr:
        docPr.set("descr", descr)
    if title:
        docPr.set("title", title)
    if decorative:
        ext = X(
            f'<a:extLst><a:ext uri="{{C183D7F6-B498-43B3-948B-1728B52AA6E4}}">'
            f'<adec:decorative xmlns:adec="{ADEC_NS}" val="1"/></a:ext></a:extLst>'
        )
        docPr.append(ext)
    return inline


_shape_counter = [500]


def textbox(par, lines, width_cm=15.0, height_cm=3.5, name="Textruta"):
    """Anchored text box (wps:wsp with wps:txbx) holding paragraphs of text; no picture."""
    _shape_counter[0] += 1
    sid = _shape_counter[0]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    paras = []
    for i, line in enumerate(lines):
        bold = line.startswith("**") and line.endswith("**")
        txt = line[2:-2] if bold else line
        b = "<w:rPr><w:b/></w:rPr>" if bold else ""
        paras.append(f'<w:p><w:r>{b}<w:t xml:space="preserve">{esc(txt)}</w:t></w:r></w:p>')
    xml = f'''<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{sid}" name="{name} {sid}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="FFF8E1"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{"".join(paras)}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'''
    par._p.append(X(xml))
    return par


# ----------------------------------------------------------------------------------------------
# content controls
# ----------------------------------------------------------------------------------------------

PLACEHOLDER = "Klicka eller tryck här för att ange text."
_sdt_id = [-2090000000]


def _sdt_pr(alias, tag, placeholder):
    _sdt_id[0] += 7919
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        f'<w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/>'
        f'<w:id w:val="{_sdt_id[0]}"/>{ph}<w:text w:multiLine="1"/></w:sdtPr>'
    )


def sdt_block(d, alias, tag, texts=None, placeholder=False):
    """Block-level content control appended to the body. texts: list of paragraph strings."""
    if placeholder:
        inner = (
            f'<w:p><w:r><w:rPr><w:rStyle w:val="Platshllartext"/></w:rPr>'
            f"<w:t>{esc(PLACEHOLDER)}</w:t></w:r></w:p>"
        )
    else:
        inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in texts)
    el = X(f"<w:sdt>{_sdt_pr(alias, tag, placeholder)}<w:sdtContent>{inner}</w:sdtContent></w:sdt>")
    body = d.element.body
    body.insert(len(body) - 1, el)
    return el


def sdt_inline(par, alias, tag, text=None, placeholder=False):
    if placeholder:
        inner = f'<w:r><w:rPr><w:rStyle w:val="Platshllartext"/></w:rPr><w:t>{esc(PLACEHOLDER)}</w:t></w:r>'
    else:
        inner = f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
    el = X(f"<w:sdt>{_sdt_pr(alias, tag, placeholder)}<w:sdtContent>{inner}</w:sdtContent></w:sdt>")
    par._p.append(el)
    return el


# ----------------------------------------------------------------------------------------------
# tracked changes
# ----------------------------------------------------------------------------------------------

_rev = [900]


def _next_rev():
    _rev[0] += 1
    return _rev[0]


def ins_run(par, text, author, date, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    el = X(
        f'<w:ins w:id="{_next_rev()}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r>{b}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>'
    )
    par._p.append(el)
    return el


def del_run(par, text, author, date):
    el = X(
        f'<w:del w:id="{_next_rev()}" w:author="{esc(author)}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'
    )
    par._p.append(el)
    return el


def plain_run(par, text, bold=False):
    r = par.add_run(text)
    r.bold = bold
    return r


def deleted_paragraph(d, text, author, date, style=None):
    """A whole paragraph deleted with tracked changes (runs and paragraph mark)."""
    par = d.add_paragraph(style=style)
    pPr = par._p.get_or_add_pPr()
    rPr = etree.SubElement(pPr, qn("w:rPr"))
    rPr.append(X(f'<w:del w:id="{_next_rev()}" w:author="{esc(author)}" w:date="{date}"/>'))
    del_run(par, text, author, date)
    return par


def inserted_paragraph(d, text, author, date, style=None):
    par = d.add_paragraph(style=style)
    pPr = par._p.get_or_add_pPr()
    rPr = etree.SubElement(pPr, qn("w:rPr"))
    rPr.append(X(f'<w:ins w:id="{_next_rev()}" w:author="{esc(author)}" w:date="{date}"/>'))
    ins_run(par, text, author, date)
    return par


# ----------------------------------------------------------------------------------------------
# footnotes and comments (real parts)
# ----------------------------------------------------------------------------------------------

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"


def _footnotes_part(d):
    doc_part = d.part
    for rel in doc_part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    el = X(
        "<w:footnotes>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:separator/></w:r></w:p></w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        "</w:footnotes>"
    )
    part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, el, doc_part.package)
    doc_part.relate_to(part, RT.FOOTNOTES)
    # settings: footnotePr referencing the separators (as Word writes it)
    settings = d.settings.element
    fpr = X('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    anchor = None
    for tagname in (
        "w:compat",
        "w:rsids",
        "m:mathPr",
        "w:themeFontLang",
        "w:clrSchemeMapping",
        "w:shapeDefaults",
        "w:decimalSymbol",
        "w:listSeparator",
    ):
        found = settings.find(qn(tagname))
        if found is not None:
            anchor = found
            break
    if anchor is not None:
        anchor.addprevious(fpr)
    else:
        settings.append(fpr)
    return part


def add_footnote(d, par, text):
    part = _footnotes_part(d)
    root = part.element
    ids = [int(fn.get(qn("w:id"))) for fn in root.findall(qn("w:footnote"))]
    nid = max(ids) + 1
    fn = X(
        f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="Fotnotstext"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="Fotnotsreferens"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'
    )
    root.append(fn)
    pel = par._p if hasattr(par, "_p") else par
    pel.append(
        X(f'<w:r><w:rPr><w:rStyle w:val="Fotnotsreferens"/></w:rPr><w:footnoteReference w:id="{nid}"/></w:r>')
    )
    return nid


def _comments_part(d):
    doc_part = d.part
    for rel in doc_part.rels.values():
        if rel.reltype == RT.COMMENTS:
            return rel.target_part
    el = X("<w:comments></w:comments>")
    part = XmlPart(PackURI("/word/comments.xml"), COMMENTS_CT, el, doc_part.package)
    doc_part.relate_to(part, RT.COMMENTS)
    return part


def add_comment(d, par, text, author, initials, date):
    """Comment anchored on the whole paragraph."""
    part = _comments_part(d)
    root = part.element
    nid = len(root.findall(qn("w:comment")))
    root.append(
        X(
            f'<w:comment w:id="{nid}" w:author="{esc(author)}" w:date="{date}" w:initials="{esc(initials)}">'
            f'<w:p><w:pPr><w:pStyle w:val="Kommentarer"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Kommentarsreferens"/></w:rPr>'
            f'<w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:comment>'
        )
    )
    pel = par._p
    start = X(f'<w:commentRangeStart w:id="{nid}"/>')
    pPr = pel.find(qn("w:pPr"))
    if pPr is not None:
        pPr.addnext(start)
    else:
        pel.insert(0, start)
    pel.append(X(f'<w:commentRangeEnd w:id="{nid}"/>'))
    pel.append(
        X(
            f'<w:r><w:rPr><w:rStyle w:val="Kommentarsreferens"/></w:rPr><w:commentReference w:id="{nid}"/></w:r>'
        )
    )
    return nid


# ----------------------------------------------------------------------------------------------
# bookmarks and a real TOC field
# ----------------------------------------------------------------------------------------------

_bm = [10]


def bookmark(par, name):
    _bm[0] += 1
    bid = _bm[0]
    pel = par._p
    start = X(f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>')
    pPr = pel.find(qn("w:pPr"))
    if pPr is not None:
        pPr.addnext(start)
    else:
        pel.insert(0, start)
    pel.append(X(f'<w:bookmarkEnd w:id="{bid}"/>'))


def toc_field(d, entries, title="Innehållsförteckning", tab_pos=9060):
    """entries: list of (level, text, page, anchor). Writes a real TOC field with cached results."""
    if title:
        tp = d.add_paragraph()
        r = tp.add_run(title)
        r.bold = True
        r.font.size = Pt(14)
    pars = []
    for i, (lvl, text, page, anchor) in enumerate(entries):
        par = d.add_paragraph(style=f"toc {lvl}")
        pPr = par._p.get_or_add_pPr()
        pPr.append(X(f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{tab_pos}"/></w:tabs>'))
        if i == 0:
            par._p.append(X('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'))
            par._p.append(
                X('<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>')
            )
            par._p.append(X('<w:r><w:fldChar w:fldCharType="separate"/></w:r>'))
        hl = X(
            f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
            f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
            f"<w:r><w:tab/></w:r>"
            f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r><w:t>{page}</w:t></w:r>"
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            f"</w:hyperlink>"
        )
        par._p.append(hl)
        pars.append(par)
    end = d.add_paragraph()
    end._p.append(X('<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return pars


def typed_toc(d, entries, title="Innehåll", tab_pos_cm=16.0):
    """A hand-typed table of contents: text, a dot-leader tab, a page number."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

    p(d, title, bold=True, size=14)
    for text, page in entries:
        par = d.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(
            Cm(tab_pos_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        par.paragraph_format.space_after = Pt(2)
        par.add_run(f"{text}\t{page}")


# ----------------------------------------------------------------------------------------------
# saving deterministically and checking
# ----------------------------------------------------------------------------------------------


def save(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    names = zin.namelist()
    first = [n for n in names if n == "[Content_Types].xml"]
    rest = [n for n in names if n != "[Content_Types].xml"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in first + rest:
            data = zin.read(n)
            zi = zipfile.ZipInfo(n, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    return path


def check(path):
    """Re-open with python-docx and parse every XML part with lxml (no DTDs)."""
    docx.Document(str(path))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    with zipfile.ZipFile(path) as z:
        ct = z.read("[Content_Types].xml")
        assert b"wordprocessingml.document.main+xml" in ct, "main content type"
        for n in z.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                data = z.read(n)
                assert b"<!DOCTYPE" not in data, f"DTD in {n}"
                etree.fromstring(data, parser)
    return True
