"""Pictures in a Word part: which drawings are pictures, their alternative text, decorative or not.

BRIEF §11: an image or chart without alternative text fails WCAG 1.1.1, unless Word marks it
decorative. A text box or a plain shape is a drawing but no picture; a picture that Word carries
twice (an mc:Choice and its mc:Fallback copy) is one picture.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from plans.checking.ooxml import (
    DECORATIVE_NS,
    DOCPR,
    PIC,
    R_NS,
    VIMAGEDATA,
    VSHAPE,
    A,
    inside_fallback,
)

GRAPHIC_DATA = f"{{{A}}}graphic/{{{A}}}graphicData"
PIC_PIC = f"{{{PIC}}}pic"
PIC_CNVPR = f"{{{PIC}}}nvPicPr/{{{PIC}}}cNvPr"
BLIP = f"{{{A}}}blip"
DECORATIVE = f"{{{DECORATIVE_NS}}}decorative"
O_NS = "urn:schemas-microsoft-com:office:office"
# Graphics a reader needs described: pictures, charts, diagrams (SmartArt).
DESCRIBED_GRAPHICS = (
    "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "http://schemas.openxmlformats.org/drawingml/2006/diagram",
)


@dataclass(frozen=True, slots=True)
class Picture:
    alt: str
    decorative: bool
    relationship: str  # the r:embed / r:id of the image or chart, "" when there is none


def _alt(element: etree._Element) -> str:
    return (element.get("descr") or element.get("title") or "").strip()


def _decorative(doc_pr: etree._Element) -> bool:
    for mark in doc_pr.iter(DECORATIVE):
        return mark.get("val", "1") in ("1", "true", "on")
    return False


def _relationship(element: etree._Element) -> str:
    for node in element.iter():
        for name in ("embed", "id", "link"):
            value = node.get(f"{{{R_NS}}}{name}")
            if value:
                return value
    return ""


def pictures_in(element: etree._Element) -> list[Picture]:
    """The pictures within a run's drawing, VML picture or alternate content, each once."""
    found: list[Picture] = []
    for node in element.iter(DOCPR, VSHAPE):
        if inside_fallback(node):
            continue
        if node.tag == VSHAPE:
            data = node.find(VIMAGEDATA)
            if data is not None:
                alt = (
                    node.get("alt") or data.get("{urn:schemas-microsoft-com:office:office}title") or ""
                ).strip()
                found.append(Picture(alt, False, _relationship(data)))
            continue
        frame = node.getparent()
        graphic = frame.find(GRAPHIC_DATA) if frame is not None else None
        if graphic is None:
            continue
        if graphic.get("uri", "") in DESCRIBED_GRAPHICS:
            found.append(Picture(_alt(node), _decorative(node), _relationship(graphic)))
            continue
        # A group or a shape: only pictures inside it need a text (a text box needs none).
        decorative = _decorative(node)
        for picture in graphic.iter(PIC_PIC):
            own = picture.find(PIC_CNVPR)
            alt = _alt(own) if own is not None and _alt(own) else _alt(node)
            blip = picture.find(f".//{BLIP}")
            found.append(Picture(alt, decorative, _relationship(blip) if blip is not None else ""))
    return found
