"""A package's parts as Word finds them: relationships from a part, and the core properties."""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass

from lxml import etree

from plans.checking.document import CoreProperties
from plans.checking.ooxml import REL_TYPES, SAFE_PARSER


@dataclass(frozen=True, slots=True)
class Relationship:
    kind: str  # the relationship type's last part: "styles", "header", "footnotes", "image", …
    target: str  # the part's name in the package


def relationships(archive: zipfile.ZipFile, names: set[str], part: str) -> dict[str, Relationship]:
    """The parts a part points to, by relationship id, in document order; external targets left out."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    related: dict[str, Relationship] = {}
    if rels_name not in names:
        return related
    for rel in etree.fromstring(archive.read(rels_name), parser=SAFE_PARSER):
        if not isinstance(rel.tag, str):
            continue  # comments and processing instructions
        kind, target = rel.get("Type", ""), rel.get("Target", "")
        if not kind.startswith(REL_TYPES) or not target or rel.get("TargetMode") == "External":
            continue
        resolved = posixpath.normpath(
            target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        )
        if resolved in names:
            related[rel.get("Id", "")] = Relationship(kind.removeprefix(REL_TYPES), resolved)
    return related


def core_properties(archive: zipfile.ZipFile, names: set[str]) -> CoreProperties:
    if "docProps/core.xml" not in names:
        return CoreProperties()
    root = etree.fromstring(archive.read("docProps/core.xml"), parser=SAFE_PARSER)
    values: dict[str, str] = {}
    for child in root.iterchildren():
        if not isinstance(child.tag, str):
            continue  # comments and processing instructions
        values[etree.QName(child).localname] = (child.text or "").strip()
    return CoreProperties(
        title=values.get("title", ""),
        author=values.get("creator", ""),
        language=values.get("language", ""),
        created=values.get("created", ""),
        modified=values.get("modified", ""),
    )
