"""Safe opening of an uploaded Word file, before anything is stored.

Refuses what is not a plain .docx: legacy .doc, password-protected (encrypted) Office files, macro-
enabled or template packages, other OOXML kinds, zip bombs, and XML with a DTD. Plain Python.
"""

from __future__ import annotations

import io
import lzma
import posixpath
import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree

CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
# Password-protected .docx files are compound files holding these streams (MS-OFFCRYPTO).
ENCRYPTION_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))

WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
OFFICE_DOCUMENT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
CONTENT_TYPES_PART = "[Content_Types].xml"
PACKAGE_RELS_PART = "_rels/.rels"
# OPC allows only these two; refusing the rest keeps bzip2/lzma decoders away from untrusted input.
ALLOWED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
CHUNK = 64 * 1024
# Small parts compress very well legitimately; only large inflated parts are judged by ratio.
RATIO_MIN_INFLATED = 1024 * 1024
# Where a DTD would sit: before the root element, and XML prologues are short.
PROLOGUE_BYTES = 4096
DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!doctype", "<!entity")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)
# What a damaged archive can raise while its directory is read or an entry inflated, besides
# BadZipFile: an entry's offset before the start is a negative seek and a name not UTF-8 as flagged
# a UnicodeDecodeError (both ValueError), a "version needed" from the future NotImplementedError.
INFLATE_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    OSError,
    EOFError,
    NotImplementedError,
    ValueError,
)


@dataclass(frozen=True)
class PackageLimits:
    max_bytes: int = 20 * 1024 * 1024  # the upload itself
    max_members: int = 2000  # zip entries
    max_uncompressed_bytes: int = 250 * 1024 * 1024  # all entries together, inflated
    max_ratio: int = 150  # inflated / compressed per entry, judged only above RATIO_MIN_INFLATED


class PackageRejected(Exception):
    """The bytes are not an acceptable .docx; `code` is stable, `params` fill the message."""

    def __init__(self, code: str, params: dict[str, int | str] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, int | str] = params or {}


@dataclass(frozen=True)
class Package:
    members: tuple[str, ...]
    main_part: str
    uncompressed_bytes: int
    content_types: dict[str, str] = field(default_factory=dict)


def open_package(data: bytes, *, limits: PackageLimits | None = None) -> Package:
    """Check the bytes of an upload; returns what was found or raises PackageRejected."""
    limits = limits or PackageLimits()
    if not data:
        raise PackageRejected("empty")
    if len(data) > limits.max_bytes:
        raise PackageRejected("too_large", {"size": len(data), "limit": limits.max_bytes})
    if data.startswith(CFB_SIGNATURE):
        if any(stream in data for stream in ENCRYPTION_STREAMS):
            raise PackageRejected("encrypted")
        raise PackageRejected("legacy_doc")
    if not data.startswith(b"PK"):
        raise PackageRejected("not_zip", {"kind": _kind_of(data)})
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except INFLATE_ERRORS:
        raise PackageRejected("corrupt_zip") from None
    with archive:
        infos = archive.infolist()
        _check_structure(infos, limits)
        used, kept = _inspect_members(archive, infos, limits)
    names = {info.filename for info in infos}
    if CONTENT_TYPES_PART not in kept:
        raise PackageRejected("missing_content_types")
    content_types = _content_types(kept[CONTENT_TYPES_PART])
    main_part = main_part_of(kept.get(PACKAGE_RELS_PART))
    _check_main_part(main_part, names, content_types)
    return Package(
        members=tuple(sorted(names)),
        main_part=main_part,
        uncompressed_bytes=used,
        content_types=content_types,
    )


def _kind_of(data: bytes) -> str:
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "unknown"


def _check_structure(infos: list[zipfile.ZipInfo], limits: PackageLimits) -> None:
    """Everything that can be judged from the central directory, before inflating a byte."""
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if name.startswith("/") or ".." in name.split("/") or "\\" in name:
            raise PackageRejected("corrupt_zip")
        # Two entries with one name would let different readers see different documents.
        if name in seen or info.compress_type not in ALLOWED_COMPRESSION:
            raise PackageRejected("corrupt_zip")
        seen.add(name)
    if len(infos) > limits.max_members:
        raise PackageRejected("too_many_members", {"count": len(infos), "limit": limits.max_members})
    if any(info.flag_bits & 0x1 for info in infos):
        raise PackageRejected("zip_encrypted_member")
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_uncompressed_bytes:
        # Declared sizes can lie, so inflation is counted again below; an honest bomb stops here.
        raise PackageRejected(
            "too_large_uncompressed", {"size": declared, "limit": limits.max_uncompressed_bytes}
        )


def _inspect_members(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: PackageLimits
) -> tuple[int, dict[str, etree._Element]]:
    """Inflate every entry once; returns the inflated total and the two small trees needed later."""
    used = 0
    kept: dict[str, etree._Element] = {}
    for info in infos:
        if info.is_dir():
            continue
        keep = info.filename in (CONTENT_TYPES_PART, PACKAGE_RELS_PART)
        try:
            size, root = _inspect_member(archive, info, used, limits, keep=keep)
        except INFLATE_ERRORS:
            raise PackageRejected("corrupt_zip") from None
        used += size
        if root is not None:
            kept[info.filename] = root
    return used, kept


def _inspect_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, used: int, limits: PackageLimits, *, keep: bool
) -> tuple[int, etree._Element | None]:
    """Inflate one entry in chunks, parsing XML as it streams; nothing larger than a chunk is held,
    except the tree of a kept part."""
    name = info.filename
    parser = _XmlCheck(name, keep=keep) if _is_xml(name) else None
    total = 0
    with archive.open(info) as handle:
        while chunk := handle.read(CHUNK):
            total += len(chunk)
            if used + total > limits.max_uncompressed_bytes:
                raise PackageRejected(
                    "too_large_uncompressed",
                    {"size": used + total, "limit": limits.max_uncompressed_bytes},
                )
            if total > RATIO_MIN_INFLATED and total > limits.max_ratio * max(info.compress_size, 1):
                raise PackageRejected("zip_bomb", {"member": name})
            if parser is not None:
                parser.feed(chunk)
    if parser is None:
        return total, None
    root = parser.close()
    return total, root if keep else None


class _XmlCheck:
    """Well-formedness and the DTD ban for one part, fed chunk by chunk.

    Parts that are not kept are parsed with a pull parser whose elements are dropped as they
    close, so a large document.xml never becomes a large tree in memory.
    """

    def __init__(self, member: str, *, keep: bool) -> None:
        self.member = member
        self.started = False
        self.parser: etree.XMLParser | etree.XMLPullParser
        if keep:
            self.parser = etree.XMLParser(
                resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
            )
        else:
            self.parser = etree.XMLPullParser(
                events=("end",), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
            )

    def feed(self, chunk: bytes) -> None:
        if not self.started:
            # Refused before parsing starts: entity expansion must never get a chance to run.
            self.started = True
            self._refuse_raw_dtd(chunk[:PROLOGUE_BYTES])
        try:
            self.parser.feed(chunk)
        except etree.LxmlError:
            raise PackageRejected("xml_malformed", {"member": self.member}) from None
        if isinstance(self.parser, etree.XMLPullParser):
            for _event, element in self.parser.read_events():
                element.clear()
                parent = element.getparent()
                while parent is not None and element.getprevious() is not None:
                    del parent[0]

    def close(self) -> etree._Element:
        if not self.started:
            raise PackageRejected("xml_malformed", {"member": self.member})
        try:
            root = self.parser.close()
        except etree.LxmlError:
            raise PackageRejected("xml_malformed", {"member": self.member}) from None
        docinfo = root.getroottree().docinfo
        if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
            raise PackageRejected("dtd_forbidden", {"member": self.member})
        return root

    def _refuse_raw_dtd(self, prologue: bytes) -> None:
        lowered = prologue.lower()
        if any(marker in lowered for marker in DTD_MARKERS):
            raise PackageRejected("dtd_forbidden", {"member": self.member})


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def main_part_of(rels: etree._Element | None) -> str:
    """The officeDocument relationship's target, or Word's usual place when there is none."""
    if rels is not None:
        for rel in rels:
            target = rel.get("Target")
            if rel.get("Type") == OFFICE_DOCUMENT_REL and target and rel.get("TargetMode") != "External":
                return posixpath.normpath(target.lstrip("/"))
    return "word/document.xml"


def _content_types(root: etree._Element) -> dict[str, str]:
    """Part name (or "*.ext" for an extension default) → content type; keys lower-cased, as OPC
    names compare without case."""
    types: dict[str, str] = {}
    for entry in root:
        if not isinstance(entry.tag, str):
            continue  # comments and processing instructions
        tag = etree.QName(entry).localname
        extension, part = entry.get("Extension"), entry.get("PartName")
        if tag == "Default" and extension:
            types["*." + extension.lower()] = entry.get("ContentType", "")
        elif tag == "Override" and part:
            types[part.lstrip("/").lower()] = entry.get("ContentType", "")
    return types


def _content_type_of(part: str, types: dict[str, str]) -> str:
    extension = posixpath.splitext(part)[1].lstrip(".").lower()
    return types.get(part.lower()) or types.get("*." + extension, "")


def _check_main_part(main_part: str, names: set[str], content_types: dict[str, str]) -> None:
    main_type = _content_type_of(main_part, content_types)
    if main_type in MACRO_TYPES or any(
        posixpath.basename(name).lower() == "vbaproject.bin" for name in names
    ):
        raise PackageRejected("macro_enabled")
    if main_type == TEMPLATE_MAIN:
        raise PackageRejected("not_wordprocessing", {"kind": "dotx"})
    if main_part in names and main_type == WORD_MAIN:
        return
    if main_part == "xl/workbook.xml" or "xl/workbook.xml" in names:
        raise PackageRejected("not_wordprocessing", {"kind": "xlsx"})
    if main_part == "ppt/presentation.xml" or "ppt/presentation.xml" in names:
        raise PackageRejected("not_wordprocessing", {"kind": "pptx"})
    raise PackageRejected("missing_document")
