"""Plans with Word structure python-docx does not write: footnotes, endnotes, comments, tracked
changes, content controls, text boxes, nested tables, pictures in headers, decorative pictures.

`package(body_xml, footnotes=..., comments=..., header_xml=...)` builds a real .docx whose body is
the given WordprocessingML (w: and friends are declared), adding the parts and relationships Word
would write. Small XML helpers build the common pieces.
"""

from __future__ import annotations

import base64
import io
import zipfile

import docx

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative"'
)
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def p(text: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def h(text: str, level: int = 1) -> str:
    return p(text, f"Heading{level}")


def table(*rows: tuple[str, ...]) -> str:
    cells = "".join(
        "<w:tr>"
        + "".join(f"<w:tc>{cell if cell.startswith('<') else p(cell)}</w:tc>" for cell in row)
        + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


def picture(rel: str = "rIdImg", alt: str | None = None, *, decorative: bool = False, number: int = 1) -> str:
    descr = f' descr="{alt}"' if alt is not None else ""
    ext = (
        '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
        '<adec:decorative val="1"/></a:ext></a:extLst>'
        if decorative
        else ""
    )
    return (
        '<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/>'
        f'<wp:docPr id="{number}" name="Bild {number}"{descr}>{ext}</wp:docPr><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr>'
        '<pic:cNvPr id="0" name="bild.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rel}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData>'
        "</a:graphic></wp:inline></w:drawing></w:r>"
    )


def text_box(*paragraphs: str, number: int = 9) -> str:
    """A text box (a shape, no picture) holding paragraphs, with Word's VML fallback copy."""
    inner = "".join(paragraphs)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        f'<wp:docPr id="{number}" name="Textruta {number}"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
        f"<w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def package(
    body: str,
    *,
    footnotes: dict[int, str] | None = None,
    endnotes: dict[int, str] | None = None,
    comments: dict[int, str] | None = None,
    header: str = "",
    footer: str = "",
) -> bytes:
    """A .docx with `body` as its body; notes and comments as id → paragraph XML."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    files = {name: source.read(name) for name in source.namelist()}
    rels = files["word/_rels/document.xml.rels"].decode()
    types = files["[Content_Types].xml"].decode()
    extra_rels = [f'<Relationship Id="rIdImg" Type="{REL}image" Target="media/bild.png"/>']
    extra_types = ['<Default Extension="png" ContentType="image/png"/>']
    files["word/media/bild.png"] = PNG

    def add(part: str, kind: str, root: str, child: str, items: dict[int, str], content_type: str) -> None:
        separators = (
            f'<w:{child} w:type="separator" w:id="-1"><w:p/></w:{child}>'
            f'<w:{child} w:type="continuationSeparator" w:id="0"><w:p/></w:{child}>'
            if child in ("footnote", "endnote")
            else ""
        )
        inner = "".join(f'<w:{child} w:id="{i}">{xml}</w:{child}>' for i, xml in items.items())
        files[f"word/{part}"] = f"<w:{root} {NS}>{separators}{inner}</w:{root}>".encode()
        extra_rels.append(f'<Relationship Id="rId{kind}" Type="{REL}{kind}" Target="{part}"/>')
        extra_types.append(f'<Override PartName="/word/{part}" ContentType="{CT}{content_type}"/>')

    if footnotes:
        add("footnotes.xml", "footnotes", "footnotes", "footnote", footnotes, "footnotes+xml")
    if endnotes:
        add("endnotes.xml", "endnotes", "endnotes", "endnote", endnotes, "endnotes+xml")
    if comments:
        add("comments.xml", "comments", "comments", "comment", comments, "comments+xml")
    references = ""
    for name, kind, xml in (("header1.xml", "header", header), ("footer1.xml", "footer", footer)):
        if not xml:
            continue
        tag = "hdr" if kind == "header" else "ftr"
        files[f"word/{name}"] = f"<w:{tag} {NS}>{xml}</w:{tag}>".encode()
        files[f"word/_rels/{name}.rels"] = (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdImg" Type="{REL}image" Target="media/bild.png"/></Relationships>'
        ).encode()
        extra_rels.append(f'<Relationship Id="rId{kind}1" Type="{REL}{kind}" Target="{name}"/>')
        extra_types.append(f'<Override PartName="/word/{name}" ContentType="{CT}{kind}+xml"/>')
        references += f'<w:{kind}Reference w:type="default" r:id="rId{kind}1"/>'
    files["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", "".join(extra_rels) + "</Relationships>"
    ).encode()
    files["[Content_Types].xml"] = types.replace("</Types>", "".join(extra_types) + "</Types>").encode()
    files["word/document.xml"] = (
        f"<w:document {NS}><w:body>{body}<w:sectPr>{references}</w:sectPr></w:body></w:document>"
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()
