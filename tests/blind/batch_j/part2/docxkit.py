"""Tiny deterministic OOXML (.docx) writer used by make.py.

Builds every part by hand so the generator controls exactly which
constructs appear (content controls, text boxes, tracked changes,
foot/endnotes, comments, merged cells, numbering, images).
"""
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

FIXED_ZIP_TIME = (2025, 9, 12, 8, 0, 0)

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
    'mc:Ignorable="w14 wp14"'
)

REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_BASE = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def x(s):
    """Escape text for XML."""
    return escape(s, {'"': "&quot;"})


# ---------------------------------------------------------------- PNG
def png(width, height, colours, stripes="h"):
    """Deterministic striped RGB PNG (no PIL needed)."""
    rows = []
    n = len(colours)
    for yy in range(height):
        row = bytearray([0])
        for xx in range(width):
            idx = (yy * n // height) if stripes == "h" else (xx * n // width)
            if stripes == "grid":
                idx = ((xx // 12) + (yy // 12)) % n
            row.extend(colours[idx])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- runs
def r(text, b=False, i=False, u=False, color=None, size=None, highlight=None,
      style=None, caps=False):
    """A plain run. Newlines become <w:br/>, tabs <w:tab/>."""
    props = ""
    if style:
        props += '<w:rStyle w:val="%s"/>' % style
    if b:
        props += "<w:b/>"
    if i:
        props += "<w:i/>"
    if caps:
        props += "<w:caps/>"
    if color:
        props += '<w:color w:val="%s"/>' % color
    if size:
        props += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    if highlight:
        props += '<w:highlight w:val="%s"/>' % highlight
    if u:
        props += '<w:u w:val="single"/>'
    rpr = "<w:rPr>%s</w:rPr>" % props if props else ""
    parts = []
    for k, line in enumerate(text.split("\n")):
        if k:
            parts.append("<w:br/>")
        for j, seg in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if seg:
                parts.append('<w:t xml:space="preserve">%s</w:t>' % x(seg))
    return "<w:r>%s%s</w:r>" % (rpr, "".join(parts))


def _to_runs(content):
    if content is None:
        return ""
    if isinstance(content, str):
        if content.startswith("<"):
            return content
        return r(content)
    return "".join(_to_runs(c) for c in content)


class Doc:
    def __init__(self, lang="sv-SE", title="", author="", created="2025-09-12T08:00:00Z",
                 modified=None, company="", font="Calibri", heading_color="1F3864",
                 track_revisions=False):
        self.lang = lang
        self.title = title
        self.author = author
        self.created = created
        self.modified = modified or created
        self.company = company
        self.font = font
        self.heading_color = heading_color
        self.track_revisions = track_revisions
        self.body = []
        self.rels = []          # (rid, type, target)
        self.media = {}         # target -> bytes
        self.footnotes = []     # xml of w:footnote elements
        self.endnotes = []
        self.comments = []
        self.header_xml = None
        self.footer_xml = None
        self.first_header_xml = None
        self.num_instances = []  # (numId, abstractId)
        self._next_rid = 10
        self._docpr = 1
        self._rev = 1
        self._shape = 1025
        self.image_log = []      # (rid, descr, decorative) per drawing

    # ---------------------------------------------------------- ids
    def rid(self, rtype, target):
        for rid, t, tg in self.rels:
            if t == rtype and tg == target:
                return rid
        rid = "rId%d" % self._next_rid
        self._next_rid += 1
        self.rels.append((rid, rtype, target))
        return rid

    def docpr_id(self):
        self._docpr += 1
        return self._docpr

    def rev(self):
        self._rev += 1
        return self._rev

    # ---------------------------------------------------------- blocks
    def para(self, content, style=None, align=None, numid=None, ilvl=0, keep=False,
             spacing_after=None, shade=None, ind=None, rpr_para=""):
        ppr = ""
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if keep:
            ppr += "<w:keepNext/>"
        if numid is not None:
            ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, numid)
        if shade:
            ppr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
        if spacing_after is not None:
            ppr += '<w:spacing w:after="%d"/>' % spacing_after
        if ind:
            ppr += '<w:ind w:left="%d"/>' % ind
        if align:
            ppr += '<w:jc w:val="%s"/>' % align
        if rpr_para:
            ppr += "<w:rPr>%s</w:rPr>" % rpr_para
        ppr = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
        return "<w:p>%s%s</w:p>" % (ppr, _to_runs(content))

    def add(self, xml):
        self.body.append(xml)

    def p(self, content, **kw):
        self.add(self.para(content, **kw))

    def h(self, level, text, **kw):
        self.add(self.para(text if not isinstance(text, str) else r(text),
                           style="Heading%d" % level, **kw))

    def fake_h(self, text, caps=False, size=26):
        """Hand-typed heading: Normal paragraph in bold."""
        self.add(self.para(r(text, b=True, size=size, caps=caps), keep=True))

    def title_p(self, text):
        self.add(self.para(r(text), style="Title"))

    def subtitle(self, text):
        self.add(self.para(r(text), style="Subtitle"))

    def guidance(self, text):
        """Template instruction text, grey italic."""
        self.add(self.para(r(text, i=True, color="7F7F7F")))

    def page_break(self):
        self.add('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def new_num(self, abstract):
        num_id = len(self.num_instances) + 1
        self.num_instances.append((num_id, abstract))
        return num_id

    def bullets(self, items, **kw):
        nid = self.new_num(0)
        for it in items:
            self.add(self.para(it, style="ListParagraph", numid=nid, **kw))

    def numbered(self, items, **kw):
        nid = self.new_num(1)
        for it in items:
            if isinstance(it, tuple):  # (text, level)
                self.add(self.para(it[0], style="ListParagraph", numid=nid, ilvl=it[1]))
            else:
                self.add(self.para(it, style="ListParagraph", numid=nid, **kw))

    # ---------------------------------------------------------- tables
    def cell_xml(self, cell, width, header=False):
        """cell: str | list[str|xml] | dict(text|paras, vmerge, span, fill, bold)."""
        opts = {}
        if isinstance(cell, dict):
            opts = cell
            content = cell.get("paras", cell.get("text", ""))
        else:
            content = cell
        tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
        if opts.get("span"):
            tcpr += '<w:gridSpan w:val="%d"/>' % opts["span"]
        if opts.get("vmerge") == "restart":
            tcpr += '<w:vMerge w:val="restart"/>'
        elif opts.get("vmerge") == "continue":
            tcpr += "<w:vMerge/>"
        fill = opts.get("fill") or ("D9E2F3" if header else None)
        if fill:
            tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
        paras = content if isinstance(content, list) else [content]
        body = ""
        for pc in paras:
            if isinstance(pc, str) and pc.startswith("<w:p"):
                body += pc
            elif isinstance(pc, str) and pc.startswith("<"):
                body += "<w:p>%s</w:p>" % pc
            else:
                bold = header or opts.get("bold")
                body += "<w:p>%s</w:p>" % (r(pc, b=bool(bold)) if pc else "")
        if not body:
            body = "<w:p/>"
        return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, body)

    def table(self, rows, widths, header_rows=1, style="TableGrid", row_opts=None):
        """rows: list of lists of cells. row_opts: {row_index: 'ins'|'del'}."""
        row_opts = row_opts or {}
        total = sum(widths)
        grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="%s"/><w:tblW w:w="%d" w:type="dxa"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
               'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
               % (style, total, grid)]
        for ri, row in enumerate(rows):
            trpr = ""
            if ri < header_rows:
                trpr += "<w:tblHeader/>"
            mode = row_opts.get(ri)
            if mode:
                trpr += self._rev_tag(mode[0] if isinstance(mode, tuple) else mode,
                                      mode[1] if isinstance(mode, tuple) else None, empty=True)
            cells = []
            col = 0
            for c in row:
                span = c.get("span", 1) if isinstance(c, dict) else 1
                w = sum(widths[col:col + span])
                col += span
                cx = self.cell_xml(c, w, header=ri < header_rows)
                if mode:
                    cx = self._revise_cell(cx, mode[0] if isinstance(mode, tuple) else mode,
                                           mode[1] if isinstance(mode, tuple) else None)
                cells.append(cx)
            out.append("<w:tr>%s%s</w:tr>" % ("<w:trPr>%s</w:trPr>" % trpr if trpr else "",
                                               "".join(cells)))
        out.append("</w:tbl>")
        self.add("".join(out))
        self.add("<w:p/>")

    # ---------------------------------------------------------- revisions
    REV_AUTHOR = "Rektor"
    REV_DATE = "2025-09-08T10:15:00Z"

    def _rev_tag(self, kind, author=None, empty=False, inner=""):
        a = author or self.REV_AUTHOR
        tag = "w:ins" if kind == "ins" else "w:del"
        attrs = 'w:id="%d" w:author="%s" w:date="%s"' % (self.rev(), x(a), self.REV_DATE)
        if empty:
            return "<%s %s/>" % (tag, attrs)
        return "<%s %s>%s</%s>" % (tag, attrs, inner, tag)

    def ins(self, runs_xml, author=None):
        return self._rev_tag("ins", author, inner=_to_runs(runs_xml))

    def dele(self, text, author=None, **kw):
        run = r(text, **kw).replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
        return self._rev_tag("del", author, inner=run)

    def _revise_cell(self, cx, kind, author):
        import re
        def wrap(m):
            run = m.group(0)
            if kind == "del":
                run = run.replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
            return self._rev_tag(kind, author, inner=run)
        cx = re.sub(r"<w:r>.*?</w:r>", wrap, cx)
        # mark paragraph marks as inserted/deleted too
        tag = "ins" if kind == "ins" else "del"
        def pmark(m):
            return "<w:p><w:pPr><w:rPr>%s</w:rPr></w:pPr>" % self._rev_tag(tag, author, empty=True)
        cx = re.sub(r"<w:p>(?!<w:pPr>)", pmark, cx)
        return cx

    # ---------------------------------------------------------- notes, comments
    def footnote(self, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            '%s</w:p></w:footnote>' % (fid, r(" " + text)))
        return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                '<w:footnoteReference w:id="%d"/></w:r>' % fid)

    def endnote(self, text):
        eid = len(self.endnotes) + 1
        self.endnotes.append(
            '<w:endnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>'
            '%s</w:p></w:endnote>' % (eid, r(" " + text)))
        return ('<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                '<w:endnoteReference w:id="%d"/></w:r>' % eid)

    def commented(self, runs, comment_text, author, initials, date="2025-09-10T14:02:00Z"):
        cid = len(self.comments)
        self.comments.append(
            '<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p>'
            '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr>'
            '<w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p>'
            '</w:comment>' % (cid, x(author), date, x(initials), r(comment_text)))
        return ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                '<w:commentReference w:id="%d"/></w:r>' % (cid, _to_runs(runs), cid, cid))

    # ---------------------------------------------------------- images
    def image_run(self, name, data, cx_cm, cy_cm, alt=None, decorative=False, title=None):
        target = "media/" + name
        self.media[target] = data
        rid = self.rid(REL_BASE + "image", target)
        cx = int(cx_cm * 360000)
        cy = int(cy_cm * 360000)
        did = self.docpr_id()
        attrs = 'id="%d" name="Bild %d"' % (did, did)
        if alt is not None:
            attrs += ' descr="%s"' % x(alt)
        if title:
            attrs += ' title="%s"' % x(title)
        ext = ""
        if decorative:
            ext = ('<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
                   '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" '
                   'val="1"/></a:ext></a:extLst>')
        self.image_log.append((rid, alt, decorative))
        return (
            '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:docPr %s>%s</wp:docPr><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/>'
            '</wp:cNvGraphicFramePr><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            '<pic:nvPicPr><pic:cNvPr id="0" name="%s"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
            '</a:graphic></wp:inline></w:drawing></w:r>'
            % (cx, cy, attrs, ext, x(name), rid, cx, cy))

    def image(self, *a, align="center", **kw):
        self.p(self.image_run(*a, **kw), align=align)

    # ---------------------------------------------------------- text boxes
    def textbox_run(self, paras, width_cm=7.5, height_cm=5.0, fill="FFF2CC", align="right"):
        """paras: list of paragraph xml strings or plain strings."""
        inner = "".join(pp if pp.startswith("<w:p") else self.para(pp) for pp in paras)
        did = self.docpr_id()
        cx = int(width_cm * 360000)
        cy = int(height_cm * 360000)
        self._shape += 1
        choice = (
            '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" '
            'distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="0" '
            'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:align>%s</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="%d" name="Textruta %d"/>'
            '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
            '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/>'
            '</a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="7F6000"/></a:solidFill>'
            '<a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr><wps:txbx>'
            '<w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" '
            'wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" '
            'anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></mc:Choice>'
            % (251659264 + did, align, cx, cy, did, did, cx, cy, fill, inner))
        fallback = (
            '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
            'o:connecttype="rect"/></v:shapetype><v:shape id="Textruta %d" o:spid="_x0000_s%d" '
            'type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:%.1fpt;'
            'height:%.1fpt;z-index:251659264;mso-position-horizontal:%s;'
            'mso-position-horizontal-relative:margin" fillcolor="#%s"><v:textbox '
            'style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox>'
            '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>'
            % (did, self._shape, width_cm * 28.35, height_cm * 28.35, align, fill.lower(), inner))
        return "<w:r><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>" % (choice, fallback)

    def textbox(self, paras, anchor_text="", **kw):
        self.p([self.textbox_run(paras, **kw), anchor_text])

    # ---------------------------------------------------------- content controls
    def sdt_block(self, alias, paras=None, placeholder=None):
        """Block-level content control. paras: list of paragraph xml/plain strings.
        placeholder: show Word's placeholder text instead."""
        self._sdt_id = getattr(self, "_sdt_id", 500000) + 7
        pr = '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>' % (
            x(alias), x(alias.lower().replace(" ", "_")), self._sdt_id)
        if placeholder:
            pr += ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
                   '<w:showingPlcHdr/>')
            content = self.para(r(placeholder, style="PlaceholderText"))
        else:
            content = "".join(pp if pp.startswith("<w:") else self.para(pp) for pp in paras)
        self.add("<w:sdt><w:sdtPr>%s</w:sdtPr><w:sdtEndPr/><w:sdtContent>%s</w:sdtContent></w:sdt>"
                 % (pr, content))

    # ---------------------------------------------------------- TOC
    def toc_field(self, entries, title="Innehåll"):
        """Field-generated TOC inside a docPartGallery sdt. entries: (level, text, page)."""
        out = ['<w:sdt><w:sdtPr><w:id w:val="-1129934741"/><w:docPartObj><w:docPartGallery '
               'w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr/>'
               '<w:sdtContent>']
        out.append(self.para(r(title), style="TOCHeading"))
        for k, (lvl, text, page) in enumerate(entries):
            runs = ""
            if k == 0:
                runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                         'xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            runs += r(text) + "<w:r><w:tab/></w:r>" + r(str(page))
            if k == len(entries) - 1:
                runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            out.append('<w:p><w:pPr><w:pStyle w:val="TOC%d"/><w:tabs><w:tab w:val="right" '
                       'w:leader="dot" w:pos="9062"/></w:tabs></w:pPr>%s</w:p>' % (lvl, runs))
        out.append("</w:sdtContent></w:sdt>")
        self.add("".join(out))

    def toc_typed(self, entries, title="Innehållsförteckning"):
        self.p(r(title, b=True, size=28))
        for lvl, text, page in entries:
            self.add('<w:p><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/>'
                     '</w:tabs><w:ind w:left="%d"/></w:pPr>%s<w:r><w:tab/></w:r>%s</w:p>'
                     % ((lvl - 1) * 284, r(text), r(str(page))))

    # ---------------------------------------------------------- header/footer
    def set_header(self, content, align="right"):
        self.header_xml = self.para(content, style="Header", align=align)

    def set_footer(self, left_text, pages=True, lang_sv=True):
        runs = r(left_text)
        if pages:
            word, of = ("Sida ", " (") if lang_sv else ("Page ", " of ")
            runs += "<w:r><w:tab/></w:r>" + r(word)
            runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                     'xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar '
                     'w:fldCharType="separate"/></w:r>' + r("1") +
                     '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            runs += r(of)
            runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                     'xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar '
                     'w:fldCharType="separate"/></w:r>' + r("1") +
                     '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            if lang_sv:
                runs += r(")")
        self.footer_xml = ('<w:p><w:pPr><w:pStyle w:val="Footer"/><w:tabs><w:tab w:val="right" '
                           'w:pos="9072"/></w:tabs></w:pPr>%s</w:p>' % runs)

    # ---------------------------------------------------------- parts
    def _styles(self):
        lang = self.lang
        hc = self.heading_color
        def pstyle(sid, name, based="Normal", ppr="", rpr="", nxt="Normal", extra=""):
            return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>'
                    '<w:basedOn w:val="%s"/><w:next w:val="%s"/>%s<w:qFormat/>'
                    '<w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>' % (sid, name, based, nxt, extra, ppr, rpr))
        def cstyle(sid, name, rpr):
            return ('<w:style w:type="character" w:styleId="%s"><w:name w:val="%s"/>'
                    '<w:uiPriority w:val="99"/><w:rPr>%s</w:rPr></w:style>' % (sid, name, rpr))
        s = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
             'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
             'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">',
             '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" '
             'w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="%s" '
             'w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
             '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
             '</w:docDefaults>' % (self.font, self.font, self.font, lang),
             '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
             '<w:qFormat/></w:style>',
             '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
             '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
             '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
             '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" '
             'w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
             '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
             '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
             '<w:semiHidden/></w:style>',
             pstyle("Title", "Title", ppr='<w:spacing w:after="120"/><w:contextualSpacing/>',
                    rpr='<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:kern w:val="28"/>'
                        '<w:sz w:val="52"/><w:szCs w:val="52"/><w:color w:val="%s"/>' % hc),
             pstyle("Subtitle", "Subtitle", rpr='<w:color w:val="595959"/><w:sz w:val="28"/>'),
             pstyle("Heading1", "heading 1", ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="360" '
                    'w:after="120"/><w:outlineLvl w:val="0"/>',
                    rpr='<w:b/><w:color w:val="%s"/><w:sz w:val="32"/><w:szCs w:val="32"/>' % hc),
             pstyle("Heading2", "heading 2", ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="240" '
                    'w:after="80"/><w:outlineLvl w:val="1"/>',
                    rpr='<w:b/><w:color w:val="%s"/><w:sz w:val="26"/><w:szCs w:val="26"/>' % hc),
             pstyle("Heading3", "heading 3", ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="160" '
                    'w:after="40"/><w:outlineLvl w:val="2"/>',
                    rpr='<w:b/><w:i/><w:color w:val="%s"/><w:sz w:val="24"/>' % hc),
             pstyle("ListParagraph", "List Paragraph", ppr='<w:ind w:left="720"/><w:contextualSpacing/>'),
             pstyle("Header", "header", ppr='<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab '
                    'w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" '
                    'w:lineRule="auto"/>', rpr='<w:sz w:val="18"/>'),
             pstyle("Footer", "footer", ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                    rpr='<w:sz w:val="18"/>'),
             pstyle("FootnoteText", "footnote text", ppr='<w:spacing w:after="0" w:line="240" '
                    'w:lineRule="auto"/>', rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>'),
             pstyle("EndnoteText", "endnote text", ppr='<w:spacing w:after="0" w:line="240" '
                    'w:lineRule="auto"/>', rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>'),
             pstyle("CommentText", "annotation text", rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>'),
             pstyle("TOCHeading", "TOC Heading", based="Heading1", ppr='<w:outlineLvl w:val="9"/>'),
             pstyle("TOC1", "toc 1", ppr='<w:spacing w:after="100"/>'),
             pstyle("TOC2", "toc 2", ppr='<w:spacing w:after="100"/><w:ind w:left="220"/>'),
             pstyle("Caption", "caption", rpr='<w:i/><w:color w:val="44546A"/><w:sz w:val="18"/>'),
             cstyle("FootnoteReference", "footnote reference", '<w:vertAlign w:val="superscript"/>'),
             cstyle("EndnoteReference", "endnote reference", '<w:vertAlign w:val="superscript"/>'),
             cstyle("CommentReference", "annotation reference", '<w:sz w:val="16"/><w:szCs w:val="16"/>'),
             cstyle("PlaceholderText", "Placeholder Text", '<w:color w:val="808080"/>'),
             cstyle("Hyperlink", "Hyperlink", '<w:color w:val="0563C1"/><w:u w:val="single"/>'),
             '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
             '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" '
             'w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
             'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" '
             'w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" '
             'w:color="auto"/></w:tblBorders></w:tblPr></w:style>',
             '</w:styles>']
        return "".join(s)

    def _numbering(self):
        lv_b = "".join(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr><w:rPr>'
            '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
            % (k, "\uf0b7" if k % 2 == 0 else "o", 720 + 720 * k) for k in range(3))
        lv_n = "".join(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%%%d."/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>'
            % (k, ["decimal", "lowerLetter", "lowerRoman"][k], k + 1, 720 + 720 * k) for k in range(3))
        nums = "".join(
            '<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0">'
            '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (nid, ab)
            for nid, ab in self.num_instances)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>%s'
                '</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType '
                'w:val="multilevel"/>%s</w:abstractNum>%s</w:numbering>' % (lv_b, lv_n, nums))

    def _notes(self, kind, items):
        tag = "w:%s" % kind
        sep = ('<%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></%s>'
               '<%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></%s>'
               % (tag, tag, tag, tag))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%ss %s>%s%s</w:%ss>'
                % (kind, NS_DECL, sep, "".join(items), kind))

    def _settings(self):
        extra = "<w:trackRevisions/>" if self.track_revisions else ""
        fe = ""
        if self.footnotes:
            fe += '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        if self.endnotes:
            fe += '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:zoom w:percent="100"/>%s<w:defaultTabStop w:val="1304"/>'
                '<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>%s'
                '<w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="%s"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
                '</w:settings>' % (extra, fe, self.lang))

    def _core(self):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
                '<cp:revision>3</cp:revision><dc:language>%s</dc:language>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
                % (x(self.title), x(self.author), x(self.author), self.lang, self.created, self.modified))

    def _app(self):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                '<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application>'
                '<DocSecurity>0</DocSecurity><Company>%s</Company><AppVersion>16.0000</AppVersion>'
                '</Properties>' % x(self.company))

    def build(self, path):
        parts = {}
        rels = list(self.rels)
        fixed = [("rId1", REL_BASE + "styles", "styles.xml"),
                 ("rId2", REL_BASE + "settings", "settings.xml"),
                 ("rId3", REL_BASE + "numbering", "numbering.xml")]
        overrides = [("/word/document.xml", CT_BASE + "document.main+xml"),
                     ("/word/styles.xml", CT_BASE + "styles+xml"),
                     ("/word/settings.xml", CT_BASE + "settings+xml"),
                     ("/word/numbering.xml", CT_BASE + "numbering+xml"),
                     ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                     ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
        sect_refs = ""
        if self.header_xml:
            fixed.append(("rId4", REL_BASE + "header", "header1.xml"))
            parts["word/header1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                         '<w:hdr %s>%s</w:hdr>' % (NS_DECL, self.header_xml))
            overrides.append(("/word/header1.xml", CT_BASE + "header+xml"))
            sect_refs += '<w:headerReference w:type="default" r:id="rId4"/>'
        if self.footer_xml:
            fixed.append(("rId5", REL_BASE + "footer", "footer1.xml"))
            parts["word/footer1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                         '<w:ftr %s>%s</w:ftr>' % (NS_DECL, self.footer_xml))
            overrides.append(("/word/footer1.xml", CT_BASE + "footer+xml"))
            sect_refs += '<w:footerReference w:type="default" r:id="rId5"/>'
        if self.footnotes:
            fixed.append(("rId6", REL_BASE + "footnotes", "footnotes.xml"))
            parts["word/footnotes.xml"] = self._notes("footnote", self.footnotes)
            overrides.append(("/word/footnotes.xml", CT_BASE + "footnotes+xml"))
        if self.endnotes:
            fixed.append(("rId7", REL_BASE + "endnotes", "endnotes.xml"))
            parts["word/endnotes.xml"] = self._notes("endnote", self.endnotes)
            overrides.append(("/word/endnotes.xml", CT_BASE + "endnotes+xml"))
        if self.comments:
            fixed.append(("rId8", REL_BASE + "comments", "comments.xml"))
            parts["word/comments.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                          '<w:comments %s>%s</w:comments>' % (NS_DECL, "".join(self.comments)))
            overrides.append(("/word/comments.xml", CT_BASE + "comments+xml"))
        sect = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
                'w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
                '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % sect_refs)
        parts["word/document.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                      '<w:document %s><w:body>%s%s</w:body></w:document>'
                                      % (NS_DECL, "".join(self.body), sect))
        parts["word/styles.xml"] = self._styles()
        parts["word/settings.xml"] = self._settings()
        parts["word/numbering.xml"] = self._numbering()
        parts["docProps/core.xml"] = self._core()
        parts["docProps/app.xml"] = self._app()
        allrels = fixed + rels
        parts["word/_rels/document.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
            '</Relationships>' % "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % t
                                         for t in allrels))
        parts["_rels/.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Default Extension="png" ContentType="image/png"/>%s</Types>'
              % "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides))
        order = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                 "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                 "word/settings.xml", "word/numbering.xml"]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            def put(name, data):
                zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
            put("[Content_Types].xml", ct)
            for name in order[1:]:
                put(name, parts.pop(name))
            for name in sorted(parts):
                put(name, parts[name])
            for target in sorted(self.media):
                put("word/" + target, self.media[target])
