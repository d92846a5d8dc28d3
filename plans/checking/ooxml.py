"""WordprocessingML names the reader modules share, and the one safe XML parser they use."""

from __future__ import annotations

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V = "urn:schemas-microsoft-com:vml"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"
REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

# No DTDs, no entities, no network: validation refused such parts already; the reader never asks.
# Validation's limits too (depth 256, 10 MB of text): a relationship may name a part validation did
# not parse as XML, and the walk recurses with the tree (tables nested 600 deep overflowed it).
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, SDT, SDT_CONTENT, R, T, TAB, BR, CR = (
    _w(t) for t in ("p", "tbl", "sdt", "sdtContent", "r", "t", "tab", "br", "cr")
)
PPR, PSTYLE, OUTLINE, NUMPR, RPR, B, CAPS, VAL = (
    _w(t) for t in ("pPr", "pStyle", "outlineLvl", "numPr", "rPr", "b", "caps", "val")
)
TR, TC, FLDCHAR, INSTR, FLDSIMPLE, HYPERLINK, INS, SMARTTAG, DRAWING, PICT, TXBX = (
    _w(t)
    for t in (
        "tr",
        "tc",
        "fldChar",
        "instrText",
        "fldSimple",
        "hyperlink",
        "ins",
        "smartTag",
        "drawing",
        "pict",
        "txbxContent",
    )
)
ITALIC, COLOR, HIGHLIGHT, RSTYLE, SHADING = (_w(t) for t in ("i", "color", "highlight", "rStyle", "shd"))
DEL, DELTEXT, MOVETO, MOVEFROM, CUSTOMXML = (
    _w(t) for t in ("del", "delText", "moveTo", "moveFrom", "customXml")
)
FOOTNOTE_REF, ENDNOTE_REF, COMMENT_REF = (
    _w(t) for t in ("footnoteReference", "endnoteReference", "commentReference")
)
DOCPR = f"{{{WP}}}docPr"
FALLBACK = f"{{{MC}}}Fallback"
ALTERNATE = f"{{{MC}}}AlternateContent"
CHOICE = f"{{{MC}}}Choice"
VSHAPE = f"{{{V}}}shape"
VIMAGEDATA = f"{{{V}}}imagedata"


def on(element: etree._Element | None) -> bool:
    """A Word on/off property: present and not switched off."""
    return element is not None and element.get(VAL, "true") not in ("0", "false", "none")


def inside_fallback(node: etree._Element) -> bool:
    """Within an mc:Fallback: a copy of content the mc:Choice already carries."""
    parent = node.getparent()
    while parent is not None:
        if parent.tag == FALLBACK:
            return True
        parent = parent.getparent()
    return False


def text_boxes(drawing: etree._Element) -> list[etree._Element]:
    """The drawing's own text boxes: not Word's fallback copies, nor a box inside a box, which is
    read when its box is walked (listed here too, a box n levels deep was read 2^n times)."""
    boxes = []
    for box in drawing.iter(TXBX):
        parent = box.getparent()
        while parent is not None and parent is not drawing and parent.tag != TXBX:
            parent = parent.getparent()
        if parent is drawing and not inside_fallback(box):
            boxes.append(box)
    return boxes
