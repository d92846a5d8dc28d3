"""Minimal deterministic WordprocessingML (.docx) writer built on plain strings + zipfile.

Only what the batch needs: headings, paragraphs, runs, tables, numbered lists, footnotes,
endnotes, comments, tracked changes, headers/footers (incl. first page), inline pictures
(with or without alt text, decorative flag), text boxes, fields (TOC, PAGE).
"""
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape as _esc

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
    'mc:Ignorable="w14 wp14"'
)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = REL_NS + "/"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml."
FIXED_DATE = (2025, 9, 15, 8, 0, 0)


def esc(s):
    return _esc(s, {'"': "&quot;"})


class X(str):
    """Raw XML fragment (a run or several runs / paragraph-level markup)."""


def _text_elem(text, tag="w:t"):
    return '<%s xml:space="preserve">%s</%s>' % (tag, esc(text), tag)


# ---------------------------------------------------------------- PNG helpers
def png_bytes(width, height, pixels):
    """pixels: function(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixels(x, y))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def canvas_png(width, height, rects, bg=(255, 255, 255)):
    """rects: list of (x0, y0, x1, y1, (r, g, b)); later rects paint over earlier ones."""
    def px(x, y):
        col = bg
        for (x0, y0, x1, y1, c) in rects:
            if x0 <= x < x1 and y0 <= y < y1:
                col = c
        return col
    return png_bytes(width, height, px)


def logo_png(seed_colour):
    r, g, b = seed_colour
    size = 96

    def px(x, y):
        dx, dy = x - 48, y - 48
        d = dx * dx + dy * dy
        if d < 40 * 40 and d > 30 * 30:
            return (r, g, b)
        if d <= 18 * 18:
            return (min(255, r + 80), min(255, g + 80), min(255, b + 80))
        return (255, 255, 255)
    return png_bytes(size, size, px)


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, title, lang="sv-SE", author="Rektor"):
        self.title = title
        self.lang = lang
        self.author = author
        self.body = []
        self.footnotes = []   # list of (id, xml paragraphs)
        self.endnotes = []
        self.comments = []    # list of (id, author, date, initials, paragraphs xml)
        self.media = []       # (filename, bytes)
        self.rels = []        # (rid, type, target)
        self.hf = {}          # ('header'|'footer', kind) -> (partname, xml paragraphs)
        self.nums = []        # (numId, abstractId)
        self._rid = 10
        self._docpr = 0
        self._rev = 0
        self._bm = 0

    # ---- ids
    def _new_rid(self):
        self._rid += 1
        return "rId%d" % self._rid

    def _new_docpr(self):
        self._docpr += 1
        return self._docpr

    def _new_rev(self):
        self._rev += 1
        return self._rev

    # ---- runs
    def r(self, text, b=False, i=False, u=False, color=None, highlight=None, font=None,
          size=None, caps=False):
        props = []
        if font:
            props.append('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font))
        if b:
            props.append("<w:b/>")
        if i:
            props.append("<w:i/>")
        if caps:
            props.append("<w:caps/>")
        if color:
            props.append('<w:color w:val="%s"/>' % color)
        if size:
            props.append('<w:sz w:val="%d"/>' % size)
        if highlight:
            props.append('<w:highlight w:val="%s"/>' % highlight)
        if u:
            props.append('<w:u w:val="single"/>')
        rpr = "<w:rPr>%s</w:rPr>" % "".join(props) if props else ""
        parts = text.split("\t")
        inner = '<w:tab/>'.join(_text_elem(p_) if p_ else "" for p_ in parts)
        return X("<w:r>%s%s</w:r>" % (rpr, inner))

    def br(self, page=False):
        return X('<w:r><w:br w:type="page"/></w:r>' if page else "<w:r><w:br/></w:r>")

    def _runs(self, parts):
        out = []
        for part in parts:
            if isinstance(part, X):
                out.append(part)
            elif isinstance(part, str):
                out.append(self.r(part))
            elif part is None:
                continue
            else:
                raise TypeError(part)
        return "".join(out)

    # ---- paragraphs
    def P(self, *parts, style=None, num=None, align=None, keep_next=False, spacing_after=None,
          tabs=None, ind=None):
        ppr = []
        if style:
            ppr.append('<w:pStyle w:val="%s"/>' % style)
        if keep_next:
            ppr.append("<w:keepNext/>")
        if num:
            ppr.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                       % (num[1], num[0]))
        if tabs:
            ppr.append("<w:tabs>%s</w:tabs>" % "".join(
                '<w:tab w:val="%s" w:leader="%s" w:pos="%d"/>' % t for t in tabs))
        if spacing_after is not None:
            ppr.append('<w:spacing w:after="%d"/>' % spacing_after)
        if ind:
            ppr.append('<w:ind w:left="%d"/>' % ind)
        if align:
            ppr.append('<w:jc w:val="%s"/>' % align)
        pp = "<w:pPr>%s</w:pPr>" % "".join(ppr) if ppr else ""
        return X("<w:p>%s%s</w:p>" % (pp, self._runs(parts)))

    def p(self, *parts, **kw):
        self.body.append(self.P(*parts, **kw))

    def h(self, text, level=1):
        self.body.append(self.P(text, style="Heading%d" % level, keep_next=True))

    def fake_h(self, text, caps=False, size=26):
        """Hand-made heading: Normal paragraph in bold (as in plans typed by hand)."""
        self.body.append(self.P(self.r(text, b=True, caps=caps, size=size), keep_next=True))

    def guidance(self, text):
        """District-template instruction text (grey italic 'Instruktion' style)."""
        self.body.append(self.P(self.r(text, i=True, color="7F7F7F"), style="Instruktion"))

    def pagebreak(self):
        self.body.append(X('<w:p><w:r><w:br w:type="page"/></w:r></w:p>'))

    def bullets(self, items, level=0, numid=None):
        if numid is None:
            numid = self.new_list("bullet")
        for it in items:
            parts = it if isinstance(it, (list, tuple)) else [it]
            self.p(*parts, style="ListParagraph", num=(numid, level))
        return numid

    # ---- numbering
    def new_list(self, kind="decimal"):
        numid = len(self.nums) + 1
        self.nums.append((numid, {"decimal": 0, "bullet": 1, "steps": 2}[kind]))
        return numid

    # ---- tables
    def T(self, rows, header=True, widths=None, style="TableGrid", shade_header=True):
        ncols = max(len(r_) for r_ in rows)
        if widths is None:
            widths = [int(9000 / ncols)] * ncols
        grid = "".join('<w:gridCol w:w="%d"/>' % w_ for w_ in widths)
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="%s"/><w:tblW w:w="0" w:type="auto"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
               'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
               % (style, grid)]
        for ri, row in enumerate(rows):
            is_head = header and ri == 0
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if is_head else ""
            cells = []
            for ci in range(ncols):
                cell = row[ci] if ci < len(row) else ""
                tcpr = '<w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (
                    widths[ci], '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
                    if is_head and shade_header else "")
                if isinstance(cell, list):
                    paras = "".join(c if (isinstance(c, X) and c.startswith("<w:p")) else
                                    self.P(c) for c in cell)
                elif isinstance(cell, X) and cell.startswith("<w:p"):
                    paras = cell
                else:
                    paras = self.P(self.r(cell, b=True) if is_head and isinstance(cell, str)
                                   and not isinstance(cell, X) else cell)
                cells.append("<w:tc>%s%s</w:tc>" % (tcpr, paras))
            out.append("<w:tr>%s%s</w:tr>" % (trpr, "".join(cells)))
        out.append("</w:tbl>")
        return X("".join(out))

    def table(self, rows, **kw):
        self.body.append(self.T(rows, **kw))
        self.body.append(self.P(spacing_after=0))

    # ---- notes
    def fn(self, *parts):
        fid = len(self.footnotes) + 1
        para = self.P(X('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'),
                      " ", *parts, style="FootnoteText")
        self.footnotes.append((fid, para))
        return X('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                 '<w:footnoteReference w:id="%d"/></w:r>' % fid)

    def en(self, *parts):
        eid = len(self.endnotes) + 1
        para = self.P(X('<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>'),
                      " ", *parts, style="EndnoteText")
        self.endnotes.append((eid, para))
        return X('<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                 '<w:endnoteReference w:id="%d"/></w:r>' % eid)

    # ---- comments
    def comment(self, texts, author, initials, date="2025-10-02T09:00:00Z"):
        cid = len(self.comments)
        paras = []
        for k, t in enumerate(texts):
            pre = X('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>') if k == 0 else None
            paras.append(self.P(pre, t, style="CommentText"))
        self.comments.append((cid, author, date, initials, "".join(paras)))
        return cid

    def cstart(self, cid):
        return X('<w:commentRangeStart w:id="%d"/>' % cid)

    def cend(self, cid):
        return X('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                 '</w:rPr><w:commentReference w:id="%d"/></w:r>' % (cid, cid))

    # ---- tracked changes
    def dele(self, text, author, date="2025-09-10T10:00:00Z"):
        return X('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r>%s</w:r></w:del>'
                 % (900 + self._new_rev(), esc(author), date, _text_elem(text, "w:delText")))

    def ins(self, text, author, date="2025-09-10T10:00:00Z"):
        return X('<w:ins w:id="%d" w:author="%s" w:date="%s"><w:r>%s</w:r></w:ins>'
                 % (900 + self._new_rev(), esc(author), date, _text_elem(text)))

    # ---- fields
    def field(self, instr, shown):
        return X('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                 % (esc(instr), self.r(shown)))

    def toc(self, entries, heading="Innehåll", field=True):
        """entries: list of (level, text, page). Field-generated TOC (or typed with dot leaders)."""
        self.p(self.r(heading, b=True, size=28), style="TOCHeading")
        tabs = [("right", "dot", 9000)]
        n = len(entries)
        for k, (lvl, text, page) in enumerate(entries):
            parts = []
            if field and k == 0:
                parts.append(X('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'))
            parts.append(self.r("%s\t%s" % (text, page)))
            if field and k == n - 1:
                parts.append(X('<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
            self.p(*parts, style="TOC%d" % lvl, tabs=tabs)

    # ---- pictures
    def add_image(self, data, name):
        fname = "image%d.png" % (len(self.media) + 1)
        self.media.append((fname, data))
        rid = self._new_rid()
        self.rels.append((rid, RT + "image", "media/" + fname))
        return rid

    def pic(self, rid, cx_cm, cy_cm, descr="", title="", name="Bild", decorative=False):
        cx, cy = int(cx_cm * 360000), int(cy_cm * 360000)
        did = self._new_docpr()
        attrs = 'id="%d" name="%s %d"' % (did, esc(name), did)
        if descr:
            attrs += ' descr="%s"' % esc(descr)
        if title:
            attrs += ' title="%s"' % esc(title)
        ext = ""
        if decorative:
            ext = ('<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                   '<a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
                   '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>'
                   '</a:ext></a:extLst>')
        docpr = "<wp:docPr %s>%s</wp:docPr>" % (attrs, ext) if ext else "<wp:docPr %s/>" % attrs
        return X(
            '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:nvPicPr><pic:cNvPr id="%d" name="%s.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
            % (cx, cy, docpr, did, esc(name), rid, cx, cy))

    # ---- text box
    def textbox(self, paras, w_cm=14.0, h_cm=5.0, name="Textruta"):
        cx, cy = int(w_cm * 360000), int(h_cm * 360000)
        did = self._new_docpr()
        content = "".join(paras)
        return X(
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            '<wp:docPr id="%d" name="%s %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="Textruta%d" o:spid="_x0000_s%d" type="#_x0000_t202" style="width:%.1fpt;height:%.1fpt" fillcolor="#f2f2f2">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>'
            % (cx, cy, did, esc(name), did, cx, cy, content, did, 1024 + did,
               w_cm * 28.35, h_cm * 28.35, content))

    # ---- headers / footers
    def set_hf(self, which, kind, paras):
        n = len(self.hf) + 1
        part = "%s%d.xml" % (which, n)
        self.hf[(which, kind)] = (part, "".join(paras))

    def page_field(self, fmt="Sida {P} ({N})"):
        a, rest = fmt.split("{P}")
        b, c = rest.split("{N}")
        return [self.r(a), self.field("PAGE", "1"), self.r(b), self.field("NUMPAGES", "1"), self.r(c)]

    # ---------------------------------------------------------------- packaging
    def _styles(self):
        lang = self.lang

        def pst(sid, name, ppr="", rpr="", based="Normal", nxt="Normal", extra=""):
            return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/>'
                    '<w:next w:val="%s"/>%s<w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>'
                    % (sid, name, based, nxt, extra, ppr, rpr))

        def cst(sid, name, rpr):
            return ('<w:style w:type="character" w:styleId="%s"><w:name w:val="%s"/><w:rPr>%s</w:rPr></w:style>'
                    % (sid, name, rpr))
        s = [XML_HEAD, '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
             '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/>'
             '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="%s" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
             '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' % lang,
             '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
             pst("Title", "Title", '<w:spacing w:after="240"/>', '<w:b/><w:sz w:val="48"/><w:color w:val="1F3864"/>'),
             pst("Subtitle", "Subtitle", "", '<w:sz w:val="28"/><w:color w:val="44546A"/>'),
             pst("Heading1", "heading 1", '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
                 '<w:b/><w:sz w:val="32"/><w:color w:val="1F3864"/>'),
             pst("Heading2", "heading 2", '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
                 '<w:b/><w:sz w:val="26"/><w:color w:val="2F5496"/>'),
             pst("Heading3", "heading 3", '<w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/>',
                 '<w:b/><w:i/><w:sz w:val="24"/>'),
             pst("ListParagraph", "List Paragraph", '<w:ind w:left="720"/><w:contextualSpacing/>'),
             pst("Instruktion", "Instruktion", "", '<w:i/><w:color w:val="7F7F7F"/>'),
             pst("Quote", "Quote", '<w:ind w:left="720" w:right="720"/>', '<w:i/>'),
             pst("Caption", "caption", "", '<w:i/><w:sz w:val="18"/>'),
             pst("TOCHeading", "TOC Heading", '<w:keepNext/>', '<w:b/>'),
             pst("TOC1", "toc 1", '<w:spacing w:after="60"/>', ""),
             pst("TOC2", "toc 2", '<w:spacing w:after="60"/><w:ind w:left="220"/>', ""),
             pst("FootnoteText", "footnote text", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>'),
             pst("EndnoteText", "endnote text", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>'),
             pst("CommentText", "annotation text", "", '<w:sz w:val="20"/>'),
             pst("Header", "header", '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0"/>', '<w:sz w:val="18"/>'),
             pst("Footer", "footer", '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0"/>', '<w:sz w:val="18"/>'),
             cst("FootnoteReference", "footnote reference", '<w:vertAlign w:val="superscript"/>'),
             cst("EndnoteReference", "endnote reference", '<w:vertAlign w:val="superscript"/>'),
             cst("CommentReference", "annotation reference", '<w:sz w:val="16"/>'),
             '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
             '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
             '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
             '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
             '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
             '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '</w:tblBorders></w:tblPr></w:style>',
             '<w:style w:type="table" w:styleId="PlainTable"><w:name w:val="Plain Table"/><w:basedOn w:val="TableNormal"/>'
             '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>',
             '</w:styles>']
        return "".join(s)

    def _numbering(self):
        lvls_dec = [("decimal", "%1."), ("lowerLetter", "%2)"), ("bullet", "–")]
        lvls_bul = [("bullet", "•"), ("bullet", "o"), ("bullet", "–")]
        lvls_steps = [("decimal", "Steg %1:"), ("decimal", "%1.%2"), ("bullet", "–")]

        def abstract(aid, lvls):
            out = ['<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>' % aid]
            for k, (fmt, txt) in enumerate(lvls):
                out.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                           '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
                           % (k, fmt, esc(txt), 720 + 540 * k, 900 if aid == 2 and k == 0 else 360,
                              '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
                              if txt == "•" else ""))
            out.append("</w:abstractNum>")
            return "".join(out)
        s = [XML_HEAD, '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
             abstract(0, lvls_dec), abstract(1, lvls_bul), abstract(2, lvls_steps)]
        for numid, aid in self.nums:
            s.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>'
                     '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (numid, aid))
        s.append("</w:numbering>")
        return "".join(s).replace('<w:lvlText w:val="•"/>', '<w:lvlText w:val="\uf0b7"/>')

    def _notes(self, kind, notes):
        tag = "w:%s" % kind
        s = [XML_HEAD, '<w:%ss %s>' % (kind, NS_DECL),
             '<%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></%s>' % (tag, tag),
             '<%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></%s>' % (tag, tag)]
        for nid, para in notes:
            s.append('<%s w:id="%d">%s</%s>' % (tag, nid, para, tag))
        s.append("</w:%ss>" % kind)
        return "".join(s)

    def _comments(self):
        s = [XML_HEAD, "<w:comments %s>" % NS_DECL]
        for cid, author, date, initials, paras in self.comments:
            s.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">%s</w:comment>'
                     % (cid, esc(author), date, esc(initials), paras))
        s.append("</w:comments>")
        return "".join(s)

    def save(self, path):
        parts = {}
        overrides = []
        doc_rels = list(self.rels)
        doc_rels.append(("rId1", RT + "styles", "styles.xml"))
        doc_rels.append(("rId2", RT + "settings", "settings.xml"))
        doc_rels.append(("rId3", RT + "fontTable", "fontTable.xml"))
        overrides += [("/word/document.xml", CT_MAIN + "document.main+xml"),
                      ("/word/styles.xml", CT_MAIN + "styles+xml"),
                      ("/word/settings.xml", CT_MAIN + "settings+xml"),
                      ("/word/fontTable.xml", CT_MAIN + "fontTable+xml"),
                      ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                      ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
        parts["word/styles.xml"] = self._styles()
        if self.nums:
            parts["word/numbering.xml"] = self._numbering()
            doc_rels.append(("rId4", RT + "numbering", "numbering.xml"))
            overrides.append(("/word/numbering.xml", CT_MAIN + "numbering+xml"))
        fnpr = ""
        if self.footnotes:
            parts["word/footnotes.xml"] = self._notes("footnote", self.footnotes)
            doc_rels.append(("rId5", RT + "footnotes", "footnotes.xml"))
            overrides.append(("/word/footnotes.xml", CT_MAIN + "footnotes+xml"))
            fnpr += '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        if self.endnotes:
            parts["word/endnotes.xml"] = self._notes("endnote", self.endnotes)
            doc_rels.append(("rId6", RT + "endnotes", "endnotes.xml"))
            overrides.append(("/word/endnotes.xml", CT_MAIN + "endnotes+xml"))
            fnpr += '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
        if self.comments:
            parts["word/comments.xml"] = self._comments()
            doc_rels.append(("rId7", RT + "comments", "comments.xml"))
            overrides.append(("/word/comments.xml", CT_MAIN + "comments+xml"))
        hf_refs = []
        title_pg = False
        for (which, kind), (part, paras) in sorted(self.hf.items(), key=lambda kv: kv[1][0]):
            rid = self._new_rid()
            root = "w:hdr" if which == "header" else "w:ftr"
            parts["word/" + part] = XML_HEAD + "<%s %s>%s</%s>" % (root, NS_DECL, paras, root)
            doc_rels.append((rid, RT + which, part))
            overrides.append(("/word/" + part, CT_MAIN + which + "+xml"))
            hf_refs.append('<w:%sReference w:type="%s" r:id="%s"/>' % (which, kind, rid))
            if kind == "first":
                title_pg = True
        hf_refs.sort(key=lambda s_: 0 if "headerReference" in s_ else 1)
        sect = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" '
                'w:left="1418" w:header="709" w:footer="709" w:gutter="0"/><w:cols w:space="708"/>%s</w:sectPr>'
                % ("".join(hf_refs), "<w:titlePg/>" if title_pg else ""))
        parts["word/document.xml"] = (XML_HEAD + "<w:document %s><w:body>%s%s</w:body></w:document>"
                                      % (NS_DECL, "".join(self.body), sect))
        parts["word/settings.xml"] = (XML_HEAD + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                      '<w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/>'
                                      '<w:characterSpacingControl w:val="doNotCompress"/>%s'
                                      '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                                      '</w:settings>' % fnpr)
        parts["word/fontTable.xml"] = (XML_HEAD + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                       '<w:font w:name="Calibri"/><w:font w:name="Times New Roman"/><w:font w:name="Segoe UI Symbol"/></w:fonts>')
        parts["word/_rels/document.xml.rels"] = (
            XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % r_ for r_ in sorted(doc_rels))
            + "</Relationships>")
        parts["docProps/core.xml"] = (
            XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dc:language>%s</dc:language><cp:revision>3</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-08-20T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-09-15T08:00:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (esc(self.title), esc(self.author), esc(self.author), self.lang))
        parts["docProps/app.xml"] = (
            XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>')
        parts["_rels/.rels"] = (
            XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/>'
            '</Relationships>' % (RT, RT))
        ct = [XML_HEAD, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>']
        if self.media:
            ct.append('<Default Extension="png" ContentType="image/png"/>')
        ct += ['<Override PartName="%s" ContentType="%s"/>' % o for o in overrides]
        ct.append("</Types>")
        parts["[Content_Types].xml"] = "".join(ct)
        order = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                 "word/document.xml", "word/_rels/document.xml.rels"]
        names = order + sorted(k for k in parts if k not in order)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name in names:
                zi = zipfile.ZipInfo(name, FIXED_DATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, parts[name].encode("utf-8"))
            for fname, data in self.media:
                zi = zipfile.ZipInfo("word/media/" + fname, FIXED_DATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, data)
