"""Safe opening of an uploaded Word file, before anything is stored.

Refuses what is not a plain .docx: legacy .doc, password-protected (encrypted) Office files, macro-
enabled or template packages, other OOXML kinds, zip bombs, and XML with a DTD. Plain Python.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
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
CHUNK = 64 * 1024
# Small parts compress very well legitimately; only large inflated parts are judged by ratio.
RATIO_MIN_INFLATED = 1024 * 1024


@dataclass(frozen=True)
class PackageLimits:
    max_bytes: int = 20 * 1024 * 1024
    max_members: int = 2000
    max_uncompressed_bytes: int = 250 * 1024 * 1024
    max_ratio: int = 150


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


def _kind_of(data: bytes) -> str:
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "unknown"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _parse_part(name: str, data: bytes) -> etree._Element:
    # A DTD is refused before parsing: entity expansion must never get a chance to run.
    prologue = data[:4096].lstrip(b"\xef\xbb\xbf").lower()
    if b"<!doctype" in prologue or b"<!entity" in prologue:
        raise PackageRejected("dtd_forbidden", {"member": name})
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError:
        raise PackageRejected("xml_malformed", {"member": name}) from None
    if root.getroottree().docinfo.doctype:
        raise PackageRejected("dtd_forbidden", {"member": name})
    return root


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, limits: PackageLimits
) -> bytes:
    """Inflate one entry in chunks, stopping as soon as it exceeds the budget or a sane ratio."""
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as handle:
        while chunk := handle.read(CHUNK):
            total += len(chunk)
            if total > budget:
                raise PackageRejected(
                    "too_large_uncompressed", {"size": total, "limit": limits.max_uncompressed_bytes}
                )
            if total > RATIO_MIN_INFLATED and total > limits.max_ratio * max(info.compress_size, 1):
                raise PackageRejected("zip_bomb", {"member": info.filename})
            chunks.append(chunk)
    return b"".join(chunks)


def _is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


def open_package(data: bytes, *, limits: PackageLimits | None = None) -> Package:
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
    except (zipfile.BadZipFile, OSError, ValueError):
        raise PackageRejected("corrupt_zip") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise PackageRejected("too_many_members", {"count": len(infos), "limit": limits.max_members})
        for info in infos:
            name = info.filename
            if name.startswith("/") or ".." in name.split("/") or "\\" in name:
                raise PackageRejected("corrupt_zip")
            if info.flag_bits & 0x1:
                raise PackageRejected("zip_encrypted_member")
        names = {info.filename for info in infos}
        if "[Content_Types].xml" not in names:
            raise PackageRejected("missing_content_types")
        if any(posixpath.basename(name).lower() == "vbaproject.bin" for name in names):
            raise PackageRejected("macro_enabled")
        budget = limits.max_uncompressed_bytes
        parsed: dict[str, etree._Element] = {}
        for info in infos:
            if info.is_dir():
                continue
            try:
                content = _read_member(archive, info, budget, limits)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError):
                raise PackageRejected("corrupt_zip") from None
            budget -= len(content)
            if _is_xml(info.filename):
                root = _parse_part(info.filename, content)
                # Keep only the two small parts we need later; the rest is dropped to bound memory.
                if info.filename in ("[Content_Types].xml", "_rels/.rels"):
                    parsed[info.filename] = root
        used = limits.max_uncompressed_bytes - budget
    main_part = _main_part(parsed.get("_rels/.rels"), names)
    content_types = _content_types(parsed["[Content_Types].xml"])
    main_type = _content_type_of(main_part, content_types)
    if main_type in MACRO_TYPES:
        raise PackageRejected("macro_enabled")
    if main_type == TEMPLATE_MAIN:
        raise PackageRejected("not_wordprocessing", {"kind": "dotx"})
    if main_part not in names or main_type != WORD_MAIN:
        if "xl/workbook.xml" in names:
            raise PackageRejected("not_wordprocessing", {"kind": "xlsx"})
        if "ppt/presentation.xml" in names:
            raise PackageRejected("not_wordprocessing", {"kind": "pptx"})
        raise PackageRejected("missing_document")
    return Package(
        members=tuple(sorted(names)),
        main_part=main_part,
        uncompressed_bytes=used,
        content_types=content_types,
    )


def _main_part(rels: etree._Element | None, names: set[str]) -> str:
    if rels is not None:
        for rel in rels:
            if rel.get("Type") == OFFICE_DOCUMENT_REL and rel.get("Target"):
                return posixpath.normpath(str(rel.get("Target")).lstrip("/"))
    return "word/document.xml"


def _content_types(root: etree._Element) -> dict[str, str]:
    """Part name (or "*.ext" for an extension default) → content type."""
    types: dict[str, str] = {}
    for entry in root:
        tag = etree.QName(entry).localname
        if tag == "Default" and entry.get("Extension"):
            types["*." + str(entry.get("Extension")).lower()] = str(entry.get("ContentType", ""))
        elif tag == "Override" and entry.get("PartName"):
            types[str(entry.get("PartName")).lstrip("/")] = str(entry.get("ContentType", ""))
    return types


def _content_type_of(part: str, types: dict[str, str]) -> str:
    return types.get(part) or types.get("*." + posixpath.splitext(part)[1].lstrip(".").lower(), "")
